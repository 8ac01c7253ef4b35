/**
 * Typing slips in search words: a word the site never uses is corrected to the closest word it
 * does use ("forbiden" -> "forbidden"), and a word split by a stray space is joined again
 * ("regist ration" -> "registration"). The vocabulary is every word of the titles, reason
 * phrases, keywords and ways of asking, published at build time (/search-words.json).
 */

/** Edit distance with transpositions, or max + 1 as soon as it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** The vocabulary word closest to a word the site does not use, or undefined. Numbers are left alone. */
export function correctWord(word: string, vocab: ReadonlySet<string>): string | undefined {
  if (vocab.has(word) || word.length < 4 || /\d/.test(word)) return undefined;
  const max = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const v of vocab) {
    const d = editDistance(word, v, max);
    // Ties go to the shorter word, then the first in order: the result is stable.
    if (d < bestDistance || (d === bestDistance && best !== undefined && v.length < best.length)) {
      best = v;
      bestDistance = d;
    }
  }
  return best;
}

/** Joins two neighbouring words that the site does not use alone but uses together. */
export function joinSplitWords(words: string[], vocab: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const joined = words[i] + (words[i + 1] ?? '');
    if (i + 1 < words.length && vocab.has(joined) && (!vocab.has(words[i]) || !vocab.has(words[i + 1]))) {
      out.push(joined);
      i++;
    } else out.push(words[i]);
  }
  return out;
}

/** The words with slips repaired: split words joined, then unknown words corrected. */
export function repairWords(words: string[], vocab: ReadonlySet<string>): string[] {
  return joinSplitWords(words, vocab).map((w) => correctWord(w, vocab) ?? w);
}
