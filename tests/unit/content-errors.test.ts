/**
 * A broken content file fails with a message that names the file, the field and the fix.
 * Each fixture in tests/fixtures/content/ is the real 486 page (or a real guide) with one mistake,
 * checked together with the rest of the real content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAll } from '../../src/lib/check-files.ts';
import { formatError } from '../../src/lib/content-rules.ts';

const real = ['content/codes', 'content/troubleshooting'].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ file: `${d}/${f}`, text: readFileSync(`${d}/${f}`, 'utf8') })),
);

/** Checks the real content with one file replaced by a fixture; returns the formatted errors. */
function withFixture(fixture: string, replaces: string) {
  const text = readFileSync(`tests/fixtures/content/${fixture}`, 'utf8');
  const files = real.map((f) => (f.file === replaces ? { file: replaces, text } : f));
  return checkAll(files).map(formatError);
}

const CODE = 'content/codes/486.mdx';

describe('the real content', () => {
  it('has no problems', () => {
    expect(checkAll(real).map(formatError)).toEqual([]);
  });
});

describe('a broken code page names the file, the field and the fix', () => {
  it('code that does not match the file name', () => {
    expect(withFixture('wrong-code.mdx', CODE)).toContain(
      `${CODE}: code: is 487 but the file is named 486.mdx: rename the file to 487.mdx or fix the code.`,
    );
  });

  it('unknown category', () => {
    const [e] = withFixture('unknown-category.mdx', CODE);
    expect(e).toBe(
      `${CODE}: category: Use one of the categories: access, routing, availability, media, identity, priority, protocol (defined in src/data/categories.ts).`,
    );
  });

  it('summary too long', () => {
    expect(withFixture('summary-too-long.mdx', CODE)).toEqual([
      `${CODE}: summary: The summary is too long: keep it to one sentence of at most 160 characters.`,
    ]);
  });

  it('a related code that has no page', () => {
    const errors = withFixture('missing-related.mdx', CODE);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${CODE}: related: 452 has no code page\\. Use one of: 400, 401, .*494\\.$`));
  });

  it('a guide that does not exist', () => {
    const errors = withFixture('missing-guide.mdx', CODE);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${CODE}: guides: "phone-on-fire" is not a guide\\. Use one of: .*every-call-busy.*\\.$`));
  });

  it('an unknown key', () => {
    expect(withFixture('unknown-key.mdx', CODE)).toEqual([
      expect.stringMatching(new RegExp(`^${CODE}: frontmatter: Unknown field "colour": remove it or rename it to one of: code, reason, .*reviewed\\.$`)),
    ]);
  });

  it('body sections missing or out of order', () => {
    expect(withFixture('sections-out-of-order.mdx', CODE)).toEqual([
      `${CODE}: body: sections must appear once each in this order: Meaning, Normal, Causes, Fix, FixAdmin; found: Normal, Causes, Fix, FixAdmin.`,
    ]);
  });

  it('a malformed or repeated cause id', () => {
    expect(withFixture('bad-cause-id.mdx', CODE)).toEqual([
      `${CODE}: Cause id "Do Not Disturb": use lower-case words joined by hyphens, e.g. "ip-not-allowed".`,
      `${CODE}: Cause id "callee-on-another-call": is used twice on this page: each id must be unique.`,
    ]);
  });
});

describe('a broken guide names the file, the field and the fix', () => {
  it('a code that has no page', () => {
    const file = 'content/troubleshooting/every-call-busy.mdx';
    const errors = withFixture('guide-missing-code.mdx', file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${file}: codes: 452 has no code page\\. Use one of: .*\\.$`));
  });
});
