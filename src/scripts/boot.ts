/**
 * The only script that loads with every page (kept under 2 KB gzip). It wires the search and
 * "go to code" boxes; search, the copy controls (copy.ts) and the "On this page" marker
 * (toc.ts) load only when someone starts to use them.
 */
import { CODE_PATTERN } from '../data/classes.ts';
import { codePath, href, searchPath } from '../lib/href.ts';

/** A SIP code of any class, alone, with spaces around it allowed ("  503 "). */
const CODE = new RegExp(`^\\s*(${CODE_PATTERN})\\s*$`);

let search: Promise<typeof import('./tools.ts')> | undefined;
function loadSearch() {
  search ??= import('./tools.ts').then((m) => {
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
// The message analyser's code loads on its own page only.
if (document.querySelector('form[data-analyze]')) void import('./tools.ts').then((m) => m.startAnalyzer());

// The search page opened with ?q= (a link from an agent) starts searching at once.
if (document.querySelector('form[data-search="page"]') && new URLSearchParams(location.search).get('q')) loadSearch();

// "/" focuses the search box from anywhere, unless the reader is typing.
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (
    e.key !== '/' ||
    e.ctrlKey ||
    e.metaKey ||
    e.altKey ||
    t.isContentEditable ||
    /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)
  )
    return;
  const input = document.querySelector<HTMLInputElement>('form[data-search="page"] input, form[data-search] input');
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
      location.href = href(codePath(Number(m[1])));
    } else if (form.hasAttribute('data-goto')) {
      e.preventDefault();
      location.href = href(searchPath(value.trim()));
    }
  });
}

// Copy controls and feedback: the code loads on the first click or answer.
const copyControls = () => import('./copy.ts');
document.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  if (target.closest('a[data-copy-link]')) e.preventDefault();
  if (target.closest('a[data-copy-link], button[data-copy-reply]') || document.querySelector('.copy-menu')) {
    void copyControls().then((m) => m.onClick(target));
  }
});
document.addEventListener('submit', (e) => {
  const form = (e.target as HTMLElement).closest<HTMLFormElement>('form[data-feedback]');
  if (!form) return;
  e.preventDefault();
  void copyControls().then((m) => m.sendFeedback(form, e.submitter));
});
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy-reply]')) b.hidden = false;

// On wide screens "On this page" marks the section being read, from the first scroll on.
if (document.querySelector('.toc-side'))
  addEventListener('scroll', () => import('./toc.ts'), { once: true, passive: true });
