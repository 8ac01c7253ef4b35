/**
 * The six SIP response classes (RFC 3261 section 7.2): the one place that knows their ranges,
 * whether they are final, and the rule for a number nobody registered (RFC 3261 section
 * 8.1.3.2: an unknown final response is handled as the x00 of its class, an unknown
 * provisional one as 183). Every range check, pattern, fallback, redirect list and class
 * heading derives from this table, so adding a class is content, one row here and its strings.
 * No strings here: this module is part of the script every page loads (headings: classTitle()
 * in src/i18n/index.ts).
 */
export const responseClasses = [
  { digit: 1, id: '1xx', final: false, fallback: 183 },
  { digit: 2, id: '2xx', final: true, fallback: 200 },
  { digit: 3, id: '3xx', final: true, fallback: 300 },
  { digit: 4, id: '4xx', final: true, fallback: 400 },
  { digit: 5, id: '5xx', final: true, fallback: 500 },
  { digit: 6, id: '6xx', final: true, fallback: 600 },
] as const;

export type ResponseClass = (typeof responseClasses)[number];
export type ClassId = ResponseClass['id'];

export const FIRST_CODE = responseClasses[0].digit * 100;
export const LAST_CODE = responseClasses[responseClasses.length - 1].digit * 100 + 99;

/** The class a number belongs to, or undefined outside the classes' ranges. */
export const classOf = (code: number): ResponseClass | undefined =>
  Number.isInteger(code) ? responseClasses.find((c) => Math.floor(code / 100) === c.digit) : undefined;

/** True for a whole number that is a SIP response code of some class. */
export const isResponseCode = (code: number) => classOf(code) !== undefined;

/** Every number of every class, in order. */
export const allNumbers = () => Array.from({ length: LAST_CODE - FIRST_CODE + 1 }, (_, i) => FIRST_CODE + i);

/** Regular-expression source for one three-digit code of any class ("[1-6]\d\d" today). */
export const CODE_PATTERN = `[${responseClasses.map((c) => c.digit).join('')}]\\d\\d`;
