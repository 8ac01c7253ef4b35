/**
 * Finds runs of 8 or more words that a content file shares with an RFC text, outside quotation
 * marks: the site's sentences are its own, and a quoted phrase is the only borrowing allowed.
 * Pure functions; scripts/check-copy.ts feeds them the RFC texts kept in tests/rfc/.
 */

/** How many words in a row count as copied. */
export const RUN = 8;

/** Lower-case words, with punctuation, markup and line breaks ignored. */
export const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];

/** An RFC text without its page breaks, running headers and footers. */
export function rfcBody(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^RFC \d+ {2,}/.test(l) && !/\[Page \d+\]\s*$/.test(l) && !l.includes('\f'))
    .join('\n');
}

/** Every run of RUN words in a text, as a space-joined key. */
export function shingles(text: string, into = new Set<string>()): Set<string> {
  const w = words(text);
  for (let i = 0; i + RUN <= w.length; i++) into.add(w.slice(i, i + RUN).join(' '));
  return into;
}

/**
 * The prose of a content file that must be our own: frontmatter values and body text, with
 * quoted phrases ("..." or “...”), code spans and URLs taken out, and component attributes
 * (titles, replies) kept. Each segment is checked on its own, so no run spans two of them.
 */
export function ownProse(text: string): string[] {
  const unquoted = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(
      /<[A-Z][A-Za-z]*\b([^>]*)>/g,
      (_, attrs: string) => `\n${[...attrs.matchAll(/="([^"]*)"/g)].map((m) => m[1]).join('\n')}\n`,
    )
    .replace(/<\/[A-Z][A-Za-z]*>/g, '\n')
    .replace(/“[^”]*”/g, ' | ')
    .replace(/(^|[\s([])"[^"\n]{1,200}"/gm, '$1 | ');
  return unquoted.split(/\n\s*\n|\||\n(?=\s*(?:-|\d+\.|[a-zA-Z]+:)\s)/).filter((s) => words(s).length >= RUN);
}

export interface CopiedRun {
  /** The copied words, as they read after normalising. */
  words: string;
  /** Number of words in the run (RUN or more). */
  length: number;
}

/** The runs of RUN or more words of `text` found in the RFC shingle set, longest first. */
export function copiedRuns(text: string, rfc: Set<string>): CopiedRun[] {
  const runs: CopiedRun[] = [];
  for (const segment of ownProse(text)) {
    const w = words(segment);
    let start = -1;
    let end = -1;
    const flush = () => {
      if (start >= 0) runs.push({ words: w.slice(start, end).join(' '), length: end - start });
      start = -1;
    };
    for (let i = 0; i + RUN <= w.length; i++) {
      if (rfc.has(w.slice(i, i + RUN).join(' '))) {
        if (start >= 0 && i <= end) end = i + RUN;
        else {
          flush();
          start = i;
          end = i + RUN;
        }
      }
    }
    flush();
  }
  return runs.sort((a, b) => b.length - a.length);
}
