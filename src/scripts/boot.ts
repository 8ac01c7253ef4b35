/**
 * The only script that loads with every page (kept under 2 KB gzip). It wires the copy
 * controls and the "go to code" box, and loads search only when someone starts to use it.
 */
import { wireCopyControls } from './copy.ts';

const base = import.meta.env.BASE_URL;
const CODE = /^\s*(4\d\d)\s*$/;

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

// A 4xx number submitted from any search or go-to box opens its page directly.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search], form[data-goto]')) {
  form.addEventListener('submit', (e) => {
    const m = CODE.exec(form.querySelector('input')!.value);
    if (!m) return;
    e.preventDefault();
    location.href = `${base}${m[1]}/`;
  });
}

wireCopyControls();
