/** Runs the analyser off the page's main thread, so typing never waits for a long trace. */
import { analyze } from '../lib/sip/index.ts';

self.addEventListener('message', (e: MessageEvent<string>) => {
  self.postMessage(analyze(e.data));
});
