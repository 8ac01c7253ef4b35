/**
 * Search, loaded on first use: plans the query (src/lib/query.ts), asks Pagefind, and renders
 * results. In the header it drives a combobox (arrow keys, Enter, Escape); on /search/ it lists
 * results as links and keeps ?q= in the address bar.
 */
import { isupToSip } from '../data/registry.ts';
import { nearestHelp, planQuery, type QueryPlan, type WordSets } from '../lib/query.ts';
import { codePath, searchPath, withBase } from '../lib/urls.ts';

const base = import.meta.env.BASE_URL;
const url = (path: string) => withBase(base, path);

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}
interface Hit {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => void;
  search: (term: string, o?: object) => Promise<{ results: Hit[] }>;
}

/** One row of results: a page, with an optional excerpt and deep links to its sections. */
interface Item {
  title: string;
  url: string;
  excerpt?: string;
  subs?: SubResult[];
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind() {
  pagefind ??= import(/* @vite-ignore */ url('/pagefind/pagefind.js')).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 18, ranking: { metaWeights: { title: 5, code: 10, reason: 6, headers: 6, keywords: 3 } } });
    pf.init();
    return pf;
  });
  return pagefind;
}

async function find(term: string, filter: string, limit: number): Promise<{ id: string; score: number; data: ResultData }[]> {
  if (!term) return [];
  const pf = await loadPagefind();
  const res = await pf.search(term, filter ? { filters: { category: filter } } : {});
  return Promise.all(res.results.slice(0, limit).map(async (h) => ({ id: h.id, score: h.score, data: await h.data() })));
}

/**
 * The page of a code: searched by its number, and read one result at a time until the one whose
 * `code` metadata matches (usually the first), so no other result's fragment is fetched.
 */
async function findCodePage(code: number): Promise<ResultData | undefined> {
  const pf = await loadPagefind();
  for (const hit of (await pf.search(String(code))).results.slice(0, 10)) {
    const data = await hit.data();
    if (data.meta.code === String(code)) return data;
  }
  return undefined;
}

/**
 * Each word set in turn (joined compounds first, then separate words), all words together;
 * if none finds anything, each word alone, merged by page.
 */
async function findWords(sets: WordSets, filter: string, limit: number) {
  for (const set of sets) {
    const all = await find(set.join(' '), filter, limit);
    if (all.length) return all;
  }
  const words = sets.at(-1) ?? [];
  if (words.length < 2) return [];
  const merged = new Map<string, { id: string; score: number; data: ResultData }>();
  for (const list of await Promise.all(words.map((w) => find(w, filter, limit)))) {
    for (const r of list) {
      const seen = merged.get(r.id);
      merged.set(r.id, seen ? { ...seen, score: seen.score + r.score } : r);
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

const toItem = (d: ResultData): Item => ({
  title: d.meta.title ?? d.url,
  url: d.url,
  excerpt: d.excerpt,
  subs: d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3),
});

/** What to show for a plan: a note (text and links) and result items. */
async function resultsFor(plan: QueryPlan, filter: string, limit: number): Promise<{ note?: Node; items: Item[] }> {
  if (plan.kind === 'empty') return { items: [] };
  // The code's own page is looked up alongside the other words of the query.
  const [words, page] = await Promise.all([
    findWords(plan.words, filter, limit),
    plan.kind === 'code' ? findCodePage(plan.code) : undefined,
  ]);
  const rest = words.map((w) => toItem(w.data));
  if (plan.kind === 'text') return { items: rest };

  if (plan.kind === 'code') {
    const first: Item = page
      ? toItem(page)
      : { title: `${plan.code}: not a standard SIP code`, url: url(codePath(plan.code)), excerpt: 'Not in the registry. Phones treat it like 400 Bad Request.' };
    const note = plan.cause ? text(`Q.850 cause ${plan.cause.cause} (${plan.cause.name}) is SIP ${plan.code}.`) : undefined;
    return { note, items: [first, ...rest.filter((r) => r.url !== first.url)].slice(0, limit) };
  }
  if (plan.kind === 'cause') {
    const c = plan.cause;
    if (c.code === null) {
      return { note: text(`Q.850 cause ${c.cause} (${c.name}): RFC 3398 maps it to no SIP error (${c.sip}).`), items: rest };
    }
    const help = nearestHelp(c.code);
    return {
      note: noteWithLink(`Q.850 cause ${c.cause} (${c.name}) is SIP ${c.code}, which is not a 4xx code. ${help.note}`, help),
      items: rest,
    };
  }
  if (plan.kind === 'unknown-cause') {
    return { note: text(`Cause ${plan.cause} is not in the RFC 3398 table of ISUP/Q.850 causes.`), items: rest };
  }
  const help = nearestHelp(plan.code);
  return { note: noteWithLink(`This site covers SIP 4xx codes. ${help.note}`, help), items: rest };
}

const text = (s: string) => document.createTextNode(s);

function link(href: string, label: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  return a;
}

function noteWithLink(message: string, help: { path: string; label: string }) {
  const f = document.createDocumentFragment();
  f.append(`${message} See `, link(url(help.path), help.label), '.');
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
    `Nothing found for “${q}”. Try the code number from your screen, or browse `,
    link(url('/codes/'), 'all codes'),
    ' or the ',
    link(url('/troubleshooting/'), 'troubleshooting guides'),
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

  constructor(form: HTMLFormElement) {
    this.input = form.querySelector('input')!;
    this.list = form.querySelector('.results')!;
    this.popup = form.querySelector('.search-popup')!;
    this.note = form.querySelector('[data-search-note]')!;
    this.status = form.querySelector('[data-search-status]')!;
    this.filter = form.querySelector('[data-search-filter]');
    this.popupMode = form.dataset.search === 'popup';
    this.input.addEventListener('input', () => this.update());
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
    const query = this.input.value;
    this.plan = planQuery(query, isupToSip);
    if (!this.popupMode) {
      const q = query.trim() ? searchPath(query) : '/search/';
      const cat = this.filter?.value ? `${q.includes('?') ? '&' : '?'}category=${encodeURIComponent(this.filter.value)}` : '';
      history.replaceState(null, '', url(q) + cat);
      document.querySelector<HTMLElement>('[data-search-fallback]')!.hidden = query.trim() !== '';
    }
    if (!query.trim()) return this.close();
    const limit = this.popupMode ? 8 : 20;
    const { note, items } = await resultsFor(this.plan, this.filter?.value ?? '', limit);
    if (seq !== this.seq) return;
    this.render(query, note, items);
  }

  private render(query: string, note: Node | undefined, items: Item[]) {
    this.note.replaceChildren();
    if (note) this.note.append(note);
    if (!items.length && !note) this.note.append(emptyNote(query));
    this.list.replaceChildren(...items.flatMap((item, i) => this.rows(item, i)));
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.popup.hidden = false;
    if (this.popupMode) this.input.setAttribute('aria-expanded', 'true');
    const n = items.length;
    this.status.textContent = n ? `${n} result${n === 1 ? '' : 's'}.` : 'No results.';
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
    this.plan = planQuery(this.input.value, isupToSip);
    if (this.plan.kind === 'code') {
      e.preventDefault();
      location.href = url(codePath(this.plan.code));
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
