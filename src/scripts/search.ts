/**
 * Search, loaded on first use: plans the query (src/lib/query.ts), asks Pagefind, and renders
 * results. In the header it drives a combobox (arrow keys, Enter, Escape); on /search/ it lists
 * results as links and keeps ?q= in the address bar.
 */
import { isupToSip } from '../data/isup.ts';
import { pbxCauses } from '../data/pbx-causes.ts';
import { t } from '../i18n/index.ts';
import { planQuery, type QueryPlan } from '../lib/query.ts';
import { buildIntentIndex, vocabulary, type IntentDoc } from '../lib/intents.ts';
import { resultsFor, type Item, type NotePart, type PageData, type SearchIndex } from '../lib/search-results.ts';
import { href, paths } from '../lib/urls.ts';
import { explainInDialog, looksLikeSip } from './analyze.ts';

interface Hit {
  id: string;
  score: number;
  data: () => Promise<PageData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => void;
  search: (term: string, o?: object) => Promise<{ results: Hit[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind() {
  pagefind ??= import(/* @vite-ignore */ href(paths.pagefind)).then(async (pf: Pagefind) => {
    // Metadata matches add to a page's score: a code's number most, then its reason phrase and
    // required headers, the ways people ask for it, its title and its keywords.
    await pf.options({
      excerptLength: 18,
      ranking: { metaWeights: { code: 10, reason: 6, headers: 6, asked: 5, title: 5, keywords: 3, boost: 0 } },
    });
    pf.init();
    return pf;
  });
  return pagefind;
}

/**
 * The ways people ask for each page, and the words the site uses (for typing slips): empty
 * until, or unless, /search-intents.json loads; search works on full text alone without it.
 */
let vocab: ReadonlySet<string> = new Set();
const vocabLoaded = fetch(href(paths.searchIntents))
  .then((r) => (r.ok ? r.json() : []))
  .then((docs: IntentDoc[]) => {
    index.intents = buildIntentIndex(docs);
    vocab = vocabulary(docs);
  })
  .catch(() => undefined);

/**
 * The latest search asked for: a page's data (a fragment download) is fetched only while the
 * search that found it is still the latest, so fast typing does not download pages for queries
 * already replaced.
 */
let latest = 0;
const STALE = new Error('stale search');

/** The Pagefind index behind the search strategy of src/lib/search-results.ts. */
const index: SearchIndex = {
  async find(term, filter, limit) {
    if (!term) return [];
    const pf = await loadPagefind();
    const asked = latest;
    const res = await pf.search(term, filter ? { filters: { category: filter } } : {});
    // Page data is fetched later, only for the hits that make the list (src/lib/search-results.ts).
    return res.results
      .slice(0, limit * 2)
      .map((h) => ({ ...h, data: () => (asked === latest ? h.data() : Promise.reject(STALE)) }));
  },
  /** Read one result at a time until the one whose `code` metadata matches (usually the first). */
  async findCodePage(code) {
    const pf = await loadPagefind();
    for (const hit of (await pf.search(String(code))).results.slice(0, 10)) {
      const data = await hit.data();
      if (data.meta.code === String(code)) return data;
    }
    return undefined;
  },
};

function link(href: string, label: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  return a;
}

/** A note's parts as text and links. */
function noteNode(parts: NotePart[]) {
  const f = document.createDocumentFragment();
  for (const p of parts) f.append(typeof p === 'string' ? p : link(href(p.path), p.label));
  return f;
}

/** Pagefind excerpts are HTML with <mark>; keep only their text and the marks, never markup. */
function excerptNode(html: string) {
  const p = document.createElement('p');
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const n of doc.body.childNodes) {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      p.append(m);
    } else p.append(n.textContent ?? '');
  }
  return p;
}

function emptyNote(query: string) {
  const f = document.createDocumentFragment();
  const q = query.length > 60 ? `${query.slice(0, 60)}…` : query;
  f.append(
    `${t('search.nothing', { q })} `,
    link(href(paths.codes), t('search.nothingCodes')),
    ` ${t('search.nothingOr')} `,
    link(href(paths.troubleshooting), t('search.nothingGuides')),
    '.',
  );
  return f;
}

class SearchBox {
  private input: HTMLInputElement;
  private list: HTMLUListElement;
  private popup: HTMLElement;
  private note: HTMLElement;
  private status: HTMLElement;
  private filter: HTMLSelectElement | null;
  private popupMode: boolean;
  private seq = 0;
  private active = -1;
  private plan: QueryPlan = { kind: 'empty' };
  private pasted: string | undefined;

  constructor(form: HTMLFormElement) {
    this.input = form.querySelector('input')!;
    this.list = form.querySelector('.results')!;
    this.popup = form.querySelector('.search-popup')!;
    this.note = form.querySelector('[data-search-note]')!;
    this.status = form.querySelector('[data-search-status]')!;
    this.filter = form.querySelector('[data-search-filter]');
    this.popupMode = form.dataset.search === 'popup';
    this.input.addEventListener('input', () => this.update());
    // A pasted SIP message keeps its line breaks here (the box itself drops them), in memory only.
    this.input.addEventListener('paste', (e) => {
      const text = e.clipboardData?.getData('text') ?? '';
      this.pasted = looksLikeSip(text) ? text : undefined;
    });
    this.filter?.addEventListener('change', () => this.update());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    form.addEventListener('submit', (e) => this.onSubmit(e));
    if (this.popupMode) {
      form.addEventListener('focusout', (e) => {
        if (!form.contains(e.relatedTarget as Node)) this.close();
      });
      this.list.addEventListener('mousedown', (e) => e.preventDefault());
      this.list.addEventListener('click', (e) => {
        const li = (e.target as HTMLElement).closest<HTMLElement>('[data-href]');
        if (li) location.href = li.dataset.href!;
      });
    } else {
      const params = new URLSearchParams(location.search);
      this.input.value = params.get('q') ?? '';
      if (this.filter) this.filter.value = params.get('category') ?? '';
    }
    if (this.input.value) this.update();
  }

  private async update() {
    const seq = ++this.seq;
    latest++;
    const query = this.input.value;
    await vocabLoaded;
    if (seq !== this.seq) return;
    this.plan = planQuery(query, isupToSip, pbxCauses, vocab);
    if (!this.popupMode) {
      // A shareable address, kept short: a pasted log or a long foreign-script query stays in the box only.
      history.replaceState(null, '', href(paths.search(query.slice(0, 300), this.filter?.value)));
      document.querySelector<HTMLElement>('[data-search-fallback]')!.hidden = query.trim() !== '';
    }
    // One letter finds nothing useful and would fetch a part of the index for nothing.
    if (query.trim().length < 2) return this.close();
    const limit = this.popupMode ? 8 : 20;
    const results = await resultsFor(this.plan, this.filter?.value ?? '', limit, index, href, query).catch((e) => {
      if (e !== STALE) throw e;
    });
    if (!results || seq !== this.seq) return;
    const { note, items } = results;
    this.render(query, note.length ? noteNode(note) : undefined, items);
  }

  private render(query: string, note: Node | undefined, items: Item[]) {
    this.note.replaceChildren();
    if (this.pasted) this.note.append(this.explainOffer(this.pasted));
    if (note) this.note.append(note);
    if (!items.length && !note) this.note.append(emptyNote(query));
    const rows = items.flatMap((item, i) => this.rows(item, i));
    // The popup shows the best few; the last row opens the search page with every result.
    if (this.popupMode && items.length) rows.push(this.seeAll(query));
    this.list.replaceChildren(...rows);
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.popup.hidden = false;
    if (this.popupMode) this.input.setAttribute('aria-expanded', 'true');
    const n = items.length;
    this.status.textContent = n === 0 ? t('search.none') : n === 1 ? t('search.countOne') : t('search.count', { n });
  }

  /** The popup's last row: every result, on the search page. */
  private seeAll(query: string) {
    const li = document.createElement('li');
    li.id = `${this.input.id}-opt-all`;
    li.className = 'see-all';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = href(paths.search(query.slice(0, 300), this.filter?.value));
    li.textContent = t('search.seeAll');
    return li;
  }

  /** "Explain this message": opens the analyser on this page with the pasted text. */
  private explainOffer(text: string) {
    const p = document.createElement('p');
    p.className = 'explain-offer';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = t('analyze.search.offer');
    button.addEventListener('click', () => explainInDialog(text));
    p.append(button, ` ${t('analyze.search.offerHint')}`);
    return p;
  }

  /** A result row, plus one row per deep link (popup), or nested links (page). */
  private rows(item: Item, i: number): HTMLElement[] {
    const id = `${this.input.id}-opt-${i}`;
    const li = document.createElement('li');
    const title = this.popupMode ? document.createElement('span') : link(item.url, item.title);
    title.className = 'result-title';
    title.textContent = item.title;
    li.append(title);
    if (item.excerpt) li.append(excerptNode(item.excerpt));
    if (!this.popupMode) {
      if (item.subs?.length) {
        const ul = document.createElement('ul');
        ul.className = 'sub';
        for (const s of item.subs) {
          const sub = document.createElement('li');
          sub.append(link(s.url, s.title));
          ul.append(sub);
        }
        li.append(ul);
      }
      return [li];
    }
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = item.url;
    const subs = (item.subs ?? []).map((s, j) => {
      const sub = document.createElement('li');
      sub.id = `${id}-${j}`;
      sub.className = 'sub-result';
      sub.setAttribute('role', 'option');
      sub.setAttribute('aria-selected', 'false');
      sub.dataset.href = s.url;
      sub.textContent = s.title;
      sub.setAttribute('aria-label', `${s.title}, in ${item.title}`);
      return sub;
    });
    return [li, ...subs];
  }

  private options() {
    return [...this.list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  private move(delta: number) {
    const opts = this.options();
    if (!opts.length) return;
    opts[this.active]?.setAttribute('aria-selected', 'false');
    // -1 is the input itself: moving past either end comes back to it.
    const next = this.active + delta;
    this.active = next < -1 ? opts.length - 1 : next >= opts.length ? -1 : next;
    const opt = opts[this.active];
    if (opt) {
      opt.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', opt.id);
      opt.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent) {
    if (!this.popupMode) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (this.popup.hidden && this.input.value.trim()) this.popup.hidden = false;
      this.move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Escape') {
      if (!this.popup.hidden) {
        e.preventDefault();
        this.close();
      } else if (this.input.value) {
        e.preventDefault();
        this.input.value = '';
      }
    } else if (e.key === 'Enter') {
      const opt = this.options()[this.active];
      if (opt) {
        e.preventDefault();
        location.href = opt.dataset.href!;
      }
    }
  }

  private onSubmit(e: SubmitEvent) {
    this.plan = planQuery(this.input.value, isupToSip, pbxCauses, vocab);
    if (this.plan.kind === 'code') {
      e.preventDefault();
      location.href = href(paths.code(this.plan.code));
    } else if (!this.popupMode) {
      e.preventDefault();
      this.update();
    }
  }

  private close() {
    this.popup.hidden = true;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (this.popupMode) this.input.setAttribute('aria-expanded', 'false');
  }
}

let started = false;
/** Wires every search form on the page and starts loading Pagefind. */
export function startSearch() {
  if (started) return;
  started = true;
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) new SearchBox(form);
  loadPagefind();
}
