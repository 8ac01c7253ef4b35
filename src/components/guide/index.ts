/** The components a guide's MDX body may use, by tag name. */
import QuickChecks from './QuickChecks.astro';
import AdminChecks from './AdminChecks.astro';
import Step from './Step.astro';
import Question from './Question.astro';
import StatusLink from './StatusLink.astro';
import a from '../ContentLink.astro';

export const guideComponents = { a, QuickChecks, AdminChecks, Step, Question, StatusLink };
