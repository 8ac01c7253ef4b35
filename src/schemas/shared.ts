import { z } from 'astro/zod';
import { FIRST_CODE, LAST_CODE } from '../data/classes.ts';

/** A plain sentence used as meta description, search excerpt and link preview. */
export const summary = z
  .string({ error: 'Write one plain sentence that says what this page is about.' })
  .min(20, { error: 'The summary is too short: write one full sentence (20 to 160 characters).' })
  .max(160, { error: 'The summary is too long: keep it to one sentence of at most 160 characters.' });

/** Words people type when they look for this page. */
export const keywords = z
  .array(z.string().min(2, { error: 'A keyword needs at least two characters.' }), {
    error: 'List keywords as a YAML list of words people type, e.g. ["engaged", "line busy"].',
  })
  .default([]);

/** Paste-ready text for a support reply, written for a customer. The page URL is added after it. */
export const reply = z
  .string({ error: 'Write a reply an agent can paste into a ticket: what it means and the first thing to try.' })
  .min(40, { error: 'The reply is too short: say what it means and the first thing to try.' })
  .max(600, { error: 'The reply is too long: keep it under 600 characters; the page has the rest.' });

/** When the page was last checked against the RFCs and real-world practice. */
export const reviewed = z.coerce.date({
  error: 'Give the date the page was last reviewed as YYYY-MM-DD, e.g. 2026-11-24.',
});

/** A guide's file name without .mdx: lower case words joined by hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Use a guide file name without .mdx: lower-case words joined by hyphens.',
  });

/** A SIP response code that has its own page (checked against the content when the site builds). */
const codeRange = `a number from ${FIRST_CODE} to ${LAST_CODE}`;
export const codeNumber = z
  .number({ error: `Give a code as ${codeRange}, without quotes.` })
  .int({ error: `A code is a whole number: ${codeRange}.` })
  .min(FIRST_CODE, { error: `SIP response codes run from ${FIRST_CODE} to ${LAST_CODE}: use ${codeRange}.` })
  .max(LAST_CODE, { error: `SIP response codes run from ${FIRST_CODE} to ${LAST_CODE}: use ${codeRange}.` });

/** Builds the error for unknown frontmatter keys, naming what is allowed. */
export function strictKeys(shape: Record<string, unknown>) {
  const allowed = Object.keys(shape).join(', ');
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown field ${issue.keys?.map((k) => `"${k}"`).join(', ')}: remove it or rename it to one of: ${allowed}.`
      : undefined;
}
