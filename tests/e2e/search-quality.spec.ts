import { test, expect } from '../support/site.ts';

/**
 * Search quality: what people type or paste, and the page that must come first.
 * `section`: the deep link (sub-result) the first result must offer.
 * Reports top-1 and top-3 rates; every query must put the expected page first.
 */
const queries: { q: string; first: string; alt?: string[]; section?: string }[] = [
  // A bare number, or a code in a sentence
  { q: '486', first: '/486/' },
  { q: '403', first: '/403/' },
  { q: '450', first: '/450/' },
  { q: 'what does 403 mean', first: '/403/' },
  { q: 'error 404 on my phone', first: '/404/' },
  // Pasted log lines
  { q: 'SIP/2.0 486 Busy Here', first: '/486/' },
  { q: 'SIP/2.0 488 Not Acceptable Here', first: '/488/' },
  { q: 'Status: 407 Proxy Authentication Required', first: '/407/' },
  { q: 'Reason: Q.850;cause=17;text="User busy"', first: '/486/' },
  { q: 'hangup cause 1', first: '/404/' },
  { q: 'Q.850 cause=28', first: '/484/' },
  { q: 'cause 19', first: '/480/' },
  { q: 'ISUP cause 21', first: '/403/' },
  // Reason phrases, current and old
  { q: 'Busy Here', first: '/486/' },
  { q: 'Forbidden', first: '/403/' },
  { q: 'Request Terminated', first: '/487/' },
  { q: 'Unsupported Certificate', first: '/437/' },
  { q: 'Bad Identity-Info', first: '/436/' },
  { q: 'Temporarily not available', first: '/480/' },
  { q: 'Call Leg/Transaction Does Not Exist', first: '/481/' },
  { q: 'Request-URI Too Large', first: '/414/' },
  { q: 'Interval Too Brief', first: '/423/' },
  { q: 'Session Interval Too Small', first: '/422/' },
  { q: 'Max-Breadth Exceeded', first: '/440/' },
  { q: 'Loop Detected', first: '/482/' },
  // Header names
  { q: 'Min-Expires', first: '/423/' },
  { q: 'WWW-Authenticate', first: '/401/' },
  { q: 'Proxy-Authenticate', first: '/407/' },
  { q: 'Max-Forwards', first: '/483/' },
  { q: 'Min-SE', first: '/422/' },
  { q: 'Allow-Events', first: '/489/' },
  { q: 'Security-Server', first: '/494/', alt: ['/421/'] },
  { q: 'Geolocation-Error', first: '/424/' },
  { q: 'Recv-Info', first: '/469/' },
  { q: 'Permission-Missing', first: '/470/' },
  // Words for the problem
  { q: 'engaged', first: '/486/', alt: ['/troubleshooting/every-call-busy/'] },
  { q: 'wrong password', first: '/troubleshooting/password-prompts/' },
  { q: 'IP address not allowed', first: '/403/', section: '#cause-ip-not-allowed' },
  // Several causes of 488 are about codecs: any of them is the right deep link.
  { q: 'codec', first: '/488/', section: '#cause-' },
  { q: 'glare', first: '/491/' },
  { q: 'session timer', first: '/422/' },
  { q: 'SIP ALG', first: '/troubleshooting/calls-drop-after-30-seconds/', section: '#step-alg' },
  { q: 'anonymous', first: '/433/', alt: ['/troubleshooting/caller-id/'] },
  { q: 'T.38 fax', first: '/488/', section: '#cause-t38-fax' },
  { q: '100rel', first: '/420/' },
  { q: 'too many hops', first: '/483/' },
  // Questions and symptoms in the user's own words
  { q: 'why is my phone not registering', first: '/troubleshooting/phone-wont-register/' },
  { q: 'no audio', first: '/troubleshooting/no-audio/' },
  { q: 'one way audio', first: '/troubleshooting/no-audio/' },
  { q: 'calls drop after 30 seconds', first: '/troubleshooting/calls-drop-after-30-seconds/' },
  { q: 'incoming calls go to voicemail', first: '/troubleshooting/incoming-calls-dont-ring/' },
  { q: 'do not disturb', first: '/troubleshooting/do-not-disturb/' },
  { q: 'call forwarding', first: '/troubleshooting/call-forwarding/' },
  { q: 'outage', first: '/troubleshooting/check-outage/' },
];

test('search puts the right page first for what people type and paste', async ({ page }) => {
  test.setTimeout(180_000);
  const rows: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const { q, first, alt = [], section } of queries) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    const titles = page.locator('.results > li > a.result-title');
    await expect(titles.first()).toBeVisible();
    const hrefs = (
      await titles.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    ).map((p) => p.replace(/^.*?(\/(?:\d{3}|troubleshooting\/[^/]+)\/)$/, '$1'));
    const ok1 = [first, ...alt].includes(hrefs[0]);
    const ok3 = hrefs.slice(0, 3).some((h) => [first, ...alt].includes(h));
    top1 += Number(ok1);
    top3 += Number(ok3);
    rows.push(`${ok1 ? 'ok  ' : ok3 ? 'top3' : 'MISS'}  ${q.padEnd(42)} -> ${hrefs.slice(0, 3).join(' ')}`);
    expect.soft([first, ...alt], `first result for "${q}": ${hrefs[0]}`).toContain(hrefs[0]);
    if (section && ok1) {
      const subs = await page
        .locator('.results > li')
        .first()
        .locator('.sub a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
      expect
        .soft(
          subs.some((h) => h.startsWith(section)),
          `deep links for "${q}": ${subs.join(' ')}`,
        )
        .toBe(true);
      rows.push(`      deep links: ${subs.join(' ')}`);
    }
  }
  const n = queries.length;
  console.log(
    `${rows.join('\n')}\nSearch quality: top-1 ${top1}/${n} (${Math.round((100 * top1) / n)}%), top-3 ${top3}/${n} (${Math.round((100 * top3) / n)}%)`,
  );
  expect(n).toBeGreaterThanOrEqual(40);
});
