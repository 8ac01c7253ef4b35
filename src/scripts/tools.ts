/**
 * Search and the analyser's page code, one chunk loaded on first use (src/scripts/boot.ts):
 * they share the strings table, and search offers to explain a pasted SIP message. The
 * analyser itself (src/lib/sip/) runs in a Worker that loads only when a message is explained.
 */
export { startSearch } from './search.ts';
export { startAnalyzer } from './analyze.ts';

import { href, paths } from '../lib/urls.ts';

// Their styles come with them (public/tools.css): a stylesheet of the site's own, which the CSP allows.
if (!document.querySelector('link[data-tools-css]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href(paths.toolsCss);
  link.dataset.toolsCss = '';
  document.head.append(link);
}
