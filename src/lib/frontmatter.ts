import { parse } from 'yaml';

/**
 * Splits an MDX file into its YAML frontmatter (parsed) and its body. Dates stay strings (YAML
 * 1.2), so an impossible date is reported instead of rolled over. A YAML error comes back as a
 * sentence with its line, never as a stack trace.
 */
export function splitFrontmatter(text: string): { data: unknown; body: string } | { error: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { error: 'the file must start with a frontmatter block between two "---" lines.' };
  try {
    return { data: parse(m[1]) ?? {}, body: m[2] };
  } catch (e) {
    const first = String((e as Error).message).split('\n')[0];
    return { error: `is not valid YAML: ${first} Check the quotes and the indentation on that line.` };
  }
}

/** Zod-style issues flattened into "field: message" pairs. */
export function issuesToErrors(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return issues.map((i) => ({
    file,
    field: i.path.length ? i.path.map(String).join('.') : 'frontmatter',
    message: i.message,
  }));
}
