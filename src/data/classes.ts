/**
 * The six SIP response classes (RFC 3261 section 7.2): the one place that knows their ranges,
 * names and the rule for a number nobody registered (RFC 3261 section 8.1.3.2). Every range
 * check, pattern, fallback, redirect list and class heading derives from this table, so adding
 * a class is content plus one row here.
 */
export const responseClasses = [
  {
    digit: 1,
    id: '1xx',
    name: 'Provisional',
    final: false,
    /** The code a client treats an unknown number of this class as (RFC 3261 section 8.1.3.2). */
    fallback: 183,
    intro:
      'The call or request is still in progress: it reached somebody and an answer will follow. A 1xx code is never an error and never the end of a call.',
  },
  {
    digit: 2,
    id: '2xx',
    name: 'Success',
    final: true,
    fallback: 200,
    intro: 'The request worked: a call was answered, a phone signed in, a message was accepted. Nothing to fix.',
  },
  {
    digit: 3,
    id: '3xx',
    name: 'Redirection',
    final: true,
    fallback: 300,
    intro:
      'The number or address has moved, and the answer says where to try instead. Phones and phone systems usually follow it on their own; you see one when forwarding or a moved number is involved.',
  },
  {
    digit: 4,
    id: '4xx',
    name: 'Client error',
    final: true,
    fallback: 400,
    intro:
      'The request could not be completed as it was sent: a password, a number, a setting or a limit needs to change before trying again.',
  },
  {
    digit: 5,
    id: '5xx',
    name: 'Server error',
    final: true,
    fallback: 500,
    intro:
      'A server on the way failed or is overloaded: the request itself may be fine. Usually the provider or the phone system has to act; trying again later, or by another route, often works.',
  },
  {
    digit: 6,
    id: '6xx',
    name: 'Global failure',
    final: true,
    fallback: 600,
    intro:
      'The person or number called gave a final answer that holds everywhere: busy on every phone, declined, or not existing. Trying another route will not help.',
  },
] as const;

export type ResponseClass = (typeof responseClasses)[number];
export type ClassId = ResponseClass['id'];

export const FIRST_CODE = responseClasses[0].digit * 100;
export const LAST_CODE = responseClasses[responseClasses.length - 1].digit * 100 + 99;

/** The class a number belongs to, or undefined outside 100-699. */
export const classOf = (code: number): ResponseClass | undefined =>
  Number.isInteger(code) ? responseClasses.find((c) => Math.floor(code / 100) === c.digit) : undefined;

/** True for a whole number that is a SIP response code of some class (100-699). */
export const isResponseCode = (code: number) => classOf(code) !== undefined;

/** Every number of every class, 100 to 699, in order. */
export const allNumbers = () => Array.from({ length: LAST_CODE - FIRST_CODE + 1 }, (_, i) => FIRST_CODE + i);

/** A regular expression source that matches a three-digit code of any class. */
export const CODE_PATTERN = `[${responseClasses.map((c) => c.digit).join('')}]\\d\\d`;
