/**
 * The message analyser in the page: hands the pasted text to a Worker (analyze-worker.ts) and
 * shows what comes back, as text nodes only, so nothing in a trace can become markup. Loaded
 * on /analyze/, and on other pages only when a reader asks to explain a pasted message.
 */
import { t } from '../i18n/index.ts';
import type { Analysis } from '../lib/sip/index.ts';
import { summarize } from '../lib/sip/summary.ts';
import { href, pageUrl } from '../lib/urls.ts';
import { ladderFigure } from './ladder-dom.ts';

let worker: Worker | undefined;
let pending: ((a: Analysis) => void) | undefined;

/** Analyses a text in the Worker; a newer request replaces an older one still running. */
function analyzeInWorker(text: string): Promise<Analysis> {
  worker ??= new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    pending = resolve;
    worker!.onmessage = (e: MessageEvent<Analysis>) => pending?.(e.data);
    worker!.postMessage(text);
  });
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function link(path: string, label: string) {
  const a = node('a', label);
  a.href = path.startsWith('http') ? path : href(path);
  return a;
}

/** The explanation of an analysis, as a document fragment. */
export function renderAnalysis(a: Analysis, headingLevel: 2 | 3 = 2): DocumentFragment {
  const f = document.createDocumentFragment();
  const h = (text: string, level = headingLevel) => node(level === 2 ? 'h2' : 'h3', text);
  const v = a.verdict;
  if (v) {
    f.append(h(t('analyze.out.title')));
    f.append(node('p', v.plain, 'verdict-plain'));
    f.append(node('p', v.precise, 'precise'));
    if (v.link) {
      const p = node('p');
      p.append(link(v.link, t('analyze.out.page', { code: v.page ?? v.code })));
      if (v.cause) p.append(', ', link(v.cause.link, t('analyze.out.cause')));
      p.append('.');
      f.append(p);
    }
  }
  if (a.explanations.length) {
    f.append(h(t('analyze.out.headers')));
    const list = node('ul', undefined, 'explanations');
    for (const e of a.explanations) {
      const li = node('li');
      if (e.header) {
        const head = node('p');
        head.append(node('code', e.value ? `${e.header}: ${e.value}` : e.header));
        li.append(head);
      }
      li.append(node('p', e.plain));
      li.append(node('p', e.precise, 'precise'));
      if (e.cause) {
        const p = node('p');
        p.append(link(e.cause.link, t('analyze.out.causeOf', { code: e.cause.code })));
        li.append(p);
      }
      list.append(li);
    }
    f.append(list);
  }
  if (a.media) {
    f.append(h(t('analyze.out.media')));
    const table = node('table', undefined, 'media');
    table.append(node('caption', t('analyze.out.mediaCaption'), 'visually-hidden'));
    const head = node('tr');
    for (const label of [t('analyze.out.mediaStream'), t('analyze.out.mediaOffered'), t('analyze.out.mediaAnswered')]) {
      const th = node('th', label);
      th.scope = 'col';
      head.append(th);
    }
    const thead = node('thead');
    thead.append(head);
    const tbody = node('tbody');
    for (const row of a.media.rows) {
      const tr = node('tr');
      const th = node('th', row.media);
      th.scope = 'row';
      const codecs = (pick: 'offered' | 'answered') =>
        row.codecs
          .filter((c) => c[pick])
          .map((c) => c.codec)
          .join(', ') || t('analyze.out.none');
      tr.append(
        th,
        node('td', codecs('offered')),
        node('td', row.rejected ? t('analyze.media.rejected') : codecs('answered')),
      );
      tbody.append(tr);
    }
    table.append(thead, tbody);
    f.append(table);
  }
  if (a.ladder.steps.length) {
    f.append(h(t('analyze.out.flow')));
    f.append(ladderFigure(a.ladder));
  }
  f.append(h(t('analyze.out.found')));
  const notes = node('ul', undefined, 'notes');
  for (const n of a.notes) notes.append(node('li', n.text));
  f.append(notes);

  const copy = node('button', t('analyze.out.copy'), 'button');
  copy.type = 'button';
  copy.addEventListener('click', async () => {
    const text = summarize(a, { url: (path) => pageUrl(path) });
    const ok = await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
    const status = document.getElementById('announcer');
    if (status) status.textContent = t(ok ? 'analyze.out.copyDone' : 'analyze.out.copyFailed');
    copy.textContent = t(ok ? 'analyze.out.copied' : 'analyze.out.copy');
    setTimeout(() => (copy.textContent = t('analyze.out.copy')), 2000);
  });
  const p = node('p');
  p.append(copy);
  f.append(p);
  return f;
}

/** Explains a text into a container, saying so in a status line while it works. */
export async function explain(text: string, out: HTMLElement, status: HTMLElement, headingLevel: 2 | 3 = 2) {
  if (!text.trim()) {
    status.textContent = t('analyze.page.empty');
    out.hidden = true;
    return;
  }
  status.textContent = t('analyze.page.working');
  const analysis = await analyzeInWorker(text);
  out.replaceChildren(renderAnalysis(analysis, headingLevel));
  out.hidden = false;
  status.textContent = analysis.notes[0]?.text ?? '';
}

/** Wires the form of /analyze/. */
export function startAnalyzer() {
  const form = document.querySelector<HTMLFormElement>('form[data-analyze]');
  if (!form) return;
  const out = document.querySelector<HTMLElement>('[data-analysis]')!;
  const status = document.querySelector<HTMLElement>('[data-analyze-status]')!;
  // Load the analyser now, so that nothing at all is fetched once a trace is pasted.
  worker ??= new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void explain(form.querySelector('textarea')!.value, out, status);
  });
}

/** A pasted text that looks like a SIP message or trace: a start line and SIP headers. */
export const looksLikeSip = (text: string) =>
  /\n/.test(text.trim()) &&
  /(SIP\/2\.0 \d{3}|^[A-Z]+ sips?:\S+ SIP\/2\.0)/m.test(text) &&
  /^(Via|v|Call-ID|i|CSeq):/im.test(text);

/** Explains a pasted message in a dialog on the current page: the text stays in memory only. */
export function explainInDialog(text: string) {
  const dialog = node('dialog', undefined, 'explain');
  dialog.setAttribute('aria-labelledby', 'explain-title');
  const title = node('h2', t('analyze.title'));
  title.id = 'explain-title';
  const close = node('button', t('analyze.search.close'), 'button');
  close.type = 'button';
  close.addEventListener('click', () => dialog.close());
  const status = node('p');
  status.setAttribute('role', 'status');
  const out = node('div', undefined, 'analysis');
  dialog.append(title, node('p', t('analyze.page.privacy'), 'privacy'), status, out, close);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  void explain(text, out, status, 3);
}
