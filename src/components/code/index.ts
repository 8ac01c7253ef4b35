/** The components a code page's MDX body may use, by tag name. */
import Meaning from './Meaning.astro';
import Normal from './Normal.astro';
import Causes from './Causes.astro';
import Cause from './Cause.astro';
import Fix from './Fix.astro';
import FixAdmin from './FixAdmin.astro';
import a from '../ContentLink.astro';

export const codeComponents = { a, Meaning, Normal, Causes, Cause, Fix, FixAdmin };
