/** Pure helpers over the list of code pages: order, grouping, neighbours, the status line. */

export interface CodeSummary {
  code: number;
  category: string;
}

export const byCode = <T extends { code: number }>(a: T, b: T) => a.code - b.code;

/** Groups codes by category, in the categories' order, each group in numeric order. */
export function groupByCategory<T extends CodeSummary, C extends { id: string }>(codes: T[], categories: readonly C[]) {
  return categories
    .map((category) => ({ category, codes: codes.filter((c) => c.category === category.id).sort(byCode) }))
    .filter((g) => g.codes.length > 0);
}

/** The codes before and after a code, in numeric order, among those that have pages. */
export function neighbours<T extends { code: number }>(codes: T[], code: number) {
  const sorted = [...codes].sort(byCode);
  const i = sorted.findIndex((c) => c.code === code);
  return {
    previous: i > 0 ? sorted[i - 1] : undefined,
    next: i >= 0 && i < sorted.length - 1 ? sorted[i + 1] : undefined,
  };
}

/** The status line a device shows or logs: "SIP/2.0 486 Busy Here". */
export const statusLine = (code: number, reason: string) => `SIP/2.0 ${code} ${reason}`;
