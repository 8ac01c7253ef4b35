/**
 * Finds the SIP messages in pasted text, whatever wraps them: plain SIP, sngrep and ngrep
 * output, Wireshark text exports (packet list and packet details), tcpdump -A, Asterisk
 * `pjsip set logger` and `sip set debug` output, FreeSWITCH/sofia siptrace, Kamailio and
 * OpenSIPS logs (syslog #012 escapes, sipdump), pjsip, baresip and linphone logs, and the JsSIP
 * and SIP.js browser consoles.
 *
 * It reads line by line (`TraceReader.push` takes chunks of any size), tolerates timestamps and
 * prefixes on every line, CRLF or LF, indentation, folded and wrapped lines, compact header
 * names, and takes the direction and peer from the banners when they give them. It never throws
 * and never backtracks over a long line: every regular expression runs on a bounded slice.
 */
import {
  canonicalName,
  leadingInt,
  parseCSeq,
  parseNameAddr,
  parseVia,
  splitHeaderLine,
  splitHostPort,
} from './headers.ts';
import type { Endpoint, Header, MessageProblem, ParseResult, SipMessage, TraceFormat } from './types.ts';

/** Longest line read in full; longer lines are cut (a SIP header line is rarely over 8 KB). */
export const MAX_LINE = 32 * 1024;
/** Most characters read from one paste (the rest is ignored and reported). */
export const MAX_INPUT = 16 * 1024 * 1024;
/** Most messages kept from one paste. */
export const MAX_MESSAGES = 20000;

const MANDATORY = ['Via', 'From', 'To', 'Call-ID', 'CSeq'];

interface Meta {
  format?: TraceFormat;
  direction?: 'in' | 'out';
  peer?: Endpoint;
  src?: Endpoint;
  dst?: Endpoint;
  time?: string;
}

interface StartLine {
  index: number;
  kind: 'request' | 'response';
  method?: string;
  uri?: string;
  status?: number;
  reason?: string;
  text: string;
  dots: boolean;
}

// Terminal colours and control characters (binary data) are what these expressions look for.
/* eslint-disable no-control-regex */
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]/;
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]/g;
const STRIP = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
/* eslint-enable no-control-regex */

const TIME = /\b(\d{1,2}:\d{2}:\d{2}(?:[.,:]\d{1,9})?)\b/;

/** Finds a request or status line in a line, after any prefix. Linear in the line's length. */
export function findStartLine(line: string): StartLine | undefined {
  const at = line.indexOf('SIP/2.0');
  if (at < 0) return undefined;
  // Status line: "SIP/2.0 404 Not Found", anywhere after a prefix.
  for (let i = at; i >= 0 && i < line.length; i = line.indexOf('SIP/2.0', i + 7)) {
    if (i > 0 && /[A-Za-z0-9/_-]/.test(line[i - 1])) continue;
    const m = /^SIP\/2\.0[ \t]+(\d{3})(?=$|[ \t.])[ \t]*(.*)$/.exec(line.slice(i, i + 600));
    if (m) {
      let reason = m[2].trim();
      let dots = false;
      if (reason.endsWith('.') && !reason.endsWith('..')) {
        dots = true;
        reason = reason.slice(0, -1).trim();
      }
      const status = Number(m[1]);
      return { index: i, kind: 'response', status, reason, text: `SIP/2.0 ${m[1]}${reason ? ` ${reason}` : ''}`, dots };
    }
  }
  // Request line: "METHOD uri SIP/2.0" with nothing but an ngrep dot after it.
  const last = line.lastIndexOf('SIP/2.0');
  const tail = line.slice(last + 7);
  if (!/^\.?\s*$/.test(tail) || last < 4 || line[last - 1] !== ' ') return undefined;
  let j = last - 1;
  while (j > 0 && line[j - 1] === ' ') j--;
  const uriEnd = j;
  while (j > 0 && line[j - 1] !== ' ' && line[j - 1] !== '\t') j--;
  const uri = line.slice(j, uriEnd);
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$|^\*$/.test(uri) || uri.length > 4096) return undefined;
  let k = j - 1;
  while (k > 0 && line[k - 1] === ' ') k--;
  const methodEnd = k;
  while (k > 0 && /[A-Za-z_-]/.test(line[k - 1])) k--;
  const method = line.slice(k, methodEnd);
  if (!/^[A-Z][A-Z_-]{1,19}$/.test(method)) return undefined;
  return { index: k, kind: 'request', method, uri, text: `${method} ${uri} SIP/2.0`, dots: tail.trim() === '.' };
}

const endpoint = (text: string, transport?: string): Endpoint | undefined => {
  const t = text.trim().replace(/[,:;)\]]+$/, (s) => (s.startsWith(']') ? ']' : ''));
  const hp = splitHostPort(t);
  if (!hp || !hp.host) return undefined;
  return { host: hp.host, port: hp.port, transport: transport?.toUpperCase() };
};

/** "UDP:192.0.2.1:5060", "udp/[192.0.2.1]:5060", "[2001:db8::1]:5060", "tls:1.2.3.4:5061" */
function transportEndpoint(text: string): Endpoint | undefined {
  const m = /^(udp|tcp|tls|ws|wss|sctp)[:/]/i.exec(text);
  return m ? endpoint(text.slice(m[0].length), m[1]) : endpoint(text);
}

/** Reads what a banner line says: format, direction, peer or sender and receiver, time. */
export function parseBanner(text: string): Meta | undefined {
  const line = text.length > 2000 ? text.slice(0, 2000) : text;
  let m: RegExpExecArray | null;
  const time = TIME.exec(line)?.[1];
  // Asterisk chan_pjsip: <--- Received SIP request (1003 bytes) from UDP:192.0.2.1:5060 --->
  if ((m = /<-+ (Received|Transmitting) SIP (?:request|response) \(\d+ bytes?\) (?:from|to) (\S+) -+>/i.exec(line)))
    return { format: 'asterisk', direction: /^r/i.test(m[1]) ? 'in' : 'out', peer: transportEndpoint(m[2]), time };
  // Asterisk chan_sip: <--- SIP read from UDP:192.0.2.1:5060 ---> / <--- Transmitting (NAT) to 192.0.2.1:5060 --->
  if ((m = /<-+ SIP read from (\S+) -+>/i.exec(line)))
    return { format: 'asterisk-chan-sip', direction: 'in', peer: transportEndpoint(m[1]), time };
  if ((m = /<-+ (?:Reliably )?Transmitting (?:\([^)]*\) )?to (\S+) -+>/i.exec(line)))
    return { format: 'asterisk-chan-sip', direction: 'out', peer: transportEndpoint(m[1]), time };
  // FreeSWITCH / sofia-sip: recv 1024 bytes from udp/[192.0.2.1]:5060 at 12:00:00.000:
  if ((m = /\b(recv|send) \d+ bytes (?:from|to) (\w+)\/(\S+?) at (\S+?):?\s*$/i.exec(line)))
    return {
      format: 'freeswitch',
      direction: m[1].toLowerCase() === 'recv' ? 'in' : 'out',
      peer: endpoint(m[3], m[2]),
      time: m[4],
    };
  // pjsip: .TX 523 bytes Request msg REGISTER/cseq=1 (tdta0x...) to UDP 192.0.2.1:5060:
  if ((m = /\b(TX|RX) \d+ bytes (?:Request|Response) msg \S+ \(\S+\) (?:to|from) (\w+) (\S+?):?\s*$/.exec(line)))
    return { format: 'pjsip', direction: m[1] === 'RX' ? 'in' : 'out', peer: endpoint(m[3], m[2]), time };
  // linphone / belle-sip: channel [0x..]: message sent to [udp://192.0.2.1:5060] / received [523] new bytes from [UDP://host:5060]
  if ((m = /\b(?:message (sent to|received from)|received \[\d+\] new bytes from) \[(\w+):\/\/([^\]]+)\]/i.exec(line)))
    return {
      format: 'linphone',
      direction: m[1] && /^sent/i.test(m[1]) ? 'out' : 'in',
      peer: endpoint(m[3], m[2]),
      time,
    };
  // JsSIP and SIP.js consoles.
  if (/jssip/i.test(line) && (m = /\b(received|sending|sent)\b[^:]*(?:message|websocket)/i.exec(line)))
    return { format: 'jssip', direction: /^rec/i.test(m[1]) ? 'in' : 'out', time };
  if (/\bsip\.(?:transport|Transport)\b/.test(line) && (m = /\b(received|sending|sent)\b/i.exec(line)))
    return { format: 'sipjs', direction: /^rec/i.test(m[1]) ? 'in' : 'out', time };
  // tcpdump: 12:13:58.723867 IP 10.0.0.1.39184 > 10.5.3.27.25564: UDP, length 368
  if ((m = /\bIP6? (\S+)\.(\d{1,5}) > (\S+)\.(\d{1,5}): /.exec(line)))
    return {
      format: 'tcpdump',
      src: { host: m[1], port: Number(m[2]) },
      dst: { host: m[3], port: Number(m[4]) },
      time,
    };
  // Sender and receiver with an arrow: sngrep, ngrep (U/T prefix), baresip, Blink "-(SIP over TCP)->".
  if (
    line.includes('>') &&
    (m =
      /([^\s:]{1,100}(?::[^\s:]{1,100}){0,8}:\d{1,5})\s*-(?:\(([^)]{0,40})\)-?)?>\s*([^\s:]{1,100}(?::[^\s:]{1,100}){0,8}:\d{1,5})/.exec(
        line,
      ))
  ) {
    const proto = /\b(UDP|TCP|TLS|WSS?)\b/i.exec(m[2] ?? '')?.[1];
    const src = transportEndpoint(m[1]);
    const dst = transportEndpoint(m[3]);
    if (proto) {
      if (src) src.transport = proto.toUpperCase();
      if (dst) dst.transport = proto.toUpperCase();
    }
    const format: TraceFormat = /^[UT] /.test(line)
      ? 'ngrep'
      : /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\.\d+ /.test(line)
        ? 'sngrep'
        : 'log';
    return { format, src, dst, time };
  }
  // sipsorcery-style: tls:192.168.1.2:53692<-tls:187.28.102.101:5061 (receiver on the left)
  if (
    line.includes('<-') &&
    (m = /([^\s:<]{1,100}(?::[^\s:<]{1,100}){0,8}:\d{1,5})<-([^\s:]{1,100}(?::[^\s:]{1,100}){0,8}:\d{1,5})/.exec(line))
  )
    return { format: 'log', src: transportEndpoint(m[2]), dst: transportEndpoint(m[1]), time };
  return undefined;
}

/** Direction words in a line just before a message ("Request sent:", "RECV:", "Outgoing Message"). */
function genericDirection(text: string): Meta | undefined {
  const line = text.slice(0, 400);
  const into = /\b(received|receiving|recv|rx|incoming|read from)\b/i.exec(line);
  const out = /\b(sending|sent|send|tx|outgoing|transmitting|transmit|writing)\b/i.exec(line);
  if (!into && !out) return undefined;
  const direction = into && (!out || into.index < out.index) ? 'in' : 'out';
  const peerText = /\b(?:from|to)\s+\[?(?:\w+[:/]+)?\[?([0-9A-Za-z.-]+|[0-9a-fA-F:]+)\]?:(\d{1,5})\b/.exec(line);
  const peer = peerText ? { host: peerText[1], port: Number(peerText[2]) } : undefined;
  return { format: 'log', direction, peer, time: TIME.exec(line)?.[1] };
}

/** Separator lines that end a message in several log formats. */
const SEPARATOR = /^(?:-{8,}|={5,}|#{2,}|\|{5,}|~{5,}|<-{4,}>|--end msg--|\*{5,})\s*$/;

/** A regular expression matching a log prefix like this one, with other numbers in it. */
function shapeOf(prefix: string): RegExp | undefined {
  const p = prefix.trim();
  if (!p || p.length > 300) return undefined;
  const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shaped = escaped
    .replace(/0x[0-9a-fA-F]+/g, '0x[0-9a-fA-F]+')
    .replace(/\d+/g, '\\d+')
    .replace(/\s+/g, '\\s+')
    .replace(/\\d\+\\\.\\d\+/g, '\\d+(?:\\.\\d+)?');
  try {
    return new RegExp(`^\\s*${shaped}\\s?`);
  } catch {
    return undefined;
  }
}

/** Shorter versions of a prefix, cut after "] ", ": ", "| " and similar, longest first. */
function prefixCandidates(prefix: string): RegExp[] {
  const p = prefix.trim();
  const cuts = new Set<number>([p.length]);
  for (let i = 1; i < p.length; i++) if (/[\]:|>)]/.test(p[i - 1]) && /\s/.test(p[i])) cuts.add(i);
  return [...cuts]
    .sort((a, b) => b - a)
    .slice(0, 8)
    .map((n) => shapeOf(p.slice(0, n)))
    .filter((r): r is RegExp => !!r);
}

const looksLikeSdp = (s: string) => /^[a-z]=\S/.test(s.trim());

interface Builder {
  start: StartLine;
  line: number;
  meta: Meta;
  format: TraceFormat;
  headers: Header[];
  body: string[];
  bodyLen: number;
  phase: 'headers' | 'body';
  /** Indentation of the start line (FreeSWITCH indents every line). */
  indent: number;
  /** Prefix regexes still to try, and the one chosen. */
  prefixes: RegExp[];
  prefix?: RegExp | null;
  dots: boolean;
  /** A blank line right after the start line: double-spaced copy (each line followed by a blank). */
  maybeDouble: boolean;
  doubleSpaced: boolean;
  contentLength?: number;
  contentType?: string;
  problems: Set<MessageProblem>;
  lastRawLength: number;
  /** The previous line ended with white space (a window broke the line at a space). */
  lastSpace: boolean;
}

/** Reads a trace in chunks. `push` as often as needed, then `end` for the result. */
export class TraceReader {
  private messages: SipMessage[] = [];
  private formats: TraceFormat[] = [];
  private rest = '';
  private lineNo = 0;
  private chars = 0;
  private otherLines = 0;
  private binaryLines = 0;
  private longLines = 0;
  private truncated = false;
  private cur?: Builder;
  private pending?: Meta & { line: number };
  private recent: { text: string; line: number }[] = [];
  private ws?: {
    base: number;
    section: 'start' | 'headers' | 'body' | 'other';
    headerIndent?: number;
    sdpIndent?: number;
  };
  private wsMeta: Meta = {};
  private dump: Meta = {};

  /** Reads a chunk of text; lines may be split across chunks. */
  push(chunk: string): void {
    if (this.truncated) return;
    let text = chunk;
    if (this.chars + text.length > MAX_INPUT) {
      text = text.slice(0, Math.max(0, MAX_INPUT - this.chars));
      this.truncated = true;
    }
    this.chars += text.length;
    let data = this.rest + text;
    let start = 0;
    for (;;) {
      const nl = data.indexOf('\n', start);
      if (nl < 0) break;
      this.line(data.slice(start, nl));
      start = nl + 1;
    }
    data = data.slice(start);
    // Keep an unfinished line for the next chunk, but never more than a long line's worth.
    if (data.length > MAX_LINE * 2) {
      this.line(data);
      data = '';
    }
    this.rest = data;
  }

  /** Finishes reading and returns what was found. */
  end(): ParseResult {
    if (this.rest) this.line(this.rest);
    this.rest = '';
    if (this.ws) this.finishWs();
    if (this.cur) this.finish(true);
    return {
      messages: this.messages,
      formats: this.formats,
      lines: this.lineNo,
      chars: this.chars,
      otherLines: this.otherLines,
      binaryLines: this.binaryLines,
      longLines: this.longLines,
      truncated: this.truncated,
    };
  }

  private line(raw: string): void {
    this.lineNo++;
    let line = raw;
    if (line.length > MAX_LINE) {
      line = line.slice(0, MAX_LINE);
      this.longLines++;
      if (this.cur) this.cur.problems.add('long-line');
    }
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.includes('\x1b')) line = line.replace(ANSI, '');
    if (CONTROL.test(line)) {
      const controls = line.match(CONTROLS)?.length ?? 0;
      if (controls > 8 && controls > line.length / 10) {
        this.binaryLines++;
        if (this.cur) this.finish(false);
        return;
      }
      line = line.replace(STRIP, '');
    }
    if (line.includes('SIP/2.0')) {
      // Kamailio/OpenSIPS through syslog: the message on one line, line breaks escaped as #015#012.
      if (line.includes('#012') || line.includes('#015')) {
        const parts = line.split(/#015#012|#012|#015/);
        this.handle(parts[0]);
        this.pending = {
          ...this.pending,
          format: /kamailio|opensips|<core>|<script>|\bsip_msg\b/i.test(line) ? 'kamailio' : 'log',
          line: this.lineNo,
        };
        for (const part of parts.slice(1)) this.handle(part);
        return;
      }
      // JSON or console dumps with escaped line breaks.
      if (/SIP\/2\.0(?: \d{3}[^\\]*)?\\r?\\n/.test(line)) {
        for (const part of line.split(/\\r\\n|\\n/)) this.handle(part.replace(/\\"/g, '"').replace(/\\t/g, '\t'));
        return;
      }
      // ngrep without -W byline: CRLF shown as "..".
      if (/\.\.(?:Via|v|From|f|To|t|Call-ID|i|CSeq|Max-Forwards|Record-Route|Contact|m):\s/.test(line)) {
        for (const part of line.split('..')) this.handle(part);
        return;
      }
      // A message whose line breaks were lost: split before well-known header names.
      const flat = /\sSIP\/2\.0(?: \d{3}[^:]*?)? (Via|From|To|Call-ID|CSeq|Max-Forwards): /.exec(line.slice(0, 4000));
      if (flat && countFlatHeaders(line) >= 4) {
        const parts = line.split(FLAT_SPLIT);
        this.handle(parts[0]);
        if (this.cur) this.cur.problems.add('lost-line-breaks');
        for (const part of parts.slice(1)) this.handle(part);
        return;
      }
    }
    this.handle(line);
  }

  private handle(line: string): void {
    if (this.ws) {
      if (this.wsLine(line)) return;
    }
    if (this.cur && this.continueMessage(line)) return;
    this.outside(line);
  }

  private seen(format: TraceFormat) {
    if (!this.formats.includes(format)) this.formats.push(format);
  }

  private outside(line: string): void {
    const trimmed = line.trim();
    if (!trimmed) return;
    const start = findStartLine(line);
    if (start) {
      const prefix = line.slice(0, start.index);
      // Wireshark packet details: "    Request-Line: INVITE sip:... SIP/2.0"
      if (/^\s*(?:Request|Status)-Line:\s*$/.test(prefix)) {
        this.startWs(line, start, prefix.length - prefix.trimStart().length);
        return;
      }
      this.startMessage(line, start);
      return;
    }
    // Wireshark packet list: "1 0.000000 192.168.2.147 217.10.79.9 SIP 524 Request: REGISTER sip:x | "
    const list =
      /^\s*\d+\s+(\d+(?:\.\d+)?)\s+(\S+)\s+(?:(?:→|->)\s+)?(\S+)\s+SIP(?:\/\w+)?\s+\d+\s+(Request|Status): (.{1,600})$/.exec(
        trimmed.slice(0, 1200),
      );
    if (list) {
      this.listLine(list);
      return;
    }
    const wsIp = /^Internet Protocol Version [46], Src: (\S+?),? Dst: (\S+)/.exec(trimmed);
    if (wsIp) {
      this.wsMeta = { format: 'wireshark', src: { host: wsIp[1] }, dst: { host: wsIp[2] } };
      return;
    }
    const wsPort = /^(?:User Datagram|Transmission Control) Protocol, Src Port: (\d+), Dst Port: (\d+)/.exec(trimmed);
    if (wsPort && this.wsMeta.src && this.wsMeta.dst) {
      this.wsMeta.src.port = Number(wsPort[1]);
      this.wsMeta.dst.port = Number(wsPort[2]);
      this.wsMeta.src.transport = this.wsMeta.dst.transport = trimmed.startsWith('User') ? 'UDP' : 'TCP';
      return;
    }
    if (/^Frame \d+: /.test(trimmed)) {
      this.wsMeta = {};
      return;
    }
    // Kamailio sipdump: "tag: rcv", "srcip: 192.0.2.1", "srcport: 5060", ...
    const dump = /^(tag|srcip|srcport|dstip|dstport|proto):\s*(\S+)/.exec(trimmed);
    if (dump) {
      this.sipdump(dump[1], dump[2]);
      return;
    }
    if (SEPARATOR.test(trimmed)) return;
    const banner = parseBanner(trimmed);
    if (banner) {
      this.pending = { ...banner, line: this.lineNo };
      return;
    }
    this.otherLines++;
    this.recent.push({ text: trimmed, line: this.lineNo });
    if (this.recent.length > 3) this.recent.shift();
  }

  private sipdump(key: string, value: string) {
    const d = this.dump;
    d.format = 'kamailio';
    if (key === 'tag') d.direction = /rcv|recv|in/i.test(value) ? 'in' : 'out';
    else if (key === 'srcip') d.src = { host: value.replace(/^\[|\]$/g, '') };
    else if (key === 'dstip') d.dst = { host: value.replace(/^\[|\]$/g, '') };
    else if (key === 'srcport' && d.src) d.src.port = Number(value);
    else if (key === 'dstport' && d.dst) d.dst.port = Number(value);
    else if (key === 'proto') {
      const t = /udp|tcp|tls|wss?|sctp/i.exec(value)?.[0]?.toUpperCase();
      if (t) {
        if (d.src) d.src.transport = t;
        if (d.dst) d.dst.transport = t;
      }
    }
    this.pending = { format: 'kamailio', src: d.src, dst: d.dst, line: this.lineNo };
  }

  /** What the banners and the lines just before a message say about it. */
  private takeMeta(prefix: string): Meta {
    let meta: Meta = {};
    if (this.pending && this.lineNo - this.pending.line <= 4) meta = { ...this.pending };
    this.pending = undefined;
    if (this.dump.format === 'kamailio') this.dump = {};
    const fromPrefix = prefix.trim() ? (parseBanner(prefix) ?? genericDirection(prefix)) : undefined;
    if (fromPrefix)
      meta = {
        ...fromPrefix,
        ...meta,
        direction: meta.direction ?? fromPrefix.direction,
        peer: meta.peer ?? fromPrefix.peer,
      };
    if (!meta.format) {
      const near = this.recent.filter((r) => this.lineNo - r.line <= 3);
      for (let i = near.length - 1; i >= 0 && !meta.direction; i--) {
        const g = genericDirection(near[i].text);
        if (g) meta = { ...g, format: /jssip/i.test(near[i].text) ? 'jssip' : 'log' };
      }
    }
    if (!meta.time && prefix) meta.time = TIME.exec(prefix)?.[1];
    this.recent = [];
    return meta;
  }

  private startMessage(line: string, start: StartLine): void {
    if (this.cur) this.finish(false);
    if (this.messages.length >= MAX_MESSAGES) return;
    const prefix = line.slice(0, start.index);
    const meta = this.takeMeta(prefix);
    const hasPrefix = prefix.trim() !== '';
    this.cur = {
      start,
      line: this.lineNo,
      meta,
      format: meta.format ?? (hasPrefix ? 'log' : 'plain'),
      headers: [],
      body: [],
      bodyLen: 0,
      phase: 'headers',
      indent: hasPrefix ? 0 : line.length - line.trimStart().length,
      prefixes: hasPrefix ? prefixCandidates(prefix) : [],
      prefix: hasPrefix ? undefined : null,
      dots: start.dots,
      maybeDouble: false,
      doubleSpaced: false,
      problems: new Set(),
      lastRawLength: line.length - start.index,
      lastSpace: false,
    };
  }

  /** The line without the log prefix, or undefined when a known prefix is missing (another log line). */
  private strip(line: string): string | undefined {
    const c = this.cur!;
    if (c.prefix === null) return line;
    if (c.prefix) {
      const m = c.prefix.exec(line.length > 2000 ? line.slice(0, 2000) : line);
      return m ? line.slice(m[0].length) : undefined;
    }
    for (const re of c.prefixes) {
      const m = re.exec(line.length > 2000 ? line.slice(0, 2000) : line);
      if (m) {
        c.prefix = re;
        return line.slice(m[0].length);
      }
    }
    c.prefix = null;
    return line;
  }

  /** Feeds a line to the message being read. False when the message has ended before this line. */
  private continueMessage(line: string): boolean {
    const c = this.cur!;
    let content = this.strip(line);
    if (content === undefined) {
      if (c.phase === 'headers' && line.trim() !== '' && !findStartLine(line) && !parseBanner(line)) {
        this.otherLines++;
        return true;
      }
      this.finish(false);
      return false;
    }
    // ngrep shows each line's CR as a dot: drop one.
    if (c.dots && content.endsWith('.')) content = content.slice(0, -1);
    const indentLen = content.length - content.trimStart().length;
    const rel = indentLen - c.indent;
    const endsWithSpace = /\S\s+$/.test(content);
    const text = content.slice(Math.min(indentLen, c.indent)).replace(/\s+$/, '');
    const trimmed = text.trim();
    const prevSpace = c.lastSpace;
    c.lastSpace = endsWithSpace;

    if (
      trimmed.includes('SIP/2.0') &&
      !(c.phase === 'body' && /sipfrag/i.test(c.contentType ?? '')) &&
      findStartLine(content)
    ) {
      this.finish(false);
      return false;
    }
    if (
      SEPARATOR.test(trimmed) ||
      (trimmed.length > 8 && /^<-|bytes|message|websocket|^[UT] \d|->|<-/i.test(trimmed) && parseBanner(trimmed))
    ) {
      this.finish(false);
      return false;
    }

    if (c.phase === 'headers') {
      if (trimmed === '') {
        if (c.headers.length === 0 && !c.maybeDouble) {
          c.maybeDouble = true;
          return true;
        }
        if (c.doubleSpaced) return true;
        c.phase = 'body';
        if (c.contentLength === 0) this.finish(false);
        return true;
      }
      const h = rel <= 0 || c.headers.length === 0 ? splitHeaderLine(trimmed) : undefined;
      if (h && (!c.doubleSpaced || !looksLikeSdp(trimmed))) {
        if (c.maybeDouble && c.headers.length === 0) c.doubleSpaced = true;
        this.addHeader(h.name, h.value);
        c.lastRawLength = text.length;
        return true;
      }
      const last = c.headers[c.headers.length - 1];
      if (last && rel > 0) {
        last.value = `${last.value} ${trimmed}`.trim();
        this.headerChanged(last);
        c.lastRawLength = text.length;
        return true;
      }
      if (looksLikeSdp(trimmed) && (c.doubleSpaced || (c.contentLength ?? 0) > 0 || /sdp/i.test(c.contentType ?? ''))) {
        c.phase = 'body';
        return this.bodyLine(trimmed);
      }
      if (last && isWrapped(c.lastRawLength, last.value, prevSpace, trimmed)) {
        last.value += (prevSpace ? ' ' : '') + trimmed;
        this.headerChanged(last);
        c.problems.add('wrapped');
        c.lastRawLength = text.length;
        return true;
      }
      // Anything else ends the headers (logs often drop the blank line at the end).
      this.finish(false);
      return false;
    }
    return this.bodyLine(text);
  }

  private bodyLine(text: string): boolean {
    const c = this.cur!;
    const trimmed = text.trim();
    const sdp =
      /sdp/i.test(c.contentType ?? '') ||
      (c.contentType === undefined && (c.body.length > 0 ? looksLikeSdp(c.body[0]) : trimmed === 'v=0'));
    const cl = c.contentLength;
    if (cl === 0) {
      this.finish(false);
      return false;
    }
    if (trimmed === '') {
      if (c.doubleSpaced) return true;
      if (sdp || cl === undefined) {
        this.finish(false);
        return true;
      }
      c.body.push('');
      c.bodyLen += 2;
      if (cl !== undefined && c.bodyLen >= cl) this.finish(false);
      return true;
    }
    if (sdp && !looksLikeSdp(trimmed)) {
      this.finish(false);
      return false;
    }
    // Without Content-Length, only a session description is taken as a body.
    if (!sdp && cl === undefined) {
      this.finish(false);
      return false;
    }
    c.body.push(sdp ? trimmed : text);
    c.bodyLen += utf8Length(sdp ? trimmed : text) + 2;
    if (cl !== undefined && c.bodyLen >= cl) this.finish(false);
    return true;
  }

  private addHeader(raw: string, value: string) {
    const c = this.cur!;
    const header: Header = { name: canonicalName(raw), raw, value: value.length > 8192 ? value.slice(0, 8192) : value };
    c.headers.push(header);
    this.headerChanged(header);
  }

  private headerChanged(h: Header) {
    const c = this.cur!;
    if (h.name === 'Content-Length') {
      const n = leadingInt(h.value);
      if (n === undefined) c.problems.add('bad-content-length');
      else c.problems.delete('bad-content-length');
      c.contentLength = n;
    } else if (h.name === 'Content-Type') c.contentType = h.value;
  }

  private finish(eof: boolean): void {
    const c = this.cur;
    if (!c) return;
    this.cur = undefined;
    const problems = c.problems;
    const names = new Set(c.headers.map((h) => h.name));
    const missing = MANDATORY.filter((n) => !names.has(n));
    if (eof && c.phase === 'headers' && (missing.length > 0 || !names.has('Content-Length')) && c.headers.length > 0)
      problems.add('cut-in-headers');
    // Copies lose trailing spaces and line ends, so a few bytes short is not a cut body.
    const deficit = (c.contentLength ?? 0) - c.bodyLen;
    if (
      c.contentLength !== undefined &&
      deficit > Math.max(16, c.contentLength / 10) &&
      !c.doubleSpaced &&
      c.format !== 'wireshark'
    )
      if (c.phase === 'body' || eof || c.body.length > 0) problems.add('body-short');
    if (c.start.kind === 'response' && (c.start.status! < 100 || c.start.status! > 699)) problems.add('invalid-code');
    this.seen(c.format);
    this.messages.push(build(this.messages.length, c, missing));
  }

  // --- Wireshark packet list and packet details ---

  private listLine(m: RegExpExecArray) {
    if (this.cur) this.finish(false);
    let info = m[5].replace(/\s*\|\s*$/, '').trim();
    const meta: Meta = { format: 'wireshark-list', src: { host: m[2] }, dst: { host: m[3] }, time: m[1] };
    let start: StartLine | undefined;
    if (m[4] === 'Request') {
      info = info.replace(/\s+\(.*\)$/, '');
      const r = /^([A-Z][A-Z_-]{1,19}) (\S+)/.exec(info);
      if (r)
        start = { index: 0, kind: 'request', method: r[1], uri: r[2], text: `${r[1]} ${r[2]} SIP/2.0`, dots: false };
    } else {
      const s = /^(\d{3})\s*(.*?)(?:\s+\(.*\))?$/.exec(info);
      if (s)
        start = {
          index: 0,
          kind: 'response',
          status: Number(s[1]),
          reason: s[2].trim(),
          text: `SIP/2.0 ${s[1]} ${s[2].trim()}`.trim(),
          dots: false,
        };
    }
    if (!start) {
      this.otherLines++;
      return;
    }
    this.pending = undefined;
    this.cur = {
      start,
      line: this.lineNo,
      meta,
      format: 'wireshark-list',
      headers: [],
      body: [],
      bodyLen: 0,
      phase: 'body',
      indent: 0,
      prefixes: [],
      prefix: null,
      dots: false,
      maybeDouble: false,
      doubleSpaced: false,
      problems: new Set<MessageProblem>(['summary-only']),
      lastRawLength: 0,
      lastSpace: false,
    };
    this.finish(false);
  }

  private startWs(line: string, start: StartLine, indent: number) {
    if (this.cur) this.finish(false);
    this.cur = {
      start,
      line: this.lineNo,
      meta: { ...this.wsMeta, format: 'wireshark' },
      format: 'wireshark',
      headers: [],
      body: [],
      bodyLen: 0,
      phase: 'headers',
      indent: 0,
      prefixes: [],
      prefix: null,
      dots: false,
      maybeDouble: false,
      doubleSpaced: false,
      problems: new Set(),
      lastRawLength: line.length,
      lastSpace: false,
    };
    this.ws = { base: Math.max(0, indent - 4), section: 'start' };
    this.wsMeta = {};
  }

  /** A line of a Wireshark packet-details export. False when the packet's SIP part has ended. */
  private wsLine(line: string): boolean {
    const ws = this.ws!;
    const trimmed = line.trim();
    const indent = line.length - line.trimStart().length;
    if (!trimmed || indent <= ws.base) {
      if (indent === ws.base + 0 && trimmed === 'Message Header') ws.section = 'headers';
      else if (trimmed && indent === ws.base && /^Message Body/.test(trimmed)) ws.section = 'body';
      else {
        this.finishWs();
        return false;
      }
      return true;
    }
    if (indent === ws.base + 4 || (ws.section === 'start' && indent > ws.base)) {
      if (trimmed === 'Message Header') {
        ws.section = 'headers';
        ws.headerIndent = undefined;
        return true;
      }
      if (/^Message Body/.test(trimmed)) {
        ws.section = 'body';
        return true;
      }
      if (ws.section === 'start') return true;
    }
    if (ws.section === 'headers') {
      ws.headerIndent ??= indent;
      if (indent === ws.headerIndent) {
        const h = splitHeaderLine(trimmed.replace(/^\[truncated\]\s*/, ''));
        if (h && this.cur) {
          if (trimmed.startsWith('[truncated]')) this.cur.problems.add('long-line');
          this.addHeader(h.name, h.value);
        }
      }
      return true;
    }
    if (ws.section === 'body' && this.cur) {
      const m = /\(([a-z])\): (.*)$/.exec(trimmed.slice(0, 2000));
      if (m) {
        ws.sdpIndent ??= indent;
        if (indent === ws.sdpIndent) this.cur.body.push(`${m[1]}=${m[2]}`);
      }
    }
    return true;
  }

  private finishWs() {
    this.ws = undefined;
    if (this.cur) {
      this.cur.phase = 'body';
      this.finish(false);
    }
  }
}

const FLAT_NAMES =
  'Via|From|To|Call-ID|CSeq|Max-Forwards|Contact|Content-Type|Content-Length|Allow|Supported|User-Agent|Server|Record-Route|Route|Expires|Session-Expires|Min-SE|Require|Warning|Reason|WWW-Authenticate|Proxy-Authenticate|Authorization|Proxy-Authorization|Retry-After|Min-Expires|Unsupported|P-Asserted-Identity|Privacy|Allow-Events|Accept|Event';
const FLAT_SPLIT = new RegExp(`\\s(?=(?:${FLAT_NAMES}): )`);
const countFlatHeaders = (line: string) =>
  (line.slice(0, 20000).match(new RegExp(`\\s(?:${FLAT_NAMES}): `, 'g')) ?? []).length;

/** True when a line that is not a header most likely continues the previous one (broken by a narrow window). */
function isWrapped(prevLength: number, prevValue: string, prevSpace: boolean, next: string): boolean {
  // "channel [0x5562]: ending task", "Scheduling destruction: ..." are log lines, not the rest of a header.
  if (/^[\w\s[\]()./#-]{1,60}:\s/.test(next) && !/^[\w-]+="/.test(next)) return false;
  if (/[,;=]$/.test(prevValue) || prevSpace) return true;
  const firstWord = next.split(/\s/)[0].length;
  return prevLength >= 78 || (prevLength >= 40 && prevLength + 1 + firstWord > 76);
}

const utf8Length = (s: string) => {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) n += c > 0x7ff ? (c >= 0xd800 && c <= 0xdbff ? 1 : 2) : 1;
  }
  return n;
};

function build(index: number, c: Builder, missing: string[]): SipMessage {
  const get = (name: string) => c.headers.find((h) => h.name === name)?.value;
  const via = get('Via');
  const topVia = via ? parseVia(via.split(',')[0]) : undefined;
  const cseq = get('CSeq');
  const from = get('From');
  const to = get('To');
  const s = c.start;
  const msg: SipMessage = {
    index,
    kind: s.kind,
    startLine: s.text,
    method: s.method,
    uri: s.uri,
    status: s.status,
    reason: s.reason,
    headers: c.headers,
    body: c.body.join('\r\n'),
    line: c.line,
    format: c.format,
    direction: c.meta.direction,
    peer: c.meta.peer,
    src: c.meta.src,
    dst: c.meta.dst,
    time: c.meta.time,
    problems: [...c.problems],
    missing: c.problems.has('summary-only') ? [] : missing,
    callId: get('Call-ID')?.trim() || undefined,
    cseq: cseq ? parseCSeq(cseq) : undefined,
    fromTag: from ? parseNameAddr(from).params.tag || undefined : undefined,
    toTag: to ? parseNameAddr(to).params.tag || undefined : undefined,
    branch: topVia?.params.branch || undefined,
  };
  for (const k of Object.keys(msg) as (keyof SipMessage)[]) if (msg[k] === undefined) delete msg[k];
  return msg;
}

/** Every SIP message in a pasted text, with what the reader noticed. Never throws. */
export function parseTrace(text: string): ParseResult {
  const reader = new TraceReader();
  try {
    reader.push(typeof text === 'string' ? text : String(text ?? ''));
    return reader.end();
  } catch {
    // A bug must not cost the reader its page: return what was read so far.
    try {
      return reader.end();
    } catch {
      return {
        messages: [],
        formats: [],
        lines: 0,
        chars: 0,
        otherLines: 0,
        binaryLines: 0,
        longLines: 0,
        truncated: false,
      };
    }
  }
}
