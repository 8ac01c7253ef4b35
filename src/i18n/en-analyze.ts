/**
 * Interface strings of the message analyser (/analyze/ and src/lib/sip/), in English. Merged
 * into the one table of src/i18n/en.ts; keys start with "analyze.".
 */
export const analyzeEn = {
  'analyze.title': 'Explain a SIP message',
} as const;
