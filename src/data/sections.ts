/**
 * The sections of each page kind, in order: the id (part of the URL contract, never changes)
 * and, for code pages, the MDX component that writes it. Headings are interface strings
 * (src/i18n/, `section.<id>`), so they may be reworded freely. Causes add one `cause-<id>`
 * each between `causes` and `fix`.
 */
import { t } from '../i18n/index.ts';

export const codeSections = [
  { id: 'meaning', component: 'Meaning' },
  { id: 'normal', component: 'Normal' },
  { id: 'causes', component: 'Causes' },
  { id: 'fix', component: 'Fix' },
  { id: 'fix-admin', component: 'FixAdmin' },
  { id: 'technical', component: undefined },
  { id: 'related', component: undefined },
  { id: 'still-stuck', component: undefined },
] as const;

/** The sections of a guide page. */
export const guideSections = [
  { id: 'quick-checks' },
  { id: 'admin-checks' },
  { id: 'codes' },
  { id: 'still-stuck' },
] as const;

export type SectionId = (typeof codeSections)[number]['id'] | (typeof guideSections)[number]['id'];

/** The heading of a section of any page kind. */
export const sectionTitle = (id: SectionId) => t(`section.${id}`);

/** The MDX components of a code page's body, in the order they must appear. */
export const CODE_BODY_COMPONENTS = codeSections.flatMap((s) => (s.component ? [s.component] : []));
