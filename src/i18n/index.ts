/**
 * t(): the one way the site's code gets an interface string. English is the only language
 * today; the strings are in en.ts, keyed, so a second language is additive.
 */
import { en, type StringKey } from './en.ts';

export type { StringKey };

/** The string for a key, with `{name}` placeholders filled from `vars`. */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
