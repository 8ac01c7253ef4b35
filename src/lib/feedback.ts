import site from '../../site.config.ts';

/**
 * The endpoint of "Was this page helpful?" for this build: SITE_FEEDBACK_URL, else
 * site.config.ts. Empty when feedback is off. Read at build time only.
 */
export const feedbackUrl = (): string => process.env.SITE_FEEDBACK_URL ?? site.feedbackUrl;
