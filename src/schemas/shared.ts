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

/**
 * The ways people ask for this page, in their own words: questions and phrases seen in support
 * tickets and public forums ("my phone says registration failed", "calls go straight to
 * voicemail"). Indexed for search with extra weight; not shown on the page.
 */
export const asked = z
  .array(z.string().min(3, { error: 'Write each way of asking as a phrase of at least three characters.' }), {
    error: 'List the ways people ask as a YAML list of phrases, e.g. ["phone says registration failed"].',
  })
  .default([]);

/** Paste-ready text for a support reply, written for a customer. The page URL is added after it. */
export const reply = z
  .string({ error: 'Write a reply an agent can paste into a ticket: what it means and the first thing to try.' })
  .min(40, { error: 'The reply is too short: say what it means and the first thing to try.' })
  .max(600, { error: 'The reply is too long: keep it under 600 characters; the page has the rest.' });

const DATE_HELP = 'Give the date the page was last reviewed as YYYY-MM-DD, e.g. 2026-11-24.';
const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** When the page was last checked against the RFCs and real-world practice: a real date, YYYY-MM-DD. */
export const reviewed = z
  .preprocess(
    // The build's YAML reader turns a date into a Date; the content check keeps it as text.
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: DATE_HELP })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_HELP })
      .refine(isCalendarDate, { error: (i) => `${String(i.input)} is not a date in the calendar. ${DATE_HELP}` }),
  )
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** A guide's file name without .mdx: lower case words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Use a guide file name without .mdx: lower-case words joined by hyphens.',
});

const codeRange = `a number from ${FIRST_CODE} to ${LAST_CODE}`;

/** A SIP response code that has its own page (checked against the content when the site builds). */
export const codeNumber = z
  .number({ error: `Give a code as ${codeRange}, without quotes.` })
  .int({ error: `A code is a whole number: ${codeRange}.` })
  .min(FIRST_CODE, { error: `SIP response codes run from ${FIRST_CODE} to ${LAST_CODE}: use ${codeRange}.` })
  .max(LAST_CODE, { error: `SIP response codes run from ${FIRST_CODE} to ${LAST_CODE}: use ${codeRange}.` });

/**
 * A frontmatter object that rejects unknown keys one by one, each with its own path, so both
 * the build and the content check print `colour: Unknown field: ...` with the allowed names.
 */
export function strictFrontmatter<T extends z.ZodRawShape>(shape: T) {
  const known = new Set(Object.keys(shape));
  const message = `Unknown field: remove it or rename it to one of: ${[...known].join(', ')}.`;
  return z
    .object(shape)
    .catchall(z.unknown())
    .superRefine((data, ctx) => {
      for (const key of Object.keys(data)) if (!known.has(key)) ctx.addIssue({ code: 'custom', path: [key], message });
    })
    .transform(
      (data) => Object.fromEntries(Object.entries(data).filter(([key]) => known.has(key))) as z.infer<z.ZodObject<T>>,
    );
}
