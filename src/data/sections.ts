/**
 * The sections of a code page, in order: id (part of the URL contract, never changes) and
 * heading (may be reworded). Causes add one `cause-<id>` each between `causes` and `fix`.
 */
export const codeSections = [
  { id: 'meaning', title: 'What it means' },
  { id: 'normal', title: 'Is this normal?' },
  { id: 'causes', title: 'Common causes' },
  { id: 'fix', title: 'How to fix it' },
  { id: 'fix-admin', title: 'For administrators' },
  { id: 'technical', title: 'Technical details' },
  { id: 'related', title: 'Related codes and guides' },
] as const;

export type CodeSectionId = (typeof codeSections)[number]['id'];
export const sectionTitle = (id: CodeSectionId) => codeSections.find((s) => s.id === id)!.title;

/** The sections of a guide page. */
export const guideSections = [
  { id: 'quick-checks', title: 'Quick checks' },
  { id: 'admin-checks', title: 'For administrators' },
  { id: 'codes', title: 'Codes in this guide' },
  { id: 'still-stuck', title: 'Still stuck?' },
] as const;

export type GuideSectionId = (typeof guideSections)[number]['id'];
export const guideSectionTitle = (id: GuideSectionId) => guideSections.find((s) => s.id === id)!.title;
