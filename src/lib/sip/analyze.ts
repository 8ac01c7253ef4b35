/**
 * Explains a SIP trace: groups its messages into dialogs and transactions, finds the final
 * response that matters (the one that ended the call or the registration), explains the
 * headers behind it, compares the media offered and accepted, spots a challenge repeated after
 * credentials were sent, and writes a plain-text summary for a support ticket.
 *
 * `analyze(text)` is synchronous and pure (no DOM, no Node APIs, no network): the page runs it
 * in a module Worker. For very large pastes, feed a `TraceReader` in chunks and call
 * `analyzeParsed(reader.end())`.
 */
import { historicCode, registered } from '../../data/iana.ts';
import { t } from '../../i18n/index.ts';
import type { LadderInput } from '../ladder.ts';
import { paths } from '../urls.ts';
import { hasPage, pageFor } from './causes.ts';
import { group, type Dialog, type DialogOutcome, type Transaction } from './dialogs.ts';
import {
  clip,
  explainAllowAccept,
  explainChallenge,
  explainContact,
  explainIdentity,
  explainMaxForwards,
  explainMinExpires,
  explainOptionTags,
  explainProducts,
  explainReasons,
  explainRetryAfter,
  explainSdpAddress,
  explainSessionTimer,
  explainVia,
  explainWarnings,
  explanation,
  headerValue,
  vias,
  type Explanation,
} from './explain.ts';
import { parseChallenge, parseNameAddr, parseUri } from './headers.ts';
import { classifyAddress, isNonPublic } from './net.ts';
import { parseTrace } from './parse.ts';
import { compareSdp, parseSdp, type MediaComparison } from './sdp.ts';
import { summarize } from './summary.ts';
import type { Endpoint, ParseResult, SipMessage, TraceFormat } from './types.ts';

export interface Party {
  /** Stable key: "192.0.2.1", "192.0.2.1:5080", "(local)". */
  id: string;
  /** What the ladder shows. */
  label: string;
  /** True for the system whose log this is (banners say "received from"/"sent to"). */
  local: boolean;
  /** Products seen sending from this party (User-Agent, Server). */
  products: string[];
}

export interface Route {
  from: string;
  to: string;
}

export interface Verdict {
  /** The response that decided the outcome. */
  message: number;
  /** The request it answers, when the trace holds it. */
  request?: number;
  dialog: number;
  code: number;
  reason: string;
  method: string;
  outcome: DialogOutcome;
  /** True when the code is in the IANA registry (or a historic RFC 2543 code). */
  known: boolean;
  /** The page that explains it: the code's own, or the x00 of its class for an unknown code. */
  page?: number;
  /** Site path of that page ("/423/"), without the base path. */
  link?: string;
  /** The cause on that page the headers pinpoint, with its path ("/423/#cause-expiry-too-short"). */
  cause?: { id: string; link: string };
  /** The BYE or CANCEL that ended the call, if any. */
  endedBy?: number;
  plain: string;
  precise: string;
}

export type NoteId =
  | 'found'
  | 'none'
  | 'binary'
  | 'truncated'
  | 'long-lines'
  | 'other-lines'
  | 'cut-in-headers'
  | 'body-short'
  | 'missing-headers'
  | 'bad-content-length'
  | 'unknown-code'
  | 'invalid-code'
  | 'no-final'
  | 'only-requests'
  | 'only-responses'
  | 'summary-only'
  | 'wrapped'
  | 'lost-line-breaks'
  | 'no-call-id';

export interface Note {
  id: NoteId;
  level: 'info' | 'warning' | 'error';
  text: string;
  message?: number;
}

export interface Analysis {
  found: {
    messages: number;
    requests: number;
    responses: number;
    dialogs: number;
    transactions: number;
    formats: TraceFormat[];
    lines: number;
    otherLines: number;
  };
  messages: SipMessage[];
  /** Sender and receiver of each message, as party ids. */
  routes: Route[];
  parties: Party[];
  dialogs: Dialog[];
  transactions: Transaction[];
  verdict?: Verdict;
  /** Header explanations for the verdict, most telling first. */
  explanations: Explanation[];
  /** Offer and answer side by side, for the call behind the verdict. */
  media?: MediaComparison & { failed: boolean };
  /** What was found and what was not, in sentences. */
  notes: Note[];
  /** Input for the ladder diagram (src/lib/ladder.ts). */
  ladder: LadderInput;
  /** Plain text for a support ticket, with site paths for links. */
  summary: string;
}

const LOCAL = '(local)';
const REMOTE = '(remote)';

const partyId = (ep: Endpoint) => {
  const host = ep.host.toLowerCase();
  return ep.port && ep.port !== 5060 && ep.port !== 5061
    ? `${host.includes(':') ? `[${host}]` : host}:${ep.port}`
    : host;
};

/** The label of a message in the ladder: the method, or the status line. */
export const messageLabel = (m: SipMessage) =>
  m.kind === 'request' ? m.method! : `${m.status}${m.reason ? ` ${m.reason}` : ''}`;

/** Explains a pasted text. Never throws; a text without SIP gives an analysis with a note saying so. */
export function analyze(text: string): Analysis {
  return analyzeParsed(parseTrace(text));
}

/** Explains what a TraceReader found (for chunked reading). */
export function analyzeParsed(parsed: ParseResult): Analysis {
  try {
    return build(parsed);
  } catch {
    // Never leave the page without an answer: report what the reader found, without explanations.
    const messages = parsed.messages;
    return {
      found: {
        messages: messages.length,
        requests: 0,
        responses: 0,
        dialogs: 0,
        transactions: 0,
        formats: parsed.formats,
        lines: parsed.lines,
        otherLines: parsed.otherLines,
      },
      messages,
      routes: [],
      parties: [],
      dialogs: [],
      transactions: [],
      explanations: [],
      notes: [{ id: 'none', level: 'error', text: t('analyze.note.failed') }],
      ladder: { parties: [], steps: [] },
      summary: t('analyze.note.failed'),
    };
  }
}

function build(parsed: ParseResult): Analysis {
  const messages = parsed.messages;
  const { transactions, dialogs } = group(messages);
  const txOf = new Map<number, Transaction>();
  for (const tx of transactions) for (const i of [...tx.requests, ...tx.responses]) txOf.set(i, tx);

  const routes = routeAll(messages, txOf);
  const parties = partiesOf(messages, routes);
  const verdictDialog = pickDialog(dialogs, messages);
  const explanations: Explanation[] = [];
  let verdict: Verdict | undefined;
  let media: Analysis['media'];

  const publicSeen =
    messages.some((m) => [m.src, m.dst, m.peer].some((ep) => ep && classifyAddress(ep.host).kind === 'public')) ||
    messages.some((m) =>
      vias(m).some((v) => v.params.received && classifyAddress(v.params.received).kind === 'public'),
    );

  const summaryOnly = (m: SipMessage) => m.problems.includes('summary-only');
  if (verdictDialog && verdictDialog.decisive !== undefined && summaryOnly(messages[verdictDialog.decisive])) {
    const res = messages[verdictDialog.decisive];
    const tx = txOf.get(res.index);
    verdict = makeVerdict(
      verdictDialog,
      res,
      tx?.request !== undefined ? messages[tx.request] : undefined,
      [],
      messages,
    );
  } else if (verdictDialog && verdictDialog.decisive !== undefined) {
    const res = messages[verdictDialog.decisive];
    const tx = txOf.get(res.index);
    const req = tx?.request !== undefined ? messages[tx.request] : undefined;
    const d = verdictDialog;
    const status = res.status ?? 0;

    const txs = d.transactions.map((i) => transactions[i]);
    const statuses = txs.map((x) => (x.final !== undefined ? messages[x.final].status : undefined));
    const retriedTooShort = status === 423 && statuses.filter((s) => s === 423).length >= 2;

    explanations.push(...explainMinExpires(res, req, retriedTooShort));
    explanations.push(...explainSessionTimer(res, req));
    explanations.push(...explainWarnings(res));
    explanations.push(...explainReasons(res, status));
    if (d.endedBy !== undefined && d.endedBy !== res.index)
      explanations.push(...explainReasons(messages[d.endedBy], status === 487 ? 487 : undefined));
    explanations.push(...explainRetryAfter(res));
    explanations.push(...explainOptionTags(res, req));
    explanations.push(...explainAllowAccept(res, req));
    if (status === 401 || status === 407) {
      const repeated = authRepeated(d, transactions, messages);
      const challenge = explainChallenge(res, req);
      if (repeated) {
        explanations.push(repeated);
        // The repeated challenge names the cause; the challenge itself only gives the details.
        for (const c of challenge) if (c.cause?.id !== 'stale-nonce') delete c.cause;
      }
      explanations.push(...challenge);
    }
    explanations.push(...explainMaxForwards(res, req));
    explanations.push(...explainIdentity(req, status));

    // Media: the offer and the answer of the call, side by side.
    if (d.kind === 'call') {
      const cmp = mediaOf(d, transactions, messages, res);
      if (cmp) {
        const failed = status === 488 || status === 606 || status === 415 || (cmp.answer !== undefined && !cmp.common);
        media = { ...cmp, failed };
        if (failed) explanations.push(mediaExplanation(cmp, res, messages));
        for (const idx of [cmp.offer, cmp.answer]) {
          if (idx === undefined) continue;
          const sdp = parseSdp(messages[idx].body);
          const address =
            sdp?.media.find((m) => m.address && isNonPublic(m.address))?.address ??
            (sdp?.address && isNonPublic(sdp.address) ? sdp.address : undefined);
          if (address) explanations.push(explainSdpAddress(messages[idx], address, status, publicSeen));
        }
      }
    }
    explanations.push(...explainVia(res, req));
    if (req) explanations.push(...explainContact(req, status, publicSeen));
    explanations.push(...explainProducts(res, req));

    explanations.sort((a, b) => b.weight - a.weight);
    verdict = makeVerdict(d, res, req, explanations, messages);
  }

  const notes = notesOf(parsed, messages, dialogs, transactions, verdict);
  const labelOf = new Map(parties.map((p) => [p.id, p.label]));
  const ladder: LadderInput = {
    parties: parties.map((p) => p.label),
    steps: messages.map((m, i) => ({
      from: labelOf.get(routes[i].from) ?? routes[i].from,
      to: labelOf.get(routes[i].to) ?? routes[i].to,
      label: messageLabel(m) + (m.retransmission ? ` ${t('analyze.ladder.again')}` : ''),
      detail: m.time,
    })),
  };
  const analysis: Analysis = {
    found: {
      messages: messages.length,
      requests: messages.filter((m) => m.kind === 'request').length,
      responses: messages.filter((m) => m.kind === 'response').length,
      dialogs: dialogs.length,
      transactions: transactions.length,
      formats: parsed.formats,
      lines: parsed.lines,
      otherLines: parsed.otherLines,
    },
    messages,
    routes,
    parties,
    dialogs,
    transactions,
    verdict,
    explanations,
    media,
    notes,
    ladder,
    summary: '',
  };
  analysis.summary = summarize(analysis);
  return analysis;
}

// --- Lanes ---

function topViaEndpoint(m: SipMessage): Endpoint | undefined {
  const v = vias(m)[0];
  return v ? { host: v.host, port: v.port } : undefined;
}

function uriEndpoint(text: string | undefined): Endpoint | undefined {
  if (!text) return undefined;
  const u = parseUri(text);
  return u?.host ? { host: u.host, port: u.port } : undefined;
}

function routeAll(messages: SipMessage[], txOf: Map<number, Transaction>): Route[] {
  const routes: Route[] = [];
  for (const m of messages) {
    let r: Route | undefined;
    if (m.src && m.dst) r = { from: partyId(m.src), to: partyId(m.dst) };
    else if (m.direction) {
      const remote = m.peer ? partyId(m.peer) : REMOTE;
      r = m.direction === 'in' ? { from: remote, to: LOCAL } : { from: LOCAL, to: remote };
    } else if (m.kind === 'request') {
      const from = topViaEndpoint(m);
      const to = uriEndpoint(m.uri) ?? uriEndpoint(parseNameAddr(headerValue(m, 'To') ?? '').uriText);
      r = { from: from ? partyId(from) : REMOTE, to: to ? partyId(to) : REMOTE };
    } else {
      const tx = txOf.get(m.index);
      const req = tx?.request;
      if (req !== undefined && req < m.index && routes[req]) r = { from: routes[req].to, to: routes[req].from };
      else {
        const to = topViaEndpoint(m);
        const from = uriEndpoint(parseNameAddr(headerValue(m, 'To') ?? '').uriText);
        r = { from: from ? partyId(from) : REMOTE, to: to ? partyId(to) : REMOTE };
      }
    }
    if (r.from === r.to && r.from === REMOTE)
      r = m.kind === 'request' ? { from: LOCAL, to: REMOTE } : { from: REMOTE, to: LOCAL };
    routes.push(r);
  }
  return routes;
}

function partiesOf(messages: SipMessage[], routes: Route[]): Party[] {
  const parties: Party[] = [];
  const byId = new Map<string, Party>();
  const browser = messages.some((m) => m.format === 'jssip' || m.format === 'sipjs');
  const add = (id: string) => {
    let p = byId.get(id);
    if (!p) {
      const label =
        id === LOCAL
          ? t(browser ? 'analyze.lane.browser' : 'analyze.lane.local')
          : id === REMOTE
            ? t('analyze.lane.remote')
            : id;
      p = { id, label, local: id === LOCAL, products: [] };
      byId.set(id, p);
      parties.push(p);
    }
    return p;
  };
  messages.forEach((m, i) => {
    const from = add(routes[i].from);
    add(routes[i].to);
    const product = headerValue(m, m.kind === 'request' ? 'User-Agent' : 'Server') ?? headerValue(m, 'User-Agent');
    if (product && from.products.length < 3 && !from.products.includes(clip(product, 80)))
      from.products.push(clip(product, 80));
  });
  return parties;
}

// --- The dialog that matters ---

function pickDialog(dialogs: Dialog[], messages: SipMessage[]): Dialog | undefined {
  const decided = dialogs.filter((d) => d.decisive !== undefined);
  const status = (d: Dialog) => messages[d.decisive!].status ?? 0;
  const latest = (list: Dialog[]) =>
    list.reduce<Dialog | undefined>((best, d) => (!best || d.decisive! > best.decisive! ? d : best), undefined);
  const main = (d: Dialog) => d.kind === 'call' || d.kind === 'registration';
  const failing = decided.filter((d) => status(d) >= 300 && d.outcome !== 'cancelled');
  return (
    latest(failing.filter(main)) ??
    latest(failing) ??
    latest(decided.filter((d) => d.kind === 'call')) ??
    latest(decided.filter(main)) ??
    latest(decided)
  );
}

function makeVerdict(
  d: Dialog,
  res: SipMessage,
  req: SipMessage | undefined,
  explanations: Explanation[],
  messages: SipMessage[],
): Verdict {
  const code = res.status ?? 0;
  const reg = registered(code) ?? historicCode(code);
  const page = pageFor(code);
  const method = req?.method ?? res.cseq?.method ?? '';
  const pin = explanations.find((e) => e.cause && e.cause.code === page);
  const reason = res.reason || reg?.reason || '';
  const outcome = d.outcome;
  const kind = d.kind === 'registration' ? 'registration' : d.kind === 'call' ? 'call' : 'request';
  let plain: string;
  if (outcome === 'ended')
    plain = t('analyze.verdict.ended', { by: d.endedBy !== undefined ? messageLabel(messages[d.endedBy]) : 'BYE' });
  else if (outcome === 'answered') plain = t('analyze.verdict.answered');
  else if (outcome === 'cancelled') plain = t('analyze.verdict.cancelled');
  else if (outcome === 'registered') plain = t('analyze.verdict.registered');
  else if (outcome === 'unregistered') plain = t('analyze.verdict.unregistered');
  else if (outcome === 'succeeded') plain = t('analyze.verdict.succeeded', { method });
  else if (outcome === 'pending') plain = t('analyze.verdict.pending', { method });
  else if (
    (code === 401 || code === 407) &&
    !explanations.some((e) => e.id === 'auth-repeated') &&
    !explanations.some((e) => e.id === 'challenge' && e.cause?.id === 'stale-nonce')
  )
    plain = t(
      req && (headerValue(req, 'Authorization') ?? headerValue(req, 'Proxy-Authorization'))
        ? 'analyze.verdict.challengedAgain'
        : 'analyze.verdict.challenged',
    );
  else plain = t(`analyze.verdict.failed.${kind}`, { code, reason });
  let precise = t('analyze.verdict.precise', { method: method || '?', code, reason, n: res.index + 1 });
  if (!reg) {
    const c = pageFor(code);
    precise += ` ${c ? t('analyze.verdict.unknown', { code, fallback: c }) : t('analyze.verdict.invalid', { code })}`;
  } else precise += ` ${t('analyze.verdict.registeredIn', { rfc: reg.rfc })}`;
  const v: Verdict = {
    message: res.index,
    dialog: d.id,
    code,
    reason,
    method,
    outcome,
    known: !!reg,
    plain,
    precise,
  };
  if (req) v.request = req.index;
  if (page !== undefined && hasPage(page)) {
    v.page = page;
    v.link = paths.code(page);
  }
  if (pin?.cause && v.page === pin.cause.code) v.cause = { id: pin.cause.id, link: pin.cause.link };
  if (d.endedBy !== undefined) v.endedBy = d.endedBy;
  return v;
}

// --- A challenge repeated after credentials ---

function authRepeated(d: Dialog, transactions: Transaction[], messages: SipMessage[]): Explanation | undefined {
  const txs = d.transactions.map((i) => transactions[i]).filter((x) => x.final !== undefined && x.method !== 'ACK');
  for (let i = 0; i < txs.length; i++) {
    const first = messages[txs[i].final!];
    if (first.status !== 401 && first.status !== 407) continue;
    const challengeHeader = first.status === 407 ? 'Proxy-Authenticate' : 'WWW-Authenticate';
    const credHeader = first.status === 407 ? 'Proxy-Authorization' : 'Authorization';
    for (let j = i + 1; j < txs.length; j++) {
      const attempt = txs[j].request !== undefined ? messages[txs[j].request!] : undefined;
      const again = messages[txs[j].final!];
      const cred = attempt
        ? (headerValue(attempt, credHeader) ??
          headerValue(attempt, first.status === 407 ? 'Authorization' : 'Proxy-Authorization'))
        : undefined;
      if (!attempt || !cred) continue;
      if (again.status !== 401 && again.status !== 407) break;
      const challenge = parseChallenge(
        headerValue(again, challengeHeader) ?? headerValue(first, challengeHeader) ?? '',
      );
      if (/^true$/i.test(challenge.params.stale ?? '')) break;
      const realm = parseChallenge(headerValue(first, challengeHeader) ?? '').params.realm ?? '';
      const sent = parseChallenge(cred).params;
      const sentRealm = sent.realm ?? '';
      const username = sent.username ?? '';
      const fromUser = parseNameAddr(headerValue(attempt, 'From') ?? '').uri?.user ?? '';
      const realmDiffers = !!realm && !!sentRealm && realm !== sentRealm;
      const userDiffers = !!username && !!fromUser && username !== fromUser;
      let precise = t('analyze.auth.precise', {
        first: first.index + 1,
        attempt: attempt.index + 1,
        again: again.index + 1,
        header: credHeader,
        username: username || '–',
        sentRealm: sentRealm || '–',
        realm: realm || '–',
      });
      if (realmDiffers) precise += ` ${t('analyze.auth.precise.realm')}`;
      if (userDiffers) precise += ` ${t('analyze.auth.precise.user', { username, user: fromUser })}`;
      const code = again.status!;
      const cause: [number, string] =
        code === 407
          ? [407, realmDiffers ? 'realm-mismatch' : 'wrong-credentials']
          : [401, userDiffers && !realmDiffers ? 'auth-username' : 'wrong-password'];
      return explanation({
        id: 'auth-repeated',
        header: credHeader,
        value: cred.replace(/response="[^"]*"/i, 'response="…"'),
        message: again,
        plain: realmDiffers ? t('analyze.auth.plain.realm', { sent: sentRealm, realm }) : t('analyze.auth.plain'),
        precise,
        refs: [
          { rfc: 3261, section: '22.1' },
          { rfc: 3261, section: '22.4' },
        ],
        facts: [
          { label: t('analyze.fact.username'), value: username || '–' },
          { label: t('analyze.fact.sentRealm'), value: sentRealm || '–' },
          { label: t('analyze.fact.realm'), value: realm || '–' },
          { label: t('analyze.fact.fromUser'), value: fromUser || '–' },
        ],
        cause,
        weight: 3,
      });
    }
  }
  return undefined;
}

// --- Media ---

const hasSdp = (m: SipMessage) => /(^|\n)\s*v=0/.test(m.body) && /(^|\n)\s*m=/.test(m.body);

function mediaOf(
  d: Dialog,
  transactions: Transaction[],
  messages: SipMessage[],
  res: SipMessage,
): MediaComparison | undefined {
  const invites = d.transactions.map((i) => transactions[i]).filter((x) => x.method === 'INVITE');
  // The INVITE transaction of the verdict first, else the last INVITE with an offer.
  const ordered = [...invites].sort(
    (a, b) => Number(b.final === res.index) - Number(a.final === res.index) || b.id - a.id,
  );
  for (const tx of ordered) {
    const req = tx.request !== undefined ? messages[tx.request] : undefined;
    if (req && hasSdp(req)) {
      const offer = parseSdp(req.body)!;
      const answerMsg = tx.responses
        .map((i) => messages[i])
        .filter((m) => hasSdp(m))
        .pop();
      const answer = answerMsg ? parseSdp(answerMsg.body) : undefined;
      // A session description in a 488 or 606 lists what the other side can do (RFC 3261 section 21.4.26).
      return compareSdp(offer, answer, req.index, answerMsg?.index, (answerMsg?.status ?? 0) >= 300);
    }
    // Late offer: the offer in the 2xx, the answer in the ACK.
    const offerMsg = tx.responses.map((i) => messages[i]).find((m) => hasSdp(m));
    if (offerMsg) {
      const ack = tx.ack !== undefined ? messages[tx.ack] : undefined;
      return compareSdp(
        parseSdp(offerMsg.body)!,
        ack && hasSdp(ack) ? parseSdp(ack.body) : undefined,
        offerMsg.index,
        ack && hasSdp(ack) ? ack.index : undefined,
      );
    }
  }
  return undefined;
}

function mediaExplanation(cmp: MediaComparison, res: SipMessage, messages: SipMessage[]): Explanation {
  const voice = (c: { codec: string }) => !/^(telephone-event|cn|red|ulpfec|flexfec|rtx)\b/i.test(c.codec);
  const offered = [
    ...new Set(cmp.rows.flatMap((r) => r.codecs.filter((c) => c.offered && voice(c)).map((c) => c.codec))),
  ];
  const answered = [
    ...new Set(cmp.rows.flatMap((r) => r.codecs.filter((c) => c.answered && voice(c)).map((c) => c.codec))),
  ];
  const status = res.status ?? 0;
  const p = cmp.problems;
  const encrypted = cmp.rows.some((r) => r.offered?.encrypted);
  let cause: [number, string] | undefined;
  if (status === 488 || status === 606) {
    if (p.includes('srtp-mismatch')) cause = [status, status === 488 ? 'srtp-mismatch' : 'encryption-mismatch'];
    else if (p.includes('t38') && status === 488) cause = [488, 't38-fax'];
    else if (p.includes('ip-version') && status === 488) cause = [488, 'ip-version'];
    else if (p.includes('no-common-codec')) cause = [status, 'no-common-codec'];
  }
  const plain =
    cmp.answer === undefined
      ? t(encrypted ? 'analyze.media.plain.noAnswerEncrypted' : 'analyze.media.plain.noAnswer', {
          offered: offered.join(', ') || '–',
        })
      : p.includes('srtp-mismatch')
        ? t('analyze.media.plain.encryption')
        : t(cmp.common ? 'analyze.media.plain.common' : 'analyze.media.plain.none', {
            offered: offered.join(', ') || '–',
            answered: answered.join(', ') || '–',
          });
  const lines = cmp.rows.map((r) =>
    t('analyze.media.precise.row', {
      media: r.media || '?',
      offer: r.offered ? `${r.offered.proto} ${r.offered.codecs.join(' ')}` : '–',
      answer: r.answered
        ? `${r.answered.port === 0 ? t('analyze.media.rejected') : `${r.answered.proto} ${r.answered.codecs.join(' ')}`}`
        : '–',
    }),
  );
  return explanation({
    id: 'media',
    header: 'SDP',
    value: '',
    message: messages[cmp.offer],
    plain,
    precise: `${t('analyze.media.precise', { offer: cmp.offer + 1, answer: cmp.answer !== undefined ? cmp.answer + 1 : '–' })} ${lines.join(' ')}`,
    refs: [
      { rfc: 3264, section: '6' },
      { rfc: 3261, section: '21.4.26' },
    ],
    facts: [
      { label: t('analyze.fact.offered'), value: offered.join(', ') || '–' },
      { label: t('analyze.fact.answered'), value: answered.join(', ') || '–' },
    ],
    cause,
    weight: cause ? 3 : 2,
  });
}

// --- Notes: what was found and what was not ---

function notesOf(
  parsed: ParseResult,
  messages: SipMessage[],
  dialogs: Dialog[],
  transactions: Transaction[],
  verdict: Verdict | undefined,
): Note[] {
  const notes: Note[] = [];
  const requests = messages.filter((m) => m.kind === 'request').length;
  const responses = messages.length - requests;
  if (messages.length === 0) {
    notes.push({
      id: 'none',
      level: 'error',
      text:
        parsed.lines === 0 || parsed.chars === 0
          ? t('analyze.note.empty')
          : t('analyze.note.none', { lines: parsed.lines }),
    });
  } else {
    const formats = parsed.formats.map((f) => t(`analyze.format.${f}`)).join(', ');
    notes.push({
      id: 'found',
      level: 'info',
      text: t(messages.length === 1 ? 'analyze.note.foundOne' : 'analyze.note.found', {
        n: messages.length,
        requests,
        responses,
        dialogs: dialogs.length,
        formats,
      }),
    });
  }
  if (parsed.binaryLines > 0)
    notes.push({ id: 'binary', level: 'warning', text: t('analyze.note.binary', { n: parsed.binaryLines }) });
  if (parsed.truncated)
    notes.push({
      id: 'truncated',
      level: 'warning',
      text: t('analyze.note.truncated', { mb: Math.round(parsed.chars / 1048576) }),
    });
  if (parsed.longLines > 0)
    notes.push({ id: 'long-lines', level: 'info', text: t('analyze.note.longLines', { n: parsed.longLines }) });
  if (messages.length > 0 && parsed.otherLines > 0)
    notes.push({ id: 'other-lines', level: 'info', text: t('analyze.note.otherLines', { n: parsed.otherLines }) });
  const each = (
    id: NoteId,
    level: Note['level'],
    test: (m: SipMessage) => boolean,
    text: (m: SipMessage) => string,
    max = 3,
  ) => {
    let n = 0;
    for (const m of messages) if (test(m) && n++ < max) notes.push({ id, level, text: text(m), message: m.index });
  };
  each(
    'cut-in-headers',
    'warning',
    (m) => m.problems.includes('cut-in-headers'),
    (m) => t('analyze.note.cut', { n: m.index + 1, label: messageLabel(m) }),
  );
  each(
    'body-short',
    'warning',
    (m) => m.problems.includes('body-short'),
    (m) => t('analyze.note.bodyShort', { n: m.index + 1, label: messageLabel(m) }),
  );
  each(
    'bad-content-length',
    'warning',
    (m) => m.problems.includes('bad-content-length'),
    (m) => t('analyze.note.badLength', { n: m.index + 1 }),
  );
  each(
    'missing-headers',
    'warning',
    (m) => m.missing.length > 0 && !m.problems.includes('cut-in-headers') && m.headers.length > 0,
    (m) => t('analyze.note.missing', { n: m.index + 1, label: messageLabel(m), headers: m.missing.join(', ') }),
  );
  each(
    'no-call-id',
    'warning',
    (m) => m.headers.length === 0 && !m.problems.includes('summary-only'),
    (m) => t('analyze.note.noHeaders', { n: m.index + 1, label: messageLabel(m) }),
    1,
  );
  const seenCodes = new Set<number>();
  for (const m of messages) {
    if (m.kind !== 'response' || m.status === undefined || seenCodes.has(m.status)) continue;
    seenCodes.add(m.status);
    if (m.status < 100 || m.status > 699)
      notes.push({
        id: 'invalid-code',
        level: 'warning',
        text: t('analyze.note.invalidCode', { code: m.status }),
        message: m.index,
      });
    else if (!registered(m.status) && !historicCode(m.status))
      notes.push({
        id: 'unknown-code',
        level: 'warning',
        text: t('analyze.note.unknownCode', { code: m.status, fallback: pageFor(m.status) ?? '' }),
        message: m.index,
      });
  }
  if (messages.some((m) => m.problems.includes('summary-only')))
    notes.push({ id: 'summary-only', level: 'info', text: t('analyze.note.summaryOnly') });
  if (messages.some((m) => m.problems.includes('wrapped')))
    notes.push({ id: 'wrapped', level: 'info', text: t('analyze.note.wrapped') });
  if (messages.some((m) => m.problems.includes('lost-line-breaks')))
    notes.push({ id: 'lost-line-breaks', level: 'info', text: t('analyze.note.lostBreaks') });
  if (messages.length > 0) {
    if (responses === 0) notes.push({ id: 'only-requests', level: 'warning', text: t('analyze.note.onlyRequests') });
    else if (requests === 0) notes.push({ id: 'only-responses', level: 'info', text: t('analyze.note.onlyResponses') });
    if (!verdict || verdict.outcome === 'pending') {
      const open = transactions.filter((x) => x.final === undefined && x.request !== undefined && x.method !== 'ACK');
      if (open.length || !verdict) notes.push({ id: 'no-final', level: 'warning', text: t('analyze.note.noFinal') });
    }
  }
  return notes;
}
