/**
 * The categories a code belongs to: a small, fixed set used by the index, the badges and the
 * search filter (by id, so shared links survive a new title). Every code page names one of
 * these ids in `category`. Titles and descriptions are interface strings (src/i18n/).
 */
import { t } from '../i18n/index.ts';

export const categoryIds = [
  'progress',
  'success',
  'redirection',
  'access',
  'routing',
  'availability',
  'media',
  'identity',
  'priority',
  'server',
  'protocol',
] as const;

export type CategoryId = (typeof categoryIds)[number];
export interface Category {
  id: CategoryId;
  title: string;
  description: string;
}

/** The category with this id, with its title and description. */
export const categoryOf = (id: CategoryId): Category => ({
  id,
  title: t(`category.${id}.title`),
  description: t(`category.${id}.description`),
});

/** Every category, in index order. */
export const categories: Category[] = categoryIds.map(categoryOf);
