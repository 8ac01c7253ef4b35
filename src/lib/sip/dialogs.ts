/**
 * Groups messages into transactions (RFC 3261 section 17: top Via branch and CSeq method; an
 * ACK to a failure shares the INVITE's branch) and dialogs (section 12: Call-ID and tags), in
 * the order they appear, and says how each dialog ended.
 */
import type { SipMessage } from './types.ts';

export interface Transaction {
  id: number;
  dialog: number;
  /** CSeq method (the request's method). */
  method: string;
  cseq?: number;
  branch?: string;
  /** First copy of the request, when the trace holds it. */
  request?: number;
  /** Every copy of the request (retransmissions included). */
  requests: number[];
  responses: number[];
  /** The first final response (200-699). */
  final?: number;
  /** The ACK of a failed INVITE (same branch), or of a 2xx (same CSeq number). */
  ack?: number;
  /** The CANCEL sent for this INVITE. */
  cancel?: number;
}

export type DialogKind = 'call' | 'registration' | 'subscription' | 'message' | 'options' | 'other';

/**
 * How a dialog ended, as far as the trace shows:
 * - answered: a 2xx to the INVITE, no BYE seen; ended: answered then BYE;
 * - cancelled: CANCEL, then 487 (or no final answer);
 * - failed: the last attempt got 3xx-6xx;
 * - registered / unregistered: a 2xx to REGISTER (Expires 0 removes the binding);
 * - succeeded: a 2xx to another request;
 * - pending: no final response to the last attempt.
 */
export type DialogOutcome =
  'answered' | 'ended' | 'cancelled' | 'failed' | 'registered' | 'unregistered' | 'succeeded' | 'pending';

export interface Dialog {
  id: number;
  callId: string;
  kind: DialogKind;
  /** Method of the first request (or of the first CSeq seen). */
  method: string;
  tags: string[];
  messages: number[];
  transactions: number[];
  outcome: DialogOutcome;
  /** The response that decided the outcome (the final response of the last attempt). */
  decisive?: number;
  /** The BYE or CANCEL that ended the call. */
  endedBy?: number;
}

const KIND: Record<string, DialogKind> = {
  INVITE: 'call',
  REGISTER: 'registration',
  SUBSCRIBE: 'subscription',
  NOTIFY: 'subscription',
  PUBLISH: 'subscription',
  MESSAGE: 'message',
  OPTIONS: 'options',
};

const methodOf = (m: SipMessage) => (m.kind === 'request' ? m.method! : (m.cseq?.method ?? ''));

/** Groups the messages. */
export function group(messages: SipMessage[]): { transactions: Transaction[]; dialogs: Dialog[] } {
  const transactions: Transaction[] = [];
  const dialogs: Dialog[] = [];
  const txByKey = new Map<string, Transaction>();
  const dialogsByCall = new Map<string, Dialog[]>();

  const dialogFor = (m: SipMessage): Dialog => {
    // Without Call-ID (a packet list), the pair of hosts stands for the conversation.
    const callId = m.callId ?? (m.src && m.dst ? `(${[m.src.host, m.dst.host].sort().join(' ')})` : '');
    const list = dialogsByCall.get(callId) ?? [];
    if (!dialogsByCall.has(callId)) dialogsByCall.set(callId, list);
    const method = methodOf(m);
    let d: Dialog | undefined;
    if (!m.callId) d = list.find((x) => x.kind === (KIND[method] ?? 'other')) ?? list[0];
    else if (method === 'REGISTER') d = list.find((x) => x.kind === 'registration');
    else
      d =
        list.find((x) => (m.fromTag && x.tags.includes(m.fromTag)) || (m.toTag && x.tags.includes(m.toTag))) ??
        list.find((x) => x.tags.length === 0);
    if (!d) {
      d = {
        id: dialogs.length,
        callId: m.callId ?? '',
        kind: KIND[method] ?? 'other',
        method: method || '?',
        tags: [],
        messages: [],
        transactions: [],
        outcome: 'pending',
      };
      dialogs.push(d);
      list.push(d);
    }
    if (method !== 'REGISTER')
      for (const tag of [m.fromTag, m.toTag]) if (tag && !d.tags.includes(tag)) d.tags.push(tag);
    d.messages.push(m.index);
    return d;
  };

  const newTx = (d: Dialog, key: string, m: SipMessage, method: string): Transaction => {
    const tx: Transaction = {
      id: transactions.length,
      dialog: d.id,
      method,
      cseq: m.cseq?.num,
      branch: m.branch,
      requests: [],
      responses: [],
    };
    transactions.push(tx);
    txByKey.set(key, tx);
    d.transactions.push(tx.id);
    return tx;
  };

  for (const m of messages) {
    const d = dialogFor(m);
    const method = methodOf(m);
    const base = `${m.callId ?? ''}\n${m.branch ?? ''}\n${m.cseq?.num ?? ''}\n`;
    if (m.kind === 'request') {
      if (method === 'ACK') {
        const invite =
          txByKey.get(`${base}INVITE`) ??
          transactions.find((t) => t.dialog === d.id && t.method === 'INVITE' && t.cseq === m.cseq?.num);
        if (invite && invite.ack === undefined) {
          invite.ack = m.index;
          continue;
        }
      }
      const key = `${base}${method}`;
      let tx = m.cseq || m.branch ? txByKey.get(key) : undefined;
      if (tx && tx.requests.length > 0 && messages[tx.requests[0]].startLine === m.startLine) m.retransmission = true;
      else if (!tx || tx.requests.length > 0) tx = newTx(d, key, m, method);
      tx.requests.push(m.index);
      tx.request ??= m.index;
      if (method === 'CANCEL') {
        const invite = txByKey.get(`${base}INVITE`);
        if (invite) invite.cancel = m.index;
      }
    } else {
      let tx = m.cseq ? txByKey.get(`${base}${method}`) : undefined;
      // Without CSeq (a packet list), a response answers the latest open request going the other way.
      if (!tx && !m.cseq)
        tx = [...transactions]
          .reverse()
          .find((t) => t.final === undefined && t.request !== undefined && reverseOf(messages[t.request], m));
      if (!tx) tx = newTx(d, `${base}${method}`, m, method);
      if (tx.responses.some((r) => messages[r].status === m.status && messages[r].startLine === m.startLine))
        m.retransmission = true;
      tx.responses.push(m.index);
      if (m.status !== undefined && m.status >= 200 && tx.final === undefined) tx.final = m.index;
    }
  }
  for (const d of dialogs) decide(d, transactions, messages);
  return { transactions, dialogs };
}

const reverseOf = (req: SipMessage, res: SipMessage) =>
  !req.src || !res.src || !req.dst || !res.dst || (req.src.host === res.dst.host && req.dst.host === res.src.host);

/** Sets a dialog's outcome and the response that decided it. */
function decide(d: Dialog, transactions: Transaction[], messages: SipMessage[]) {
  const txs = d.transactions.map((i) => transactions[i]);
  const primary = txs.filter((t) => t.method === d.method);
  const attempts = primary.length > 0 ? primary : txs;
  // The last attempt that got a final response decides; earlier ones were retried (auth, 423, 422).
  const answered = [...attempts].reverse().find((t) => t.final !== undefined);
  const last = attempts[attempts.length - 1];
  const statusOf = (t?: Transaction) => (t?.final !== undefined ? messages[t.final].status : undefined);
  const bye = txs.find((t) => t.method === 'BYE');
  const cancel = txs.find((t) => t.method === 'CANCEL');
  if (d.kind === 'call') {
    const ok = attempts.find((t) => (statusOf(t) ?? 0) >= 200 && (statusOf(t) ?? 0) < 300);
    if (ok) {
      d.decisive = ok.final;
      d.outcome = bye ? 'ended' : 'answered';
      if (bye) d.endedBy = bye.request ?? bye.final;
      return;
    }
    if (cancel) {
      d.endedBy = cancel.request;
      d.outcome = 'cancelled';
      d.decisive = answered?.final;
      return;
    }
  }
  if (!answered || (last && last.final === undefined && last !== answered)) {
    d.outcome = 'pending';
    d.decisive = answered?.final;
    return;
  }
  d.decisive = answered.final;
  const status = statusOf(answered) ?? 0;
  if (status >= 300) d.outcome = 'failed';
  else if (d.kind === 'registration') {
    const res = messages[answered.final!];
    const req = answered.request !== undefined ? messages[answered.request] : undefined;
    const expires = (m?: SipMessage) => m?.headers.find((h) => h.name === 'Expires')?.value.trim();
    const contact = req?.headers.find((h) => h.name === 'Contact')?.value ?? '';
    d.outcome =
      expires(req) === '0' ||
      /;\s*expires\s*=\s*0\b/i.test(contact) ||
      (res.headers.every((h) => h.name !== 'Contact') && expires(req) === '0')
        ? 'unregistered'
        : 'registered';
  } else d.outcome = 'succeeded';
}
