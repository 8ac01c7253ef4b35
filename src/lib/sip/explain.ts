/**
 * One explanation per header field that says why a response happened: first in plain words,
 * then precisely (header, values, RFC sections). Facts come from the RFCs in
 * shared/reference/rfc and the project's data tables (Warning codes, Q.850 causes with the
 * RFC 3398 mapping, Asterisk and FreeSWITCH hangup causes, the IANA registry).
 */
import { isupToSip, causeName } from '../../data/isup.ts';
import { pbxCauses } from '../../data/pbx-causes.ts';
import { registered } from '../../data/iana.ts';
import { warningCode } from '../../data/warning-codes.ts';
import { t, type StringKey } from '../../i18n/index.ts';
import { causeLink } from './causes.ts';
import {
  leadingInt,
  parseChallenge,
  parseNameAddr,
  parseParams,
  parseVia,
  splitList,
  tokens,
  type ViaEntry,
} from './headers.ts';
import { classifyAddress, isNonPublic } from './net.ts';
import type { SipMessage } from './types.ts';

export interface Ref {
  rfc: number;
  section?: string;
}

/** A labelled value the page can show as a definition list (realm, algorithm...). */
export interface Fact {
  label: string;
  value: string;
}

export interface Explanation {
  /** Stable id of the kind of explanation ("min-expires", "warning", "auth-repeated"...). */
  id: string;
  /** The header field it reads ("Min-Expires"); empty for findings across several messages. */
  header: string;
  /** The header value as sent (cut to 300 characters; plain text, never markup). */
  value: string;
  /** The message it comes from. */
  message: number;
  /** In plain words, for anyone. */
  plain: string;
  /** Precisely, for engineers: header, values, sections. */
  precise: string;
  refs: Ref[];
  facts: Fact[];
  /** A cause on a code page that this header pinpoints: "/423/#cause-expiry-too-short". */
  cause?: { code: number; id: string; link: string };
  /** How strongly it explains the outcome: 3 pinpoints the cause, 2 explains, 1 context. */
  weight: 1 | 2 | 3;
}

export const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const headerValues = (m: SipMessage | undefined, name: string) =>
  m ? m.headers.filter((h) => h.name === name).map((h) => h.value) : [];
export const headerValue = (m: SipMessage | undefined, name: string) => headerValues(m, name)[0];

/** "2 minutes", "1 hour", "45 seconds": a number of seconds in words. */
export function duration(seconds: number): string {
  if (seconds >= 86400 && seconds % 3600 === 0)
    return t(seconds === 86400 ? 'analyze.unit.day' : 'analyze.unit.days', { n: +(seconds / 86400).toFixed(1) });
  if (seconds >= 3600)
    return t(seconds === 3600 ? 'analyze.unit.hour' : 'analyze.unit.hours', { n: +(seconds / 3600).toFixed(1) });
  if (seconds >= 60)
    return t(seconds === 60 ? 'analyze.unit.minute' : 'analyze.unit.minutes', { n: +(seconds / 60).toFixed(1) });
  return t(seconds === 1 ? 'analyze.unit.second' : 'analyze.unit.seconds', { n: seconds });
}

const refText = (refs: Ref[]) =>
  refs
    .map((r) =>
      r.section ? t('analyze.ref.section', { rfc: r.rfc, section: r.section }) : t('analyze.ref.rfc', { rfc: r.rfc }),
    )
    .join(', ');

interface Draft {
  id: string;
  header: string;
  value?: string;
  message: SipMessage;
  plain: string;
  precise: string;
  refs?: Ref[];
  facts?: Fact[];
  cause?: [number, string];
  weight: 1 | 2 | 3;
}

/** Builds an explanation; a cause is kept only where the code page has it. */
export function explanation(d: Draft): Explanation {
  const refs = d.refs ?? [];
  const e: Explanation = {
    id: d.id,
    header: d.header,
    value: clip(d.value ?? ''),
    message: d.message.index,
    plain: d.plain,
    precise: refs.length ? `${d.precise} ${t('analyze.ref.see', { refs: refText(refs) })}` : d.precise,
    refs,
    facts: (d.facts ?? []).map((f) => ({ label: f.label, value: clip(f.value, 200) })),
    weight: d.weight,
  };
  if (d.cause) {
    const link = causeLink(d.cause[0], d.cause[1]);
    if (link) e.cause = { code: d.cause[0], id: d.cause[1], link };
  }
  return e;
}

// --- Warning (RFC 3261 section 20.43, RFC 5630 section 9) ---

function warningPlainKey(code: number): StringKey {
  if (code >= 300 && code <= 307)
    return code === 304
      ? 'analyze.warning.plain.mediaType'
      : code === 305
        ? 'analyze.warning.plain.codec'
        : 'analyze.warning.plain.sdp';
  if (code === 330 || code === 331) return 'analyze.warning.plain.network';
  if (code === 370) return 'analyze.warning.plain.bandwidth';
  if (code === 380 || code === 381) return 'analyze.warning.plain.sips';
  return 'analyze.warning.plain.note';
}

export function explainWarnings(res: SipMessage): Explanation[] {
  const out: Explanation[] = [];
  for (const value of headerValues(res, 'Warning')) {
    for (const item of splitList(value).slice(0, 5)) {
      const m = /^(\d{3})\s+(\S+)\s+"((?:[^"\\]|\\.)*)"?/.exec(item.slice(0, 1000));
      if (!m) {
        out.push(
          explanation({
            id: 'warning',
            header: 'Warning',
            value: item,
            message: res,
            plain: t('analyze.warning.plain.unreadable'),
            precise: t('analyze.warning.precise.unreadable', { value: clip(item, 120) }),
            refs: [{ rfc: 3261, section: '20.43' }],
            weight: 1,
          }),
        );
        continue;
      }
      const code = Number(m[1]);
      const known = warningCode(code);
      const facts = [
        { label: t('analyze.fact.warnCode'), value: m[1] },
        { label: t('analyze.fact.warnAgent'), value: m[2] },
        { label: t('analyze.fact.warnText'), value: m[3] },
      ];
      if (!known) {
        out.push(
          explanation({
            id: 'warning',
            header: 'Warning',
            value: item,
            message: res,
            plain: t('analyze.warning.plain.note'),
            precise: t('analyze.warning.precise.unknown', { code, agent: m[2], text: clip(m[3], 160) }),
            refs: [{ rfc: 3261, section: '20.43' }],
            facts,
            weight: 1,
          }),
        );
        continue;
      }
      let precise = t('analyze.warning.precise', {
        code,
        name: known.text,
        agent: m[2],
        text: clip(m[3], 160),
        meaning: known.meaning,
      });
      const isup = res.status === 488 || res.status === 606;
      if (isup) precise += ` ${t(code === 304 || code === 370 ? 'analyze.warning.isup65' : 'analyze.warning.isup31')}`;
      const cause: [number, string] | undefined =
        code === 305 || code === 304 || code === 300
          ? [res.status!, code === 304 && res.status === 606 ? 'video-or-fax-not-supported' : 'no-common-codec']
          : code === 370
            ? [res.status!, 'not-enough-bandwidth']
            : undefined;
      const refs: Ref[] = [{ rfc: known.rfc, section: known.section }];
      if (isup) refs.push({ rfc: 3398, section: '8.2.6.1' });
      out.push(
        explanation({
          id: 'warning',
          header: 'Warning',
          value: item,
          message: res,
          plain: t(warningPlainKey(code)),
          precise,
          refs,
          facts,
          cause,
          weight: code === 399 ? 1 : 3,
        }),
      );
    }
  }
  return out;
}

// --- Reason (RFC 3326, RFC 6432, RFC 8606, RFC 9410; RFC 3398; Asterisk and FreeSWITCH) ---

const Q850_PLAIN: [number[], StringKey][] = [
  [[1, 2, 3, 22, 23], 'analyze.q850.number'],
  [[16], 'analyze.q850.normal'],
  [[17], 'analyze.q850.busy'],
  [[18, 19, 20], 'analyze.q850.noAnswer'],
  [[21, 55, 57, 87], 'analyze.q850.rejected'],
  [[26], 'analyze.q850.elsewhere'],
  [[27], 'analyze.q850.outOfOrder'],
  [[28], 'analyze.q850.format'],
  [[34, 38, 41, 42, 47, 58], 'analyze.q850.congestion'],
  [[29, 65, 70, 79, 88], 'analyze.q850.notSupported'],
  [[102], 'analyze.q850.timeout'],
  [[31, 111, 127], 'analyze.q850.unspecified'],
];

/** Causes that pinpoint a cause on the code page of the response that carries them. */
const Q850_CAUSES: Record<string, string> = {
  '503:34': 'out-of-channels',
  '503:47': 'out-of-channels',
  '503:38': 'phone-network-trouble',
  '503:41': 'phone-network-trouble',
  '503:42': 'phone-network-trouble',
  '503:58': 'phone-network-trouble',
  '404:1': 'number-not-in-service',
  '404:3': 'number-not-in-service',
  '486:17': 'callee-on-another-call',
  '480:31': 'unspecified-failure',
  '480:19': 'no-answer',
  '480:18': 'no-answer',
  '502:27': 'destination-out-of-order',
  '500:127': 'unmapped-network-cause',
  '500:111': 'unmapped-network-cause',
  '484:28': 'number-format',
  '410:22': 'number-changed',
  '487:26': 'answered-elsewhere',
};

export function explainReasons(m: SipMessage, status?: number): Explanation[] {
  const out: Explanation[] = [];
  for (const value of headerValues(m, 'Reason')) {
    for (const item of splitList(value).slice(0, 4)) {
      const semi = item.indexOf(';');
      const protocol = (semi < 0 ? item : item.slice(0, semi)).trim();
      const params = semi < 0 ? {} : parseParams(item.slice(semi + 1));
      const cause = params.cause !== undefined && /^\d{1,5}$/.test(params.cause) ? Number(params.cause) : undefined;
      const text = params.text ? clip(params.text, 120) : '';
      const facts: Fact[] = [{ label: t('analyze.fact.protocol'), value: protocol }];
      if (cause !== undefined) facts.push({ label: t('analyze.fact.cause'), value: String(cause) });
      if (text) facts.push({ label: t('analyze.fact.text'), value: text });
      const where =
        m.kind === 'request'
          ? t('analyze.reason.inRequest', { method: m.method ?? '' })
          : t('analyze.reason.inResponse');
      if (cause === undefined) {
        out.push(
          explanation({
            id: 'reason',
            header: 'Reason',
            value: item,
            message: m,
            plain: t('analyze.reason.plain.unreadable'),
            precise: t('analyze.reason.precise.unreadable', { value: clip(item, 120) }),
            refs: [{ rfc: 3326, section: '2' }],
            facts,
            weight: 1,
          }),
        );
        continue;
      }
      if (/^q\.?850$/i.test(protocol)) {
        const name = causeName(cause) ?? pbxCauses.find((p) => p.q850 === cause && p.logText)?.logText ?? '';
        const plainKey = Q850_PLAIN.find(([list]) => list.includes(cause))?.[1] ?? 'analyze.q850.other';
        const mapped = isupToSip.find((c) => c.cause === cause);
        let precise = t(name ? 'analyze.reason.q850.precise' : 'analyze.reason.q850.preciseNoName', {
          cause,
          name,
          where,
        });
        precise += ` ${mapped ? t('analyze.reason.q850.rfc3398', { cause, sip: mapped.sip }) : t('analyze.reason.q850.rfc3398none', { cause })}`;
        const ast = pbxCauses.find((p) => p.system === 'Asterisk' && p.q850 === cause);
        const fs = pbxCauses.find((p) => p.system === 'FreeSWITCH' && p.q850 === cause);
        if (ast || fs)
          precise += ` ${t('analyze.reason.q850.pbx', { asterisk: ast?.name ?? '–', freeswitch: fs?.name ?? '–' })}`;
        if (params.location) precise += ` ${t('analyze.reason.location', { location: clip(params.location, 10) })}`;
        const refs: Ref[] = [
          { rfc: 3326, section: '2' },
          { rfc: 6432, section: '3' },
          { rfc: 3398, section: '7.2.4.1' },
        ];
        if (params.location) refs.push({ rfc: 8606, section: '4' });
        if (name) facts.push({ label: t('analyze.fact.causeName'), value: name });
        const pin = status !== undefined ? Q850_CAUSES[`${status}:${cause}`] : undefined;
        out.push(
          explanation({
            id: 'reason',
            header: 'Reason',
            value: item,
            message: m,
            plain: t(plainKey),
            precise,
            refs,
            facts,
            cause: pin ? [status!, pin] : undefined,
            weight: 3,
          }),
        );
      } else if (/^sip$/i.test(protocol)) {
        const reg = registered(cause);
        const plain =
          cause === 200
            ? t('analyze.reason.sip.elsewhere')
            : t('analyze.reason.sip.plain', { code: cause, phrase: text || reg?.reason || '' });
        const precise = t(reg ? 'analyze.reason.sip.precise' : 'analyze.reason.sip.preciseUnknown', {
          code: cause,
          reason: reg?.reason ?? '',
          where,
        });
        const pin: [number, string] | undefined =
          cause === 200 && status === 487 ? [487, 'answered-elsewhere'] : undefined;
        out.push(
          explanation({
            id: 'reason',
            header: 'Reason',
            value: item,
            message: m,
            plain,
            precise,
            refs: [{ rfc: 3326, section: '2' }],
            facts,
            cause: pin,
            weight: 3,
          }),
        );
      } else if (/^stir$/i.test(protocol)) {
        const reg = registered(cause);
        out.push(
          explanation({
            id: 'reason',
            header: 'Reason',
            value: item,
            message: m,
            plain: t('analyze.reason.stir.plain'),
            precise: t('analyze.reason.stir.precise', { code: cause, reason: reg?.reason ?? '', where }),
            refs: [{ rfc: 9410, section: '3' }],
            facts,
            weight: 3,
          }),
        );
      } else {
        out.push(
          explanation({
            id: 'reason',
            header: 'Reason',
            value: item,
            message: m,
            plain: t('analyze.reason.other.plain'),
            precise: t('analyze.reason.other.precise', { protocol: clip(protocol, 30), cause, where }),
            refs: [{ rfc: 3326, section: '4' }],
            facts,
            weight: 1,
          }),
        );
      }
    }
  }
  return out;
}

// --- Retry-After, Min-Expires, Min-SE / Session-Expires ---

export function explainRetryAfter(res: SipMessage): Explanation[] {
  const value = headerValue(res, 'Retry-After');
  if (value === undefined) return [];
  const n = leadingInt(value);
  if (n === undefined)
    return [
      explanation({
        id: 'retry-after',
        header: 'Retry-After',
        value,
        message: res,
        plain: t('analyze.retryAfter.plain.unreadable'),
        precise: t('analyze.notNumber', { header: 'Retry-After', value: clip(value, 60) }),
        refs: [{ rfc: 3261, section: '20.33' }],
        weight: 1,
      }),
    ];
  const dur = parseParams(value.split(';').slice(1).join(';')).duration;
  let precise = t('analyze.retryAfter.precise', { n, code: res.status ?? '' });
  if (dur && /^\d+$/.test(dur)) precise += ` ${t('analyze.retryAfter.duration', { n: Number(dur) })}`;
  const cause: [number, string] | undefined = res.status === 503 ? [503, 'overload-or-maintenance'] : undefined;
  return [
    explanation({
      id: 'retry-after',
      header: 'Retry-After',
      value,
      message: res,
      plain: t('analyze.retryAfter.plain', { time: duration(n) }),
      precise,
      refs: [{ rfc: 3261, section: '20.33' }],
      facts: [{ label: t('analyze.fact.seconds'), value: String(n) }],
      cause,
      weight: res.status === 503 ? 3 : 2,
    }),
  ];
}

/** The expiration a REGISTER or SUBSCRIBE asked for: the Contact expires parameter, else Expires (RFC 3261 section 10.2.1.1). */
export function requestedExpires(req: SipMessage | undefined): number | undefined {
  if (!req) return undefined;
  for (const c of headerValues(req, 'Contact').flatMap(splitList)) {
    const e = parseNameAddr(c).params.expires;
    if (e !== undefined && /^\d+$/.test(e)) return Number(e);
  }
  const e = headerValue(req, 'Expires');
  return e !== undefined ? leadingInt(e) : undefined;
}

export function explainMinExpires(
  res: SipMessage,
  req: SipMessage | undefined,
  retriedTooShort: boolean,
): Explanation[] {
  const value = headerValue(res, 'Min-Expires');
  if (value === undefined) return [];
  const n = leadingInt(value);
  if (n === undefined)
    return [
      explanation({
        id: 'min-expires',
        header: 'Min-Expires',
        value,
        message: res,
        plain: t('analyze.minExpires.plain.unreadable'),
        precise: t('analyze.notNumber', { header: 'Min-Expires', value: clip(value, 60) }),
        refs: [{ rfc: 3261, section: '20.23' }],
        weight: 1,
      }),
    ];
  const asked = requestedExpires(req);
  const subscribe = req?.method === 'SUBSCRIBE' || res.cseq?.method === 'SUBSCRIBE';
  const plain = t(subscribe ? 'analyze.minExpires.plain.subscribe' : 'analyze.minExpires.plain', {
    n,
    time: duration(n),
  });
  let precise = t('analyze.minExpires.precise', { n, code: res.status ?? '' });
  if (asked !== undefined) precise += ` ${t('analyze.minExpires.asked', { method: req?.method ?? 'REGISTER', asked })}`;
  if (retriedTooShort) precise += ` ${t('analyze.minExpires.retried')}`;
  const facts = [{ label: t('analyze.fact.minimum'), value: String(n) }];
  if (asked !== undefined) facts.push({ label: t('analyze.fact.asked'), value: String(asked) });
  const cause: [number, string] = subscribe
    ? [423, 'subscription-too-short']
    : retriedTooShort
      ? [423, 'device-ignores-min-expires']
      : [423, 'expiry-too-short'];
  return [
    explanation({
      id: 'min-expires',
      header: 'Min-Expires',
      value,
      message: res,
      plain,
      precise,
      refs: [
        { rfc: 3261, section: '10.2.8' },
        { rfc: 3261, section: '20.23' },
      ],
      facts,
      cause: res.status === 423 ? cause : undefined,
      weight: res.status === 423 ? 3 : 2,
    }),
  ];
}

export function explainSessionTimer(res: SipMessage, req: SipMessage | undefined): Explanation[] {
  if (res.status !== 422) return [];
  const value = headerValue(res, 'Min-SE');
  const asked = req ? leadingInt(headerValue(req, 'Session-Expires') ?? '') : undefined;
  if (value === undefined)
    return [
      explanation({
        id: 'min-se',
        header: 'Min-SE',
        value: '',
        message: res,
        plain: t('analyze.minSE.plain.missing'),
        precise: t('analyze.minSE.precise.missing'),
        refs: [{ rfc: 4028, section: '6' }],
        weight: 1,
      }),
    ];
  const n = leadingInt(value);
  if (n === undefined)
    return [
      explanation({
        id: 'min-se',
        header: 'Min-SE',
        value,
        message: res,
        plain: t('analyze.minSE.plain.missing'),
        precise: t('analyze.notNumber', { header: 'Min-SE', value: clip(value, 60) }),
        refs: [{ rfc: 4028, section: '5' }],
        weight: 1,
      }),
    ];
  let precise = t('analyze.minSE.precise', { n });
  if (asked !== undefined) precise += ` ${t('analyze.minSE.asked', { asked })}`;
  const facts = [{ label: t('analyze.fact.minimum'), value: String(n) }];
  if (asked !== undefined) facts.push({ label: t('analyze.fact.asked'), value: String(asked) });
  return [
    explanation({
      id: 'min-se',
      header: 'Min-SE',
      value,
      message: res,
      plain: t('analyze.minSE.plain', { n, time: duration(n) }),
      precise,
      refs: [
        { rfc: 4028, section: '5' },
        { rfc: 4028, section: '6' },
        { rfc: 4028, section: '7.3' },
      ],
      facts,
      cause: [422, 'session-expires-too-low'],
      weight: 3,
    }),
  ];
}

// --- Option tags: Unsupported, Require, Supported (RFC 3261 sections 20.32, 20.37, 20.40) ---

/** Option tags defined by the RFCs at hand: the plain name of the feature and where it is defined. */
export const OPTION_TAGS: Record<string, { plain: StringKey; rfc: number; section: string; cause?: string }> = {
  '100rel': { plain: 'analyze.tag.100rel', rfc: 3262, section: '8.1', cause: '100rel' },
  timer: { plain: 'analyze.tag.timer', rfc: 4028, section: '12.3', cause: 'session-timer' },
  precondition: { plain: 'analyze.tag.precondition', rfc: 3312, section: '11', cause: 'precondition' },
  'sec-agree': { plain: 'analyze.tag.secAgree', rfc: 3329, section: '6.5', cause: 'security-agreement' },
  'resource-priority': { plain: 'analyze.tag.resourcePriority', rfc: 4412, section: '3.4' },
  outbound: { plain: 'analyze.tag.outbound', rfc: 5626, section: '11.4' },
  '199': { plain: 'analyze.tag.199', rfc: 6228, section: '4' },
};

const tagWords = (tags: string[]) => {
  const known = tags.map((tag) => OPTION_TAGS[tag.toLowerCase()]).filter((x) => !!x);
  return known.length ? known.map((k) => t(k.plain)).join(', ') : t('analyze.tag.unknown');
};

const tagRefs = (tags: string[]): Ref[] =>
  tags
    .map((tag) => OPTION_TAGS[tag.toLowerCase()])
    .filter((x) => !!x)
    .map((k) => ({ rfc: k.rfc, section: k.section }));

export function explainOptionTags(res: SipMessage, req: SipMessage | undefined): Explanation[] {
  const out: Explanation[] = [];
  const unsupported = headerValues(res, 'Unsupported').flatMap(tokens);
  if (unsupported.length) {
    const proxyRequire = req
      ? headerValues(req, 'Proxy-Require')
          .flatMap(tokens)
          .map((x) => x.toLowerCase())
      : [];
    const first = unsupported[0].toLowerCase();
    const cause: [number, string] | undefined =
      res.status === 420
        ? proxyRequire.includes(first)
          ? [420, 'proxy-require']
          : OPTION_TAGS[first]?.cause && OPTION_TAGS[first].cause !== 'security-agreement'
            ? [420, OPTION_TAGS[first].cause!]
            : undefined
        : undefined;
    out.push(
      explanation({
        id: 'unsupported',
        header: 'Unsupported',
        value: unsupported.join(', '),
        message: res,
        plain: t('analyze.unsupported.plain', { features: tagWords(unsupported) }),
        precise: t('analyze.unsupported.precise', { tags: unsupported.join(', ') }),
        refs: [{ rfc: 3261, section: '20.40' }, { rfc: 3261, section: '8.2.2.3' }, ...tagRefs(unsupported)],
        cause,
        weight: res.status === 420 ? 3 : 2,
      }),
    );
  }
  const require = headerValues(res, 'Require').flatMap(tokens);
  if (require.length && res.status === 421) {
    const first = require[0].toLowerCase();
    out.push(
      explanation({
        id: 'require',
        header: 'Require',
        value: require.join(', '),
        message: res,
        plain: t('analyze.require.plain', { features: tagWords(require) }),
        precise: t('analyze.require.precise', { tags: require.join(', ') }),
        refs: [{ rfc: 3261, section: '21.4.16' }, { rfc: 3261, section: '20.32' }, ...tagRefs(require)],
        cause: OPTION_TAGS[first]?.cause ? [421, OPTION_TAGS[first].cause!] : undefined,
        weight: 3,
      }),
    );
  }
  if (req && (res.status === 420 || res.status === 421)) {
    const asked = headerValues(req, 'Require').flatMap(tokens);
    const supported = headerValues(req, 'Supported').flatMap(tokens);
    if (asked.length && res.status === 420)
      out.push(
        explanation({
          id: 'request-require',
          header: 'Require',
          value: asked.join(', '),
          message: req,
          plain: t('analyze.requestRequire.plain', { features: tagWords(asked) }),
          precise: t('analyze.requestRequire.precise', { tags: asked.join(', '), method: req.method ?? '' }),
          refs: [{ rfc: 3261, section: '20.32' }],
          weight: 2,
        }),
      );
    if (res.status === 421) {
      const missing = require.filter((tag) => !supported.some((s) => s.toLowerCase() === tag.toLowerCase()));
      out.push(
        explanation({
          id: 'supported',
          header: 'Supported',
          value: supported.join(', '),
          message: req,
          plain: supported.length
            ? t('analyze.supported.plain', { features: tagWords(supported) })
            : t('analyze.supported.plainNone'),
          precise: t(missing.length ? 'analyze.supported.precise.missing' : 'analyze.supported.precise', {
            tags: supported.join(', ') || '–',
            missing: missing.join(', '),
          }),
          refs: [{ rfc: 3261, section: '20.37' }],
          weight: 2,
        }),
      );
    }
  }
  return out;
}

// --- Allow and Accept ---

const ALLOW_CAUSE: Record<number, (method: string) => string> = {
  405: (m) =>
    m === 'REFER' ? 'transfer-not-supported' : m === 'REGISTER' ? 'register-not-accepted' : 'feature-not-supported',
  501: (m) =>
    m === 'REFER'
      ? 'transfer-not-supported'
      : m === 'INFO'
        ? 'mid-call-info'
        : ['SUBSCRIBE', 'NOTIFY', 'PUBLISH', 'MESSAGE'].includes(m)
          ? 'status-and-messages'
          : 'feature-not-supported',
};

export function explainAllowAccept(res: SipMessage, req: SipMessage | undefined): Explanation[] {
  const out: Explanation[] = [];
  const method = req?.method ?? res.cseq?.method ?? '';
  if (res.status === 405 || res.status === 501) {
    const allow = headerValues(res, 'Allow')
      .flatMap(tokens)
      .map((x) => x.toUpperCase());
    const causeFor = ALLOW_CAUSE[res.status];
    if (allow.length) {
      const inList = allow.includes(method);
      out.push(
        explanation({
          id: 'allow',
          header: 'Allow',
          value: allow.join(', '),
          message: res,
          plain: t(inList ? 'analyze.allow.plain.listed' : 'analyze.allow.plain', {
            method,
            methods: allow.join(', '),
          }),
          precise: t(res.status === 405 ? 'analyze.allow.precise405' : 'analyze.allow.precise', {
            method,
            methods: allow.join(', '),
          }),
          refs: [
            { rfc: 3261, section: '20.5' },
            { rfc: 3261, section: '21.4.6' },
          ],
          cause: method ? [res.status, causeFor(method)] : undefined,
          weight: 3,
        }),
      );
    } else if (res.status === 405)
      out.push(
        explanation({
          id: 'allow',
          header: 'Allow',
          value: '',
          message: res,
          plain: t('analyze.allow.plain.missing', { method }),
          precise: t('analyze.allow.precise.missing'),
          refs: [{ rfc: 3261, section: '21.4.6' }],
          cause: method ? [405, causeFor(method)] : undefined,
          weight: 2,
        }),
      );
  }
  if (res.status === 415 || res.status === 406) {
    const accept = headerValues(res, 'Accept').flatMap(splitList);
    const sent = req ? (headerValue(req, 'Content-Type') ?? '') : '';
    let cause: string | undefined;
    if (res.status === 415)
      cause = /^multipart\//i.test(sent)
        ? 'multipart'
        : method === 'INFO'
          ? 'dtmf-info'
          : method === 'MESSAGE'
            ? 'text-message'
            : 'body-type';
    else cause = method === 'SUBSCRIBE' ? 'subscribe-format' : 'accept-too-narrow';
    out.push(
      explanation({
        id: 'accept',
        header: 'Accept',
        value: accept.join(', '),
        message: res,
        plain: accept.length
          ? t('analyze.accept.plain', { types: accept.join(', ') })
          : t('analyze.accept.plain.missing'),
        precise: t(sent ? 'analyze.accept.precise.sent' : 'analyze.accept.precise', {
          types: accept.join(', ') || '–',
          sent: clip(sent, 80),
          code: res.status,
        }),
        refs: [
          { rfc: 3261, section: '20.1' },
          { rfc: 3261, section: res.status === 415 ? '21.4.13' : '21.4.7' },
        ],
        cause: [res.status, cause],
        weight: 3,
      }),
    );
  }
  return out;
}

// --- WWW-Authenticate / Proxy-Authenticate ---

export function explainChallenge(res: SipMessage, req: SipMessage | undefined): Explanation[] {
  const header = res.status === 407 ? 'Proxy-Authenticate' : 'WWW-Authenticate';
  const value =
    headerValue(res, header) ?? headerValue(res, res.status === 407 ? 'WWW-Authenticate' : 'Proxy-Authenticate');
  if (value === undefined) {
    if ((res.status === 401 || res.status === 407) && !res.problems.includes('cut-in-headers'))
      return [
        explanation({
          id: 'challenge',
          header,
          value: '',
          message: res,
          plain: t('analyze.challenge.plain.missing'),
          precise: t('analyze.challenge.precise.missing', { header, code: res.status }),
          refs: [{ rfc: 3261, section: res.status === 401 ? '21.4.2' : '21.4.8' }],
          weight: 1,
        }),
      ];
    return [];
  }
  const c = parseChallenge(value);
  const realm = c.params.realm ?? '';
  const algorithm = c.params.algorithm ?? 'MD5';
  const qop = c.params.qop ?? '';
  const stale = /^true$/i.test(c.params.stale ?? '');
  const facts: Fact[] = [
    { label: t('analyze.fact.scheme'), value: c.scheme },
    { label: t('analyze.fact.realm'), value: realm || '–' },
    { label: t('analyze.fact.algorithm'), value: algorithm },
    { label: t('analyze.fact.qop'), value: qop || '–' },
    { label: t('analyze.fact.stale'), value: stale ? 'true' : 'false' },
  ];
  const sentCredentials =
    !!req && (headerValue(req, 'Authorization') !== undefined || headerValue(req, 'Proxy-Authorization') !== undefined);
  const plain = stale
    ? t('analyze.challenge.plain.stale')
    : sentCredentials
      ? t('analyze.challenge.plain.again', { realm })
      : t('analyze.challenge.plain', { realm });
  const precise = t(stale ? 'analyze.challenge.precise.stale' : 'analyze.challenge.precise', {
    header,
    scheme: c.scheme,
    realm,
    algorithm,
    qop: qop || '–',
  });
  const cause: [number, string] | undefined =
    res.status === 401
      ? [401, stale ? 'stale-nonce' : sentCredentials ? 'wrong-password' : 'first-challenge']
      : res.status === 407
        ? [407, sentCredentials ? 'wrong-credentials' : 'proxy-challenge']
        : undefined;
  return [
    explanation({
      id: 'challenge',
      header,
      value,
      message: res,
      plain,
      precise,
      refs: [
        { rfc: 3261, section: header === 'WWW-Authenticate' ? '20.44' : '20.27' },
        { rfc: 3261, section: '22.4' },
      ],
      facts,
      cause,
      weight: stale || sentCredentials ? 3 : 2,
    }),
  ];
}

// --- Server, User-Agent ---

export function explainProducts(res: SipMessage | undefined, req: SipMessage | undefined): Explanation[] {
  const out: Explanation[] = [];
  const server = headerValue(res, 'Server') ?? (res ? headerValue(res, 'User-Agent') : undefined);
  if (res && server)
    out.push(
      explanation({
        id: 'server',
        header: headerValue(res, 'Server') !== undefined ? 'Server' : 'User-Agent',
        value: server,
        message: res,
        plain: t('analyze.server.plain', { product: clip(server, 80) }),
        precise: t('analyze.server.precise', { product: clip(server, 120), code: res.status ?? '' }),
        refs: [{ rfc: 3261, section: '20.35' }],
        facts: [{ label: t('analyze.fact.product'), value: server }],
        weight: 1,
      }),
    );
  const ua = headerValue(req, 'User-Agent');
  if (req && ua)
    out.push(
      explanation({
        id: 'user-agent',
        header: 'User-Agent',
        value: ua,
        message: req,
        plain: t('analyze.userAgent.plain', { product: clip(ua, 80) }),
        precise: t('analyze.userAgent.precise', { product: clip(ua, 120), method: req.method ?? '' }),
        refs: [{ rfc: 3261, section: '20.41' }],
        facts: [{ label: t('analyze.fact.product'), value: ua }],
        weight: 1,
      }),
    );
  return out;
}

// --- Via: the path, and received/rport showing NAT ---

export const vias = (m: SipMessage | undefined): ViaEntry[] =>
  headerValues(m, 'Via')
    .flatMap(splitList)
    .map((v) => parseVia(v))
    .filter((v): v is ViaEntry => !!v);

const natCauseFor: Record<number, string> = { 408: 'nat-firewall', 481: 'nat-timeout' };

export function explainVia(res: SipMessage, req: SipMessage | undefined): Explanation[] {
  const out: Explanation[] = [];
  const path = vias(req).length ? vias(req) : vias(res);
  const source = vias(req).length ? req! : res;
  if (path.length) {
    const hops = path.map((v) => `${v.host}${v.port ? `:${v.port}` : ''}`).reverse();
    const proxies = path.length - 1;
    out.push(
      explanation({
        id: 'via',
        header: 'Via',
        value: path.map((v) => v.raw).join(', '),
        message: source,
        plain:
          proxies === 0
            ? t('analyze.via.plain.direct')
            : t(proxies === 1 ? 'analyze.via.plain.one' : 'analyze.via.plain', { n: proxies }),
        precise: t('analyze.via.precise', { n: path.length, path: hops.join(' → ') }),
        refs: [{ rfc: 3261, section: '20.42' }],
        facts: hops.map((h, i) => ({ label: t('analyze.fact.hop', { n: i + 1 }), value: h })),
        weight: 1,
      }),
    );
  }
  // The bottom Via of the response is the original sender's; received/rport show what the server saw.
  const all = vias(res);
  const bottom = all[all.length - 1];
  if (
    bottom &&
    (bottom.params.received !== undefined || (bottom.params.rport !== undefined && bottom.params.rport !== ''))
  ) {
    const received = bottom.params.received;
    const rport = bottom.params.rport ? Number(bottom.params.rport) : undefined;
    const hostMoved = !!received && received !== bottom.host;
    const portMoved = rport !== undefined && rport !== (bottom.port ?? 5060);
    if (hostMoved || portMoved) {
      const privateSent = isNonPublic(bottom.host) || classifyAddress(bottom.host).kind === 'name';
      const sent = `${bottom.host}${bottom.port ? `:${bottom.port}` : ''}`;
      const seen = `${received ?? bottom.host}${rport ? `:${rport}` : bottom.port ? `:${bottom.port}` : ''}`;
      const cause = natCauseFor[res.status ?? 0];
      out.push(
        explanation({
          id: 'via-nat',
          header: 'Via',
          value: bottom.raw,
          message: res,
          plain: t(privateSent || hostMoved ? 'analyze.nat.via.plain' : 'analyze.nat.via.plainPort', { sent, seen }),
          precise: t('analyze.nat.via.precise', { sent, received: received ?? '–', rport: rport ?? '–' }),
          refs: [{ rfc: 3261, section: '18.2.1' }, { rfc: 3581 }],
          facts: [
            { label: t('analyze.fact.sentBy'), value: sent },
            { label: t('analyze.fact.seenFrom'), value: seen },
          ],
          cause: cause ? [res.status!, cause] : undefined,
          weight: cause ? 3 : 2,
        }),
      );
    }
  }
  return out;
}

// --- Private addresses in Contact and SDP ---

export function explainContact(m: SipMessage, status: number | undefined, publicSeen: boolean): Explanation[] {
  const out: Explanation[] = [];
  for (const value of headerValues(m, 'Contact').flatMap(splitList).slice(0, 3)) {
    const na = parseNameAddr(value);
    const host = na.uri?.host ?? '';
    if (!host || !isNonPublic(host)) continue;
    const cls = classifyAddress(host);
    const cause = natCauseFor[status ?? 0];
    out.push(
      explanation({
        id: 'contact-private',
        header: 'Contact',
        value,
        message: m,
        plain: t(publicSeen ? 'analyze.nat.contact.plain' : 'analyze.nat.contact.plainLan', { host }),
        precise: t('analyze.nat.contact.precise', {
          uri: clip(na.uriText, 120),
          range: cls.range ?? '',
          rfc: cls.rfc ?? '',
        }),
        refs: cls.rfc ? [{ rfc: cls.rfc }, { rfc: 3261, section: '20.10' }] : [{ rfc: 3261, section: '20.10' }],
        facts: [
          { label: t('analyze.fact.address'), value: host },
          { label: t('analyze.fact.range'), value: cls.range ?? '' },
        ],
        cause: publicSeen && cause ? [status!, cause] : undefined,
        weight: publicSeen ? 2 : 1,
      }),
    );
    break;
  }
  return out;
}

export function explainSdpAddress(
  m: SipMessage,
  address: string,
  status: number | undefined,
  publicSeen: boolean,
): Explanation {
  const cls = classifyAddress(address);
  return explanation({
    id: 'sdp-private',
    header: 'SDP c=',
    value: `c=IN ${address.includes(':') ? 'IP6' : 'IP4'} ${address}`,
    message: m,
    plain: t(publicSeen ? 'analyze.nat.sdp.plain' : 'analyze.nat.sdp.plainLan', { host: address }),
    precise: t('analyze.nat.sdp.precise', { host: address, range: cls.range ?? '', rfc: cls.rfc ?? '' }),
    refs: cls.rfc ? [{ rfc: cls.rfc }, { rfc: 3264, section: '5' }] : [{ rfc: 3264, section: '5' }],
    facts: [
      { label: t('analyze.fact.address'), value: address },
      { label: t('analyze.fact.range'), value: cls.range ?? '' },
    ],
    cause: publicSeen && status !== undefined && status >= 200 && status < 300 ? [200, 'answered-no-audio'] : undefined,
    weight: publicSeen ? 2 : 1,
  });
}

// --- P-Asserted-Identity, Privacy, Identity ---

export function explainIdentity(req: SipMessage | undefined, status: number | undefined): Explanation[] {
  if (!req) return [];
  const out: Explanation[] = [];
  const pai = headerValue(req, 'P-Asserted-Identity');
  if (pai) {
    const na = parseNameAddr(splitList(pai)[0] ?? pai);
    out.push(
      explanation({
        id: 'pai',
        header: 'P-Asserted-Identity',
        value: pai,
        message: req,
        plain: t('analyze.pai.plain', { who: clip(na.uri?.user ?? na.uriText, 60) }),
        precise: t('analyze.pai.precise', { uri: clip(na.uriText, 120) }),
        refs: [
          { rfc: 5079, section: '1' },
          { rfc: 8224, section: '8' },
        ],
        weight: 1,
      }),
    );
  }
  const privacy = headerValue(req, 'Privacy');
  const from = parseNameAddr(headerValue(req, 'From') ?? '');
  const anonymousFrom = /anonymous/i.test(`${from.display ?? ''} ${from.uri?.user ?? ''} ${from.uri?.host ?? ''}`);
  if (privacy || (status === 433 && anonymousFrom)) {
    const values = privacy ? tokens(privacy.replace(/;/g, ' ')) : [];
    const hides = values.some((v) => v.toLowerCase() !== 'none');
    out.push(
      explanation({
        id: 'privacy',
        header: privacy ? 'Privacy' : 'From',
        value: privacy ?? headerValue(req, 'From') ?? '',
        message: req,
        plain: t(hides || anonymousFrom ? 'analyze.privacy.plain' : 'analyze.privacy.plain.none'),
        precise: t(privacy ? 'analyze.privacy.precise' : 'analyze.privacy.precise.anonymous', {
          values: values.join(', ') || '–',
        }),
        refs: [{ rfc: 5079, section: '3' }],
        cause: status === 433 ? [433, anonymousFrom ? 'number-withheld' : 'hidden-by-setting'] : undefined,
        weight: status === 433 ? 3 : 1,
      }),
    );
  }
  const identity = headerValue(req, 'Identity');
  if (identity) {
    const semi = identity.indexOf(';');
    const params = semi >= 0 ? parseParams(identity.slice(semi + 1)) : {};
    const info = (params.info ?? '').replace(/^<|>$/g, '');
    out.push(
      explanation({
        id: 'identity',
        header: 'Identity',
        value: identity,
        message: req,
        plain: t('analyze.identity.plain'),
        precise: t('analyze.identity.precise', {
          alg: params.alg ?? '–',
          ppt: params.ppt ?? '–',
          info: clip(info, 120) || '–',
        }),
        refs: [{ rfc: 8224, section: '4' }],
        facts: [
          { label: t('analyze.fact.alg'), value: params.alg ?? '–' },
          { label: t('analyze.fact.ppt'), value: params.ppt ?? '–' },
          { label: t('analyze.fact.info'), value: info || '–' },
        ],
        weight: status !== undefined && status >= 428 && status <= 438 ? 2 : 1,
      }),
    );
  } else if (status === 428) {
    out.push(
      explanation({
        id: 'identity',
        header: 'Identity',
        value: '',
        message: req,
        plain: t('analyze.identity.plain.missing'),
        precise: t('analyze.identity.precise.missing'),
        refs: [{ rfc: 8224, section: '6.2' }],
        cause: [428, 'call-not-signed'],
        weight: 3,
      }),
    );
  }
  return out;
}

// --- Max-Forwards (483) ---

export function explainMaxForwards(res: SipMessage, req: SipMessage | undefined): Explanation[] {
  if (res.status !== 483) return [];
  const value = headerValue(req, 'Max-Forwards');
  const n = value !== undefined ? leadingInt(value) : undefined;
  const path = vias(req).length ? vias(req) : vias(res);
  const hosts = path.map((v) => `${v.host}:${v.port ?? 5060}`);
  const loop = new Set(hosts).size < hosts.length;
  const cause = loop ? 'too-many-hops' : n !== undefined && n + path.length < 20 ? 'low-max-forwards' : 'too-many-hops';
  return [
    explanation({
      id: 'max-forwards',
      header: 'Max-Forwards',
      value: value ?? '',
      message: req ?? res,
      plain: t(loop ? 'analyze.maxForwards.plain.loop' : 'analyze.maxForwards.plain'),
      precise:
        n !== undefined
          ? t('analyze.maxForwards.precise', { n, vias: path.length })
          : t('analyze.maxForwards.precise.unknown', { vias: path.length }),
      refs: [
        { rfc: 3261, section: '20.22' },
        { rfc: 3261, section: '16.3' },
        { rfc: 3261, section: '21.4.21' },
      ],
      cause: [483, cause],
      weight: 3,
    }),
  ];
}
