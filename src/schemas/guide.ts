import { z } from 'astro/zod';
import { asked, codeNumber, keywords, reply, reviewed, slug, summary, strictFrontmatter } from './shared.ts';

/** Frontmatter of a troubleshooting guide, `content/troubleshooting/<slug>.mdx`. */
const shape = {
  /** The symptom in the reader's own words: "My phone won't register". */
  title: z.string({ error: "Title the guide with the symptom in the reader's words." }).min(5).max(80),
  /** One plain sentence: meta description, search excerpt and list entry. */
  summary,
  /**
   * "symptom": a problem a customer describes; "check": one of the general checks
   * (connection, outage, recent changes, Do Not Disturb, forwarding); "start": the start-here page.
   */
  kind: z.enum(['start', 'symptom', 'check'], { error: 'Use "symptom", "check" or "start".' }),
  /** Position in the troubleshooting index, smallest first. */
  order: z.number({ error: 'Give the position in the troubleshooting index as a number.' }).int().min(0),
  /** The codes this guide concerns (at least one, except on the start page); each code page links back. */
  codes: z.array(codeNumber).default([]),
  /** Other guides to read next. */
  guides: z.array(slug).default([]),
  /** Words people type when they have this problem. */
  keywords,
  asked,
  /** Paste-ready support reply, plain text for a customer. */
  reply,
  /** Date of the last review, YYYY-MM-DD. */
  reviewed,
};

export const guideSchema = strictFrontmatter(shape).superRefine((g, ctx) => {
  if (g.kind !== 'start' && g.codes.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['codes'],
      message:
        'List at least one code this guide concerns: the #codes section, its "Read next" and the links back depend on it.',
    });
  }
});
export type GuideData = z.infer<typeof guideSchema>;
