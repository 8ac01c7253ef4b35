/**
 * The SIP message analyser: pure TypeScript, no DOM and no Node APIs, so it runs in a module
 * Worker as well as in tests. `analyze(text)` does everything; the parts are exported for the
 * page and for tests.
 */
export {
  analyze,
  analyzeParsed,
  messageLabel,
  type Analysis,
  type Note,
  type NoteId,
  type Party,
  type Route,
  type Verdict,
} from './analyze.ts';
export { parseTrace, TraceReader, findStartLine, parseBanner } from './parse.ts';
export { summarize, type SummaryOptions } from './summary.ts';
export type { Explanation, Fact, Ref } from './explain.ts';
export type { Dialog, DialogKind, DialogOutcome, Transaction } from './dialogs.ts';
export type { MediaComparison, MediaRow, MediaSide, CodecRow, MediaProblem } from './sdp.ts';
export type { Endpoint, Header, MessageProblem, ParseResult, SipMessage, TraceFormat } from './types.ts';
export { layoutLadder, type LadderInput, type LadderLayout } from '../ladder.ts';
