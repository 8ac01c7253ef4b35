/** Shapes shared by the parser and the analyser. Plain data only, so results cross a Worker boundary. */

/** Where a message came from, as far as the pasted text shows it. */
export type TraceFormat =
  | 'plain'
  | 'asterisk'
  | 'asterisk-chan-sip'
  | 'freeswitch'
  | 'sngrep'
  | 'ngrep'
  | 'wireshark'
  | 'wireshark-list'
  | 'tcpdump'
  | 'kamailio'
  | 'pjsip'
  | 'linphone'
  | 'baresip'
  | 'jssip'
  | 'sipjs'
  | 'log';

export interface Endpoint {
  host: string;
  port?: number;
  transport?: string;
}

export interface Header {
  /** The usual spelling ("Via" for "v", "Call-ID" for "call-id"). */
  name: string;
  /** The name as written. */
  raw: string;
  value: string;
}

/**
 * Something the parser noticed about one message:
 * - cut-in-headers: the text ends before the blank line that ends the headers;
 * - body-short: the body is shorter than Content-Length says (cut off);
 * - bad-content-length: Content-Length is not a number;
 * - wrapped: long lines were broken and joined back;
 * - lost-line-breaks: the message was pasted on one line and split back at header names;
 * - summary-only: only a one-line summary (Wireshark packet list), no headers;
 * - long-line: a line was too long and was cut for reading;
 * - invalid-code: the status code is outside 100-699.
 */
export type MessageProblem =
  | 'cut-in-headers'
  | 'body-short'
  | 'bad-content-length'
  | 'wrapped'
  | 'lost-line-breaks'
  | 'summary-only'
  | 'long-line'
  | 'invalid-code';

export interface SipMessage {
  /** Position in the trace, 0-based. */
  index: number;
  kind: 'request' | 'response';
  startLine: string;
  method?: string;
  uri?: string;
  status?: number;
  reason?: string;
  headers: Header[];
  body: string;
  /** Line of the pasted text (1-based) where the start line is. */
  line: number;
  format: TraceFormat;
  /** From the log's point of view: received ("in") or sent ("out"), when a banner says so. */
  direction?: 'in' | 'out';
  /** The other side, from the banner ("from UDP:192.0.2.1:5060"). */
  peer?: Endpoint;
  /** Sender and receiver, when the banner names both (sngrep, ngrep, Wireshark, tcpdump). */
  src?: Endpoint;
  dst?: Endpoint;
  /** Time of day as the log wrote it. */
  time?: string;
  problems: MessageProblem[];
  /** Mandatory header fields (RFC 3261 section 8.1.1) that are absent. */
  missing: string[];
  callId?: string;
  cseq?: { num: number; method: string };
  fromTag?: string;
  toTag?: string;
  /** Branch of the top Via. */
  branch?: string;
  /** True when the same request or response was already seen in its transaction. */
  retransmission?: boolean;
}

export interface ParseResult {
  messages: SipMessage[];
  /** Formats recognised, in order of first appearance. */
  formats: TraceFormat[];
  /** Lines read. */
  lines: number;
  /** Characters read. */
  chars: number;
  /** Non-empty lines that belong to no message (log noise, banners). */
  otherLines: number;
  /** Lines that look like binary data. */
  binaryLines: number;
  /** Lines longer than the reader's limit (cut for reading). */
  longLines: number;
  /** True when the input was longer than the reader reads (the rest was ignored). */
  truncated: boolean;
}
