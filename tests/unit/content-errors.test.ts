/**
 * A broken content file fails with a message that names the file, the field or line, and the
 * fix. Each case edits one real file in memory (486, or a guide) and checks it together with
 * the rest of the real content, through the same pipeline the build runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../src/lib/check-files.ts';
import { formatError } from '../../src/lib/content-rules.ts';

const real = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: `content/${f}`, text: readFileSync(`content/${f}`, 'utf8') }));

const CODE = 'content/codes/486.mdx';
const GUIDE = 'content/troubleshooting/every-call-busy.mdx';

/** Checks the real content with one file edited; returns the formatted errors. */
function withEdit(file: string, edit: (text: string) => string) {
  const files = real.map((f) => (f.file === file ? { file, text: edit(f.text) } : f));
  const before = real.find((f) => f.file === file)!.text;
  expect(edit(before), 'the edit must change the file').not.toBe(before);
  return checkAll(files).map(formatError);
}
/** Checks the real content plus one added file. */
const withFile = (file: string, text: string) => checkAll([...real, { file, text }]).map(formatError);
const page486 = real.find((f) => f.file === CODE)!.text;

describe('the real content', () => {
  it('has no problems', () => {
    expect(checkAll(real).map(formatError)).toEqual([]);
  });
});

describe('a broken code page names the file, the field and the fix', () => {
  it('code that does not match the file name', () => {
    expect(withEdit(CODE, (t) => t.replace('code: 486', 'code: 487'))).toContain(
      `${CODE}: code: is 487 but the file is named 486.mdx: rename the file to 487.mdx or fix the code.`,
    );
  });

  it('unknown category', () => {
    expect(withEdit(CODE, (t) => t.replace('category: availability', 'category: billing'))).toEqual([
      `${CODE}: category: Use one of the categories: progress, success, redirection, access, routing, availability, media, identity, priority, server, protocol (defined in src/data/categories.ts).`,
    ]);
  });

  it('summary too long', () => {
    expect(withEdit(CODE, (t) => t.replace(/^summary: (.*)$/m, (_, s) => `summary: ${s} ${s}`))).toEqual([
      `${CODE}: summary: The summary is too long: keep it to one sentence of at most 160 characters.`,
    ]);
  });

  it('a related code that has no page', () => {
    const errors = withEdit(CODE, (t) => t.replace(/^related: \[/m, 'related: [452, '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${CODE}: related: 452 has no code page\\. Use one of: 100, 180, .*608\\.$`));
  });

  it('a guide that does not exist', () => {
    const errors = withEdit(CODE, (t) => t.replace(/^guides: \[/m, 'guides: [phone-on-fire, '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^${CODE}: guides: "phone-on-fire" is not a guide\\. Use one of: .*every-call-busy.*\\.$`),
    );
  });

  it('an unknown key, named by its own path', () => {
    expect(withEdit(CODE, (t) => t.replace('code: 486', 'code: 486\ncolour: red'))).toEqual([
      expect.stringMatching(
        new RegExp(`^${CODE}: colour: Unknown field: remove it or rename it to one of: code, reason, .*reviewed\\.$`),
      ),
    ]);
  });

  it('body sections missing or out of order', () => {
    expect(withEdit(CODE, (t) => t.replace(/<Meaning>[\s\S]*?<\/Meaning>/, ''))).toEqual([
      `${CODE}: body: sections must appear once each in this order: Meaning, Normal, Causes, Fix, FixAdmin; found: Normal, Causes, Fix, FixAdmin.`,
    ]);
  });

  it('a malformed or repeated cause id', () => {
    const errors = withEdit(CODE, (t) =>
      t
        .replace('id="do-not-disturb"', 'id="Do Not Disturb"')
        .replace('id="hunt-group-busy"', 'id="callee-on-another-call"'),
    );
    expect(errors).toContain(
      `${CODE}: Cause id "Do Not Disturb": use lower-case words joined by hyphens, e.g. "ip-not-allowed".`,
    );
    expect(errors).toContain(
      `${CODE}: Cause id "callee-on-another-call": is used twice on this page: each id must be unique.`,
    );
  });

  it('accepts a valid single-quoted id, and ignores a fenced example', () => {
    expect(withEdit(CODE, (t) => t.replace('id="do-not-disturb"', "id='do-not-disturb'"))).toEqual([]);
    expect(
      withEdit(CODE, (t) => t.replace('</FixAdmin>', '```\n<Cause id="example" title="x">\n```\n\n</FixAdmin>')),
    ).toEqual([]);
  });

  it('a verdict that the answer to "Is this normal?" contradicts', () => {
    expect(withEdit(CODE, (t) => t.replace(/^verdict: .*$/m, 'verdict: expected'))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${CODE}: Normal: the verdict is "expected", so the section must open with "Yes\\." \\(it opens with "Sometimes"\\)`,
        ),
      ),
    ]);
  });

  it('a 1xx page marked as a failure', () => {
    const errors = withEdit('content/codes/180.mdx', (t) =>
      t.replace(/^verdict: .*$/m, 'verdict: action').replace('<Normal>\n\nYes', '<Normal>\n\nNo'),
    );
    expect(errors).toEqual([
      'content/codes/180.mdx: verdict: 180 is a 1xx code, which never means a failure: use "expected" or "sometimes".',
    ]);
  });

  it('a code outside every class', () => {
    expect(withEdit(CODE, (t) => t.replace(/^related: \[/m, 'related: [999, '))).toEqual([
      `${CODE}: related.0: SIP response codes run from 100 to 699: use a number from 100 to 699.`,
    ]);
  });
});

describe('the build refuses content that would publish something wrong', () => {
  it('a link in the body to a page that does not exist', () => {
    const errors = withEdit(CODE, (t) =>
      t.replace('</FixAdmin>', 'See [this](/599/) and [that](/4860/).\n\n</FixAdmin>'),
    );
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^${CODE}: line \\d+: the link /599/ leads to no page`)),
      expect.stringMatching(new RegExp(`^${CODE}: line \\d+: the link /4860/ leads to no page`)),
    ]);
  });

  it('a link to a cause that the page does not have', () => {
    const errors = withEdit(CODE, (t) =>
      t.replace('</FixAdmin>', 'See [this](/403/#cause-no-such-cause).\n\n</FixAdmin>'),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${CODE}: line \\d+: the link /403/#cause-no-such-cause names #cause-no-such-cause, which /403/ does not have\\. Use one of: meaning, .*cause-ip-not-allowed`,
        ),
      ),
    ]);
  });

  it('a page for a number nobody registered', () => {
    const fake = page486.replace('code: 486', 'code: 499').replace('reason: Busy Here', 'reason: Made Up Code');
    expect(withFile('content/codes/499.mdx', fake)).toEqual([
      expect.stringMatching(
        /^content\/codes\/499\.mdx: code: 499 is not a registered SIP response code, so it gets the short "not a standard code" page: delete this file/,
      ),
    ]);
  });

  it('a misspelt reason phrase', () => {
    expect(withEdit(CODE, (t) => t.replace('reason: Busy Here', 'reason: Busy Hear'))).toEqual([
      `${CODE}: reason: is "Busy Hear" but the registry spells it "Busy Here": use the registry's phrase (older ones go in previousReasons).`,
    ]);
  });

  it('an impossible date', () => {
    expect(withEdit(CODE, (t) => t.replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30'))).toEqual([
      `${CODE}: reviewed: 2026-02-30 is not a date in the calendar. Give the date the page was last reviewed as YYYY-MM-DD, e.g. 2026-11-24.`,
    ]);
  });

  it('a guide that lists no codes', () => {
    expect(withEdit(GUIDE, (t) => t.replace(/^codes: .*$/m, 'codes: []'))).toEqual([
      `${GUIDE}: codes: List at least one code this guide concerns: the #codes section, its "Read next" and the links back depend on it.`,
    ]);
  });

  it('an MDX syntax error and an unknown component', () => {
    const errors = withEdit(CODE, (t) =>
      t.replace('</Meaning>', '').replace('<Fix>', '<Fix>\n\n<Warning>careful</Warning>\n'),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(new RegExp(`^${CODE}: body: is not valid MDX: .*Expected a closing tag for \`<Meaning>\``)),
    );
    const unknown = withEdit(CODE, (t) => t.replace('<Fix>', '<Fix>\n\n<Warning>careful</Warning>\n'));
    expect(unknown).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${CODE}: line \\d+: <Warning> is not a component of this page kind\\. Use one of: Meaning, Normal`,
        ),
      ),
    ]);
  });

  it('broken YAML names the file and the line instead of throwing', () => {
    const errors = withEdit(CODE, (t) => t.replace('reason: Busy Here', 'reason: "Busy Here'));
    expect(errors[0]).toMatch(new RegExp(`^${CODE}: frontmatter: is not valid YAML: .*line \\d+`));
  });

  it('a file outside the content folders', () => {
    expect(withFile('content/faq/what-is-sip.mdx', page486)).toEqual([
      'content/faq/what-is-sip.mdx: file: is not in a content folder: move it to content/codes/ or content/troubleshooting/.',
    ]);
  });

  it('every problem in every file, not only the first', () => {
    const files = real.map((f) =>
      f.file === CODE
        ? { ...f, text: f.text.replace('reason: Busy Here', 'reason: Busy Hear') }
        : f.file === GUIDE
          ? { ...f, text: f.text.replace(/^codes: .*$/m, 'codes: []') }
          : f,
    );
    expect(checkAll(files).map((e) => e.file)).toEqual([GUIDE, CODE]);
  });
});

describe('a broken guide names the file, the field and the fix', () => {
  it('a code that has no page', () => {
    const errors = withEdit(GUIDE, (t) => t.replace(/^codes: \[/m, 'codes: [452, '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${GUIDE}: codes: 452 has no code page\\. Use one of: .*\\.$`));
  });
});
