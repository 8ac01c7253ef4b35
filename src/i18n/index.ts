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

/** The heading of a response class ("5xx Server failure") and its short introduction for readers. */
export const classTitle = (c: { id: string }) => t(`class.${c.id}.title` as StringKey);
export const classIntro = (c: { id: string }) => t(`class.${c.id}.intro` as StringKey);
