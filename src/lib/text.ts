export type Segment = { kind: 'text' | 'code'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * Splits frontmatter prose into plain text, `code` spans and [links](/488/): the only
 * Markdown the technical fields (notes, retry, header notes) may use.
 */
export function inlineMarkup(text: string): Segment[] {
  return text
    .split(/(`[^`]+`|\[[^\]]+\]\([^)\s]+\))/)
    .filter((s) => s !== '')
    .map((s): Segment => {
      if (/^`[^`]+`$/.test(s)) return { kind: 'code', text: s.slice(1, -1) };
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(s);
      return link ? { kind: 'link', text: link[1], href: link[2] } : { kind: 'text', text: s };
    });
}

/** Formats a date as "24 November 2026" (UTC, so builds are reproducible). */
export const formatDate = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The date as YYYY-MM-DD. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
