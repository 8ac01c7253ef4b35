import { z } from 'astro/zod';
import { categoryIds } from '../data/categories.ts';
import { verdictIds } from '../data/verdicts.ts';
import { asked, codeNumber, keywords, reply, reviewed, slug, summary, strictFrontmatter } from './shared.ts';

/**
 * Frontmatter of a code page, `content/codes/<code>.mdx`.
 * Facts come from the RFCs; the ISUP/Q.850 mapping is not repeated here, it is read from
 * `src/data/sip-to-isup.csv` by code.
 */
const shape = {
  /** The response code. Must equal the file name: 486.mdx has `code: 486`. */
  code: codeNumber,
  /** The reason phrase as the IANA registry spells it today, e.g. "Busy Here". */
  reason: z.string({ error: 'Give the reason phrase as the IANA registry spells it, e.g. "Busy Here".' }).min(2),
  /** Older reason phrases still seen in logs and old documents (searchable, shown in the technical details). */
  previousReasons: z.array(z.string()).default([]),
  /** One plain sentence: meta description, search excerpt and index row. */
  summary,
  /** One of the categories in src/data/categories.ts. */
  category: z.enum(categoryIds, {
    error: `Use one of the categories: ${categoryIds.join(', ')} (defined in src/data/categories.ts).`,
  }),
  /** "current" for registered codes; "historic" for codes only in RFC 2543 (409, 411). */
  status: z
    .enum(['current', 'historic'], { error: 'Use "current" or "historic" (codes only in RFC 2543).' })
    .default('current'),
  /**
   * The answer to "Is this normal?", shown as the page's verdict badge. The <Normal> section
   * must open with the matching word: "Yes." (expected: part of normal operation, like a 401
   * challenge or 180 Ringing), "Sometimes." (normal now and then, a problem when it repeats,
   * like 486 Busy Here) or "No." (action: something has to change, like 403 Forbidden).
   * 1xx and 2xx codes are never "action".
   */
  verdict: z.enum(verdictIds, { error: `Use one of: ${verdictIds.join(', ')} (see src/data/verdicts.ts).` }),
  /** Who usually sends the response, in plain words: "The phone you called, or its phone system". */
  origin: z.string({ error: 'Say in plain words who usually sends this response.' }).min(5),
  /** Who has to act when the code is a problem, in plain words: "You: check your password". */
  action: z.string({ error: 'Say in plain words whose move it is when this code is a problem.' }).min(5),
  /** The RFC sections that define and use the code; the first is the defining one. */
  specs: z
    .array(
      z.strictObject({
        /** RFC number, e.g. 3261. */
        rfc: z.number().int().positive(),
        /** Section number as the RFC prints it, e.g. "21.4.24". */
        section: z.string().regex(/^\d+(\.\d+)*$/, { error: 'Write the section number only, e.g. "21.4.24".' }),
        /** What that section says about the code, in a few words. */
        about: z.string().min(3),
      }),
      { error: 'List the RFC sections as { rfc, section, about } objects.' },
    )
    .min(1, { error: 'Name at least the RFC section that defines the code.' }),
  /** Header fields the response carries, with the RFC's requirement level. */
  headers: z
    .array(
      z.strictObject({
        /** Header field name as the RFC spells it, e.g. "Retry-After". */
        name: z
          .string()
          .regex(/^[A-Za-z][A-Za-z0-9-]*$/, { error: 'Write the header field name only, e.g. "Retry-After".' }),
        /** Requirement level for including it in this response. */
        level: z.enum(['MUST', 'SHOULD', 'MAY'], { error: 'Use MUST, SHOULD or MAY.' }),
        /** What the header carries here, for engineers. */
        note: z.string().min(3),
      }),
    )
    .default([]),
  /** What a client should do next according to the RFCs, for engineers. */
  retry: z.string({ error: 'Say what a client should do after this response, per the RFC.' }).min(10),
  /** Extra technical notes for engineers: one paragraph each; `code` spans and [links](/488/) allowed. */
  notes: z.array(z.string()).default([]),
  /** Related codes, each with its own page. */
  related: z.array(codeNumber).default([]),
  /** Troubleshooting guides (file names in content/troubleshooting/) for this problem. */
  guides: z.array(slug).default([]),
  /** Words people type: "engaged", "wrong password", header names, old phrases. */
  keywords,
  asked,
  /**
   * The typical exchange of messages around this code, drawn as a ladder diagram under
   * "Example exchange": each step goes from one party to another (parties become lanes in the
   * order they first appear), with the key lines of the real message below it.
   */
  exchange: z
    .array(
      z.strictObject({
        /** Who sends it, in plain words: "Your phone", "Provider", "Callee's phone". */
        from: z.string().min(2).max(24),
        /** Who receives it. */
        to: z.string().min(2).max(24),
        /** The request method or status line, short: "INVITE", "401 Unauthorized". */
        message: z.string().min(2).max(40),
        /** Key lines of the real message, as they appear on the wire (optional). */
        lines: z.array(z.string().max(120)).max(4).default([]),
      }),
      { error: 'List the exchange as steps of { from, to, message, lines }.' },
    )
    .max(12, { error: 'Keep the example exchange to at most 12 messages.' })
    .default([]),
  /** Paste-ready support reply, plain text for a customer. */
  reply,
  /** Date of the last review, YYYY-MM-DD. */
  reviewed,
};

export const codeSchema = strictFrontmatter(shape);
export type CodeData = z.infer<typeof codeSchema>;
