import { parse } from 'yaml';

/** Splits an MDX file into its YAML frontmatter (parsed) and its body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: undefined, body: text };
  return { data: parse(m[1]), body: m[2] };
}

/** Zod-style issues flattened into "field: message" pairs. */
export function issuesToErrors(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
) {
  return issues.map((i) => ({
    file,
    field: i.path.length ? i.path.map(String).join('.') : 'frontmatter',
    message: i.message,
  }));
}
