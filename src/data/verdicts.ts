/**
 * The answers to "Is this normal?" a code page can give: its verdict badge, and the word its
 * <Normal> section must open with so the badge and the text never disagree.
 */
export const verdicts = [
  { id: 'expected', opening: 'Yes', label: 'Normal: no action needed' },
  { id: 'sometimes', opening: 'Sometimes', label: 'Can be normal: act if it repeats' },
  { id: 'action', opening: 'No', label: 'Needs action' },
] as const;

export type VerdictId = (typeof verdicts)[number]['id'];
export type Verdict = (typeof verdicts)[number];
export const verdictOf = (id: VerdictId): Verdict => verdicts.find((v) => v.id === id)!;
export const verdictIds = verdicts.map((v) => v.id) as [VerdictId, ...VerdictId[]];
