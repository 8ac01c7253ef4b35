/** Splits text with `backtick` spans into plain and code segments, for frontmatter prose. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((s) => s !== '')
    .map((s) => (s.startsWith('`') && s.endsWith('`') && s.length > 1 ? { code: true, text: s.slice(1, -1) } : { code: false, text: s }));
}

/** Formats a date as "24 November 2026" (UTC, so builds are reproducible). */
export const formatDate = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The date as YYYY-MM-DD. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
