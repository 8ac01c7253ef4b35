/**
 * The answers to "Is this normal?" a code page can give: its verdict badge (label in
 * src/i18n/, `verdict.<id>`), and the word its <Normal> section must open with, so the badge
 * and the text never disagree.
 */
import { t } from '../i18n/index.ts';

export const verdicts = [
  { id: 'expected', opening: 'Yes' },
  { id: 'sometimes', opening: 'Sometimes' },
  { id: 'action', opening: 'No' },
] as const;

export type VerdictId = (typeof verdicts)[number]['id'];
export const verdictIds = verdicts.map((v) => v.id) as [VerdictId, ...VerdictId[]];

/** The verdict with this id, with its badge label. */
export const verdictOf = (id: VerdictId) => ({ ...verdicts.find((v) => v.id === id)!, label: t(`verdict.${id}`) });
