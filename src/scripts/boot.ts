/**
 * The only script that loads with every page (kept under 2 KB gzip). It wires the copy
 * controls and the "go to code" box, and loads search only when someone starts to use it.
 */
import { CODE_PATTERN } from '../data/classes.ts';
import { href, paths } from '../lib/urls.ts';
import { wireCopyControls } from './copy.ts';

/** A SIP code of any class, alone, with spaces around it allowed ("  503 "). */
const CODE = new RegExp(`^\\s*(${CODE_PATTERN})\\s*$`);

let search: Promise<typeof import('./search.ts')> | undefined;
function loadSearch() {
  search ??= import('./search.ts').then((m) => {
    m.startSearch();
    return m;
  });
  return search;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
  const input = form.querySelector('input')!;
  if (form.dataset.search === 'popup') {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    form.querySelector('.results')!.setAttribute('role', 'listbox');
  }
  input.addEventListener('focus', loadSearch, { once: true });
  input.addEventListener('input', loadSearch, { once: true });
}
// The search page opened with ?q= (a link from an agent) starts searching at once.
if (document.querySelector('form[data-search="page"]') && new URLSearchParams(location.search).get('q')) loadSearch();

// "/" focuses the search box from anywhere, unless the reader is typing.
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
  const input = document.querySelector<HTMLInputElement>('form[data-search] input');
  if (!input) return;
  e.preventDefault();
  input.focus();
});

// A code submitted from any search or go-to box opens its page directly; anything else typed
// into "Go to code" becomes a search.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search], form[data-goto]')) {
  form.addEventListener('submit', (e) => {
    const value = form.querySelector('input')!.value;
    const m = CODE.exec(value);
    if (m) {
      e.preventDefault();
      location.href = href(paths.code(Number(m[1])));
    } else if (form.hasAttribute('data-goto')) {
      e.preventDefault();
      location.href = href(paths.search(value.trim()));
    }
  });
}

wireCopyControls();
