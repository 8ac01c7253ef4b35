/**
 * The plain-text explanation behind the "Copy explanation" button: what was found, the result,
 * why (each header, plain words then precise), the codecs, the notes and the exchange, fit to
 * paste into a support ticket. Links are site paths unless `url` turns them into full addresses.
 */
import { t } from '../../i18n/index.ts';
import type { Analysis } from './analyze.ts';

export interface SummaryOptions {
  /** Turns a site path ("/423/#cause-expiry-too-short") into the address to print. */
  url?: (path: string) => string;
  /** Most messages listed in the exchange (default 40). */
  maxSteps?: number;
}

export function summarize(a: Analysis, options: SummaryOptions = {}): string {
  const url = options.url ?? ((p: string) => p);
  const maxSteps = options.maxSteps ?? 40;
  const lines: string[] = [t('analyze.summary.title'), ''];
  for (const n of a.notes.filter((x) => x.id === 'found' || x.id === 'none')) lines.push(n.text);
  const v = a.verdict;
  if (v) {
    const route = a.routes[v.message];
    const label = (id: string) => a.parties.find((p) => p.id === id)?.label ?? id;
    lines.push(
      '',
      `${t('analyze.summary.result')} ${v.code}${v.reason ? ` ${v.reason}` : ''}${v.method ? ` (${v.method})` : ''}`,
    );
    if (route)
      lines.push(t('analyze.summary.route', { n: v.message + 1, from: label(route.from), to: label(route.to) }));
    lines.push(v.plain, v.precise);
    if (a.explanations.length) {
      lines.push('', t('analyze.summary.why'));
      for (const e of a.explanations) {
        lines.push(`- ${e.header ? `${e.header}: ` : ''}${e.plain}`);
        lines.push(`  ${e.precise}`);
      }
    }
    if (a.media?.failed) {
      lines.push('', t('analyze.summary.media'));
      for (const r of a.media.rows) {
        const offered =
          r.codecs
            .filter((c) => c.offered)
            .map((c) => c.codec)
            .join(', ') || '–';
        const answered = r.rejected
          ? t('analyze.media.rejected')
          : r.codecs
              .filter((c) => c.answered)
              .map((c) => c.codec)
              .join(', ') || '–';
        lines.push(t('analyze.summary.mediaRow', { media: r.media || '?', offered, answered }));
      }
    }
    const link = v.cause?.link ?? v.link;
    if (link) lines.push('', `${t('analyze.summary.more')} ${url(link)}`);
  }
  const other = a.notes.filter((x) => x.id !== 'found' && x.id !== 'none');
  if (other.length) {
    lines.push('', t('analyze.summary.notes'));
    for (const n of other) lines.push(`- ${n.text}`);
  }
  if (a.ladder.steps.length) {
    lines.push('', t('analyze.summary.exchange'));
    a.ladder.steps
      .slice(0, maxSteps)
      .forEach((s, i) => lines.push(t('analyze.ladder.step', { n: i + 1, from: s.from, to: s.to, label: s.label })));
    if (a.ladder.steps.length > maxSteps)
      lines.push(t('analyze.summary.moreSteps', { n: a.ladder.steps.length - maxSteps }));
  }
  lines.push('', t('analyze.summary.privacy'));
  return lines.join('\n');
}
