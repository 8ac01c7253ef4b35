/** What the analyser says: the response that matters, each header's explanation, media, auth, the summary. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, summarize } from '../../src/lib/sip/index.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/traces/${name}`, 'utf8');

/** A request and its response, as plain SIP; extra header lines go into each. */
function pair(method: string, status: string, reqExtra: string[] = [], resExtra: string[] = [], body = '') {
  const common = [
    'From: <sip:100@example.com>;tag=f1',
    'To: <sip:200@example.com>',
    'Call-ID: call-1@192.0.2.10',
    `CSeq: 1 ${method}`,
  ];
  const via = 'Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-t1';
  const req = [`${method} sip:200@example.com SIP/2.0`, via, 'Max-Forwards: 70', ...common, ...reqExtra];
  if (body) req.push('Content-Type: application/sdp', `Content-Length: ${body.length}`, '', body);
  else req.push('Content-Length: 0', '');
  const res = [
    `SIP/2.0 ${status}`,
    via,
    ...common.map((l) => (l.startsWith('To:') ? `${l};tag=t9` : l)),
    ...resExtra,
    'Content-Length: 0',
    '',
  ];
  return [...req, '', ...res, ''].join('\r\n');
}
const byId = (a: ReturnType<typeof analyze>, id: string) => a.explanations.filter((e) => e.id === id);

describe('the response that matters', () => {
  it('423 with Min-Expires: advice to raise the interval to at least that value, linked to the cause', () => {
    const a = analyze(fixture('synthetic-asterisk-423.txt'));
    expect(a.verdict).toMatchObject({
      code: 423,
      method: 'REGISTER',
      outcome: 'failed',
      known: true,
      link: '/423/',
      cause: { id: 'expiry-too-short', link: '/423/#cause-expiry-too-short' },
    });
    const [e] = byId(a, 'min-expires');
    expect(e.plain).toContain('at least 3600 seconds (1 hour)');
    expect(e.precise).toContain('Min-Expires: 3600');
    expect(e.precise).toContain('asked for 60 seconds');
    expect(e.refs).toContainEqual({ rfc: 3261, section: '10.2.8' });
    expect(a.explanations[0].id).toBe('min-expires');
  });

  it('423 again after a retry: the device ignores Min-Expires', () => {
    const once = pair('REGISTER', '423 Interval Too Brief', ['Expires: 30'], ['Min-Expires: 600']);
    const again = once.replace(/CSeq: 1 REGISTER/g, 'CSeq: 2 REGISTER').replace(/z9hG4bK-t1/g, 'z9hG4bK-t2');
    const a = analyze(once + again);
    expect(a.verdict?.cause?.id).toBe('device-ignores-min-expires');
    expect(byId(a, 'min-expires')[0].precise).toMatch(/did not raise its expiry/);
  });

  it('a call ends with the last attempt: 407, then INVITE with credentials, then 486', () => {
    const first = pair(
      'INVITE',
      '407 Proxy Authentication Required',
      [],
      ['Proxy-Authenticate: Digest realm="example.com", nonce="n1"'],
    );
    const second = pair(
      'INVITE',
      '486 Busy Here',
      [
        'Proxy-Authorization: Digest username="100", realm="example.com", nonce="n1", uri="sip:200@example.com", response="x"',
      ],
      ['Reason: Q.850;cause=17;text="User busy"'],
    )
      .replace(/CSeq: 1 INVITE/g, 'CSeq: 2 INVITE')
      .replace(/z9hG4bK-t1/g, 'z9hG4bK-t2');
    const a = analyze(first + second);
    expect(a.verdict).toMatchObject({ code: 486, outcome: 'failed', cause: { id: 'callee-on-another-call' } });
    expect(a.dialogs).toHaveLength(1);
    expect(a.transactions.filter((t) => t.method === 'INVITE')).toHaveLength(2);
  });

  it('unknown codes: 499 is treated as 400, 699 as 600, and said so', () => {
    const a = analyze(pair('INVITE', '499 Request Rejected By Policy'));
    expect(a.verdict).toMatchObject({ code: 499, known: false, page: 400, link: '/400/' });
    expect(a.verdict?.precise).toMatch(/8\.1\.3\.2 says to treat it as 400/);
    expect(a.notes.find((n) => n.id === 'unknown-code')?.text).toMatch(/^499 is not a registered SIP response code/);
    expect(analyze(pair('OPTIONS', '699 Whatever')).verdict).toMatchObject({ page: 600, link: '/600/' });
  });

  it('a successful registration and a failing call: the failure matters', () => {
    const reg = pair('REGISTER', '200 OK', ['Expires: 3600']).replace(/call-1@/g, 'reg-1@');
    const call = pair('INVITE', '480 Temporarily Unavailable');
    expect(analyze(reg + call).verdict).toMatchObject({ code: 480, method: 'INVITE' });
    expect(analyze(reg).verdict).toMatchObject({ code: 200, outcome: 'registered' });
  });

  it('an answered call ended with BYE: the Reason of the BYE is explained', () => {
    const invite = pair('INVITE', '200 OK');
    const bye = pair('BYE', '200 OK', ['Reason: Q.850;cause=16;text="Normal Clearing"'])
      .replace(/CSeq: 1 BYE/g, 'CSeq: 2 BYE')
      .replace(/To: <sip:200@example.com>\r\n/, 'To: <sip:200@example.com>;tag=t9\r\n')
      .replace(/z9hG4bK-t1/g, 'z9hG4bK-b1');
    const a = analyze(invite + bye);
    expect(a.verdict).toMatchObject({ code: 200, outcome: 'ended' });
    expect(a.verdict?.plain).toBe('The call was answered, then ended with BYE.');
    const [r] = byId(a, 'reason');
    expect(r.plain).toBe('The phone network says the call ended normally: someone hung up.');
    expect(r.precise).toContain('Q.850 cause 16 (Normal call clearing)');
    expect(r.precise).toContain('Reason in the BYE');
  });

  it('no final response: says so', () => {
    const a = analyze(
      'INVITE sip:bob@example.com SIP/2.0\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\nCSeq: 1 INVITE\nCall-ID: q\nContent-Length: 0\n\nSIP/2.0 100 Trying\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\nCSeq: 1 INVITE\nCall-ID: q\nContent-Length: 0\n',
    );
    expect(a.verdict).toBeUndefined();
    expect(a.notes.map((n) => n.id)).toContain('no-final');
  });
});

describe('each header, in plain words then precisely', () => {
  it('Warning 305 on a 488, with the RFC 3398 mapping', () => {
    const a = analyze(
      pair('INVITE', '488 Not Acceptable Here', [], ['Warning: 305 sbc.example.com "Incompatible media format"']),
    );
    const [w] = byId(a, 'warning');
    expect(w.plain).toBe('The other side cannot use the voice or video formats (codecs) your side offered.');
    expect(w.precise).toMatch(/^Warning 305 \(Incompatible media format\) from sbc\.example\.com/);
    expect(w.precise).toContain('Q.850 cause 31');
    expect(w.refs).toContainEqual({ rfc: 3261, section: '20.43' });
    expect(w.cause).toEqual({ code: 488, id: 'no-common-codec', link: '/488/#cause-no-common-codec' });
  });

  it('Warning 380/381 from RFC 5630 and an unknown warning code', () => {
    const a = analyze(
      pair(
        'INVITE',
        '480 Temporarily Unavailable',
        [],
        ['Warning: 381 proxy.example.com "SIPS Required"', 'Warning: 392 10.0.0.1:6060 "Noisy feedback"'],
      ),
    );
    const [sips, noisy] = byId(a, 'warning');
    expect(sips.refs).toContainEqual({ rfc: 5630, section: '9' });
    expect(sips.plain).toMatch(/secure kind of address/);
    expect(noisy.precise).toMatch(/392 .* is not one RFC 3261 or RFC 5630 defines/);
    expect(noisy.weight).toBe(1);
  });

  it('Reason Q.850 on a 503: name, RFC 3398 mapping, what Asterisk and FreeSWITCH do', () => {
    const a = analyze(fixture('ngrep-kamailio-503-q850.txt'));
    expect(a.verdict).toMatchObject({
      code: 503,
      cause: { id: 'out-of-channels', link: '/503/#cause-out-of-channels' },
    });
    const [r] = byId(a, 'reason');
    expect(r.plain).toBe('The phone network says it has no free line or is in trouble right now.');
    expect(r.precise).toContain('Q.850 cause 34 (No circuit/channel available)');
    expect(r.precise).toContain('maps cause 34 to the SIP response 503');
    expect(r.precise).toMatch(
      /AST_CAUSE_NORMAL_CIRCUIT_CONGESTION in Asterisk, NORMAL_CIRCUIT_CONGESTION in FreeSWITCH/,
    );
  });

  it('Reason SIP;cause=200 on a 487: answered elsewhere', () => {
    const a = analyze(
      pair('INVITE', '487 Request Terminated', [], ['Reason: SIP;cause=200;text="Call completed elsewhere"']),
    );
    const [r] = byId(a, 'reason');
    expect(r.plain).toBe('The call was answered on another phone.');
    expect(r.cause?.link).toBe('/487/#cause-answered-elsewhere');
  });

  it('Retry-After in words, on a 503', () => {
    const a = analyze(pair('INVITE', '503 Service Unavailable', [], ['Retry-After: 120 (maintenance);duration=3600']));
    const [r] = byId(a, 'retry-after');
    expect(r.plain).toBe('The other side asks to try again in 2 minutes.');
    expect(r.precise).toMatch(/Retry-After: 120 seconds.*duration parameter \(3600 seconds\)/);
    expect(r.cause?.id).toBe('overload-or-maintenance');
  });

  it('Min-SE on a 422, with the Session-Expires asked for', () => {
    const a = analyze(
      pair('INVITE', '422 Session Interval Too Small', ['Session-Expires: 90', 'Supported: timer'], ['Min-SE: 1800']),
    );
    const [m] = byId(a, 'min-se');
    expect(m.plain).toBe(
      'The other side wants the call checked less often. Set the session timer to at least 1800 seconds (30 minutes).',
    );
    expect(m.precise).toContain('Session-Expires: 90');
    expect(a.verdict?.cause?.link).toBe('/422/#cause-session-expires-too-low');
  });

  it('Unsupported on a 420: option tags named in plain words', () => {
    const a = analyze(pair('INVITE', '420 Bad Extension', ['Require: 100rel'], ['Unsupported: 100rel']));
    const [u] = byId(a, 'unsupported');
    expect(u.plain).toBe(
      'The other side does not support something your side insisted on: confirmed ringing and progress messages.',
    );
    expect(u.refs).toContainEqual({ rfc: 3262, section: '8.1' });
    expect(u.cause?.link).toBe('/420/#cause-100rel');
    expect(byId(a, 'request-require')[0].precise).toBe('The INVITE had Require: 100rel. (RFC 3261 section 20.32)');
  });

  it('Unsupported tag listed in Proxy-Require: a server on the way', () => {
    const a = analyze(pair('INVITE', '420 Bad Extension', ['Proxy-Require: foo'], ['Unsupported: foo']));
    expect(a.verdict?.cause?.id).toBe('proxy-require');
    expect(byId(a, 'unsupported')[0].plain).toMatch(/a feature this tool does not describe/);
  });

  it('Require on a 421 and the Supported of the request', () => {
    const a = analyze(pair('INVITE', '421 Extension Required', ['Supported: replaces'], ['Require: timer']));
    expect(byId(a, 'require')[0].cause?.link).toBe('/421/#cause-session-timer');
    expect(byId(a, 'supported')[0].precise).toBe(
      'The request had Supported: replaces; missing: timer. (RFC 3261 section 20.37)',
    );
  });

  it('Allow on a 405: REFER not accepted is a transfer problem', () => {
    const a = analyze(pair('REFER', '405 Method Not Allowed', [], ['Allow: INVITE, ACK, BYE, CANCEL, OPTIONS']));
    const [al] = byId(a, 'allow');
    expect(al.plain).toBe(
      'The other side does not accept REFER requests. It accepts: INVITE, ACK, BYE, CANCEL, OPTIONS.',
    );
    expect(al.cause?.link).toBe('/405/#cause-transfer-not-supported');
  });

  it('Accept on a 415: what the other side reads, and what was sent', () => {
    const text = pair(
      'MESSAGE',
      '415 Unsupported Media Type',
      ['Content-Type: text/html'],
      ['Accept: text/plain, message/cpim'],
    );
    const a = analyze(text);
    const [ac] = byId(a, 'accept');
    expect(ac.plain).toBe('The other side only reads these formats: text/plain, message/cpim.');
    expect(ac.cause?.link).toBe('/415/#cause-text-message');
  });

  it('WWW-Authenticate: realm, algorithm, qop; a first challenge is normal', () => {
    const a = analyze(fixture('logcat-linphone-401.txt'));
    const [c] = byId(a, 'challenge');
    expect(c.plain).toMatch(
      /^The server asks the phone to prove its user name and password for "sipsrv\.eaetechnology\.com"\. This first request is normal/,
    );
    expect(c.facts).toEqual(
      expect.arrayContaining([
        { label: 'Realm', value: 'sipsrv.eaetechnology.com' },
        { label: 'Algorithm', value: 'MD5' },
        { label: 'qop', value: 'auth' },
        { label: 'stale', value: 'false' },
      ]),
    );
    expect(a.verdict?.cause?.link).toBe('/401/#cause-first-challenge');
  });

  it('stale=true means the nonce expired, not the password', () => {
    const a = analyze(fixture('linphone-401-stale.txt'));
    const [c] = byId(a, 'challenge');
    expect(c.plain).toMatch(/This is not a wrong password/);
    expect(c.precise).toMatch(/stale=true: the nonce expired but the credentials were valid/);
    expect(a.verdict?.cause?.link).toBe('/401/#cause-stale-nonce');
  });

  it('a challenge repeated after credentials: the password is wrong', () => {
    const a = analyze(fixture('synthetic-sngrep-401-twice.txt'));
    expect(a.verdict).toMatchObject({ code: 401, message: 4, cause: { id: 'wrong-password' } });
    const [r] = byId(a, 'auth-repeated');
    expect(r.plain).toBe(
      'The server asked for the password again after the phone sent it. The password is wrong, or the user name or the domain (realm) do not match the account on the server.',
    );
    expect(r.precise).toMatch(
      /Challenge in message 2; Authorization with username "3001" and realm "voip\.example\.com" in message 4; challenged again in message 5/,
    );
    expect(r.value).not.toContain('0123456789abcdef');
    expect(a.explanations[0].id).toBe('auth-repeated');
  });

  it('a repeated proxy challenge with another realm in the credentials: realm mismatch', () => {
    const first = pair(
      'INVITE',
      '407 Proxy Authentication Required',
      [],
      ['Proxy-Authenticate: Digest realm="sip.provider.example", nonce="n1"'],
    );
    const second = pair(
      'INVITE',
      '407 Proxy Authentication Required',
      [
        'Proxy-Authorization: Digest username="100", realm="asterisk", nonce="n1", uri="sip:200@example.com", response="x"',
      ],
      ['Proxy-Authenticate: Digest realm="sip.provider.example", nonce="n2"'],
    )
      .replace(/CSeq: 1 INVITE/g, 'CSeq: 2 INVITE')
      .replace(/z9hG4bK-t1/g, 'z9hG4bK-t2');
    const a = analyze(first + second);
    expect(byId(a, 'auth-repeated')[0].plain).toBe(
      'The phone answered for "asterisk", but the server asking is "sip.provider.example": the account settings point at the wrong domain.',
    );
    expect(a.verdict?.cause?.link).toBe('/407/#cause-realm-mismatch');
  });

  it('Server and User-Agent name the products', () => {
    const a = analyze(fixture('synthetic-asterisk-423.txt'));
    expect(byId(a, 'server')[0].plain).toBe('The answer came from software that calls itself "Asterisk PBX 20.5.0".');
    expect(byId(a, 'user-agent')[0].plain).toBe(
      'The request came from software that calls itself "Example Phone 1.0".',
    );
    expect(a.parties.find((p) => p.local)?.products).toEqual(['Asterisk PBX 20.5.0']);
  });

  it('Via: the path, and received/rport showing NAT', () => {
    const a = analyze(fixture('synthetic-asterisk-423.txt'));
    const [nat] = byId(a, 'via-nat');
    expect(nat.plain).toBe(
      'The phone says its address is 192.168.1.20:5062, but the server saw the request coming from 203.0.113.40:5062: a router translates its address (NAT).',
    );
    expect(byId(a, 'via')[0].plain).toBe(
      'The request went straight to the system that answered, with no server in between.',
    );
    // A response seen before the proxy removed its own Via: one server on the way.
    const proxied = analyze(
      pair('INVITE', '404 Not Found', [], []).replace(
        /(SIP\/2\.0 404 Not Found\r\n)/,
        '$1Via: SIP/2.0/UDP 203.0.113.1;branch=z9hG4bK-p\r\n',
      ),
    );
    expect(byId(proxied, 'via')[0].plain).toBe('The request passed through one server on its way.');
    const twoProxies = pair('INVITE', '404 Not Found', [
      'Via: SIP/2.0/UDP 198.51.100.1;branch=z9hG4bK-p1',
      'Via: SIP/2.0/UDP 198.51.100.2;branch=z9hG4bK-p2',
    ]);
    expect(byId(analyze(twoProxies), 'via')[0].plain).toBe('The request passed through 2 servers on its way.');
  });

  it('a private Contact behind NAT; on a 408 it points to the router or firewall', () => {
    const a = analyze(
      pair('INVITE', '408 Request Timeout', ['Contact: <sip:100@10.1.2.3:5060>'], []).replace(
        'branch=z9hG4bK-t1\r\nFrom: <sip:100@example.com>;tag=f1\r\nTo: <sip:200@example.com>;tag=t9',
        'branch=z9hG4bK-t1;received=198.51.100.77;rport=40001\r\nFrom: <sip:100@example.com>;tag=f1\r\nTo: <sip:200@example.com>;tag=t9',
      ),
    );
    const [c] = byId(a, 'contact-private');
    expect(c.plain).toMatch(/^The phone gives a private address \(10\.1\.2\.3\)/);
    expect(c.precise).toContain('10.0.0.0/8 (RFC 1918)');
    expect(a.verdict?.cause?.link).toBe('/408/#cause-nat-firewall');
    const shared = analyze(pair('REGISTER', '200 OK', ['Contact: <sip:100@100.72.1.9>']));
    expect(byId(shared, 'contact-private')[0].precise).toContain('100.64.0.0/10 (RFC 6598)');
  });

  it('a private address in the SDP of an answered call', () => {
    const sdp = [
      'v=0',
      'o=- 1 1 IN IP4 192.168.5.5',
      's=-',
      'c=IN IP4 192.168.5.5',
      't=0 0',
      'm=audio 4000 RTP/AVP 0',
      '',
    ].join('\r\n');
    const a = analyze(
      pair('INVITE', '200 OK', [], [], sdp)
        .replace('branch=z9hG4bK-t1\r\nMax', 'branch=z9hG4bK-t1\r\nMax')
        .replace(/(SIP\/2\.0 200 OK\r\nVia: [^\r]*)/, '$1;received=203.0.113.99'),
    );
    const [s] = byId(a, 'sdp-private');
    expect(s.plain).toMatch(/private address \(192\.168\.5\.5\).*one-way or no audio/);
    expect(s.cause?.link).toBe('/200/#cause-answered-no-audio');
  });

  it('P-Asserted-Identity, Privacy and Identity; 433 with a withheld number', () => {
    const a = analyze(
      pair('INVITE', '433 Anonymity Disallowed', [
        'P-Asserted-Identity: <sip:+15550101@example.com>',
        'Privacy: id',
        'Identity: abc.def.ghi;info=<https://cert.example.org/c.pem>;alg=ES256;ppt=shaken',
      ]).replace(
        'From: <sip:100@example.com>;tag=f1\r\nTo: <sip:200@example.com>\r\n',
        'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=f1\r\nTo: <sip:200@example.com>\r\n',
      ),
    );
    expect(byId(a, 'pai')[0].plain).toBe('The network vouches that the caller is +15550101.');
    expect(byId(a, 'privacy')[0]).toMatchObject({
      plain: 'The caller asked to keep their number hidden.',
      precise: expect.stringContaining('Privacy: id'),
    });
    expect(a.verdict?.cause?.link).toBe('/433/#cause-number-withheld');
    expect(byId(a, 'identity')[0].precise).toMatch(
      /alg ES256, ppt shaken, credentials at https:\/\/cert\.example\.org\/c\.pem/,
    );
    expect(analyze(pair('INVITE', '428 Use Identity Header')).verdict?.cause?.link).toBe('/428/#cause-call-not-signed');
  });

  it('Max-Forwards on a 483', () => {
    const a = analyze(pair('INVITE', '483 Too Many Hops').replace('Max-Forwards: 70', 'Max-Forwards: 3'));
    expect(byId(a, 'max-forwards')[0].precise).toBe(
      'Max-Forwards was 3 in the request as seen here; Via headers: 1. (RFC 3261 section 20.22, RFC 3261 section 16.3, RFC 3261 section 21.4.21)',
    );
    expect(a.verdict?.cause?.link).toBe('/483/#cause-low-max-forwards');
  });
});

describe('media offered and accepted', () => {
  it('an INVITE/488 pair: the codec table and the no-common-codec cause', () => {
    const a = analyze(fixture('synthetic-invite-488.txt'));
    expect(a.media?.failed).toBe(true);
    expect(a.media?.offer).toBe(0);
    expect(a.media?.answer).toBe(1);
    expect(a.media?.rows[0].codecs).toEqual([
      { codec: 'G729/8000', offered: true, answered: false },
      { codec: 'G722/8000', offered: true, answered: false },
      { codec: 'telephone-event/8000', offered: true, answered: false },
      { codec: 'PCMU/8000', offered: false, answered: true },
      { codec: 'PCMA/8000', offered: false, answered: true },
    ]);
    expect(a.media?.problems).toEqual(['no-common-codec']);
    expect(byId(a, 'media')[0].plain).toBe(
      'Your side offered G729/8000, G722/8000; the other side answered with PCMU/8000, PCMA/8000. They have no voice format in common.',
    );
    expect(a.verdict?.cause?.link).toBe('/488/#cause-no-common-codec');
  });

  it('a 200 with no common codec and an encryption mismatch', () => {
    const offer = [
      'v=0',
      'o=- 1 1 IN IP4 198.51.100.1',
      's=-',
      'c=IN IP4 198.51.100.1',
      't=0 0',
      'm=audio 4000 RTP/SAVP 0 8',
      'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:abc',
      '',
    ].join('\r\n');
    const answer = [
      'v=0',
      'o=- 2 2 IN IP4 203.0.113.2',
      's=-',
      'c=IN IP4 203.0.113.2',
      't=0 0',
      'm=audio 5000 RTP/AVP 18',
      'a=rtpmap:18 G729/8000',
      '',
    ].join('\r\n');
    const text = pair('INVITE', '200 OK', [], [], offer).replace(
      /(SIP\/2\.0 200 OK[\s\S]*)Content-Length: 0\r\n\r\n$/,
      `$1Content-Type: application/sdp\r\nContent-Length: ${answer.length}\r\n\r\n${answer}\r\n`,
    );
    const a = analyze(text);
    expect(a.media).toMatchObject({ failed: true, common: false, answer: 1 });
    expect(a.media?.problems).toContain('srtp-mismatch');
    expect(a.media?.rows[0].offered).toMatchObject({
      proto: 'RTP/SAVP',
      encrypted: true,
      codecs: ['PCMU/8000', 'PCMA/8000'],
    });
    expect(a.media?.rows[0].answered).toMatchObject({ proto: 'RTP/AVP', encrypted: false, codecs: ['G729/8000'] });
  });
});

describe('ladder input and summary', () => {
  it('lanes from sngrep addresses, steps in order', () => {
    const a = analyze(fixture('synthetic-sngrep-401-twice.txt'));
    expect(a.ladder.parties).toEqual(['192.168.10.5', '203.0.113.10']);
    expect(a.ladder.steps.map((s) => s.label)).toEqual([
      'INVITE',
      '401 Unauthorized',
      'ACK',
      'INVITE',
      '401 Unauthorized',
    ]);
    expect(a.ladder.steps[1]).toMatchObject({ from: '203.0.113.10', to: '192.168.10.5', detail: '10:15:02.140002' });
  });

  it('lanes derived from Via and Request-URI when no banner names them', () => {
    const a = analyze(fixture('synthetic-invite-488.txt'));
    expect(a.ladder.steps.map((s) => `${s.from}>${s.to}`)).toEqual([
      '198.51.100.7>sip.example.net',
      'sip.example.net>198.51.100.7',
    ]);
  });

  it('the summary is plain text for a ticket, with the result, the reasons and the link', () => {
    const a = analyze(fixture('synthetic-asterisk-423.txt'));
    const s = a.summary;
    expect(s).toMatch(/^SIP trace explained\n/);
    expect(s).toContain('Result: 423 Interval Too Brief (REGISTER)');
    expect(s).toContain('- Min-Expires: The server wants the phone to renew its sign-in less often.');
    expect(s).toContain('More: /423/#cause-expiry-too-short');
    expect(s).toContain('1. 203.0.113.40:5062 to This system (where the log was taken): REGISTER');
    expect(summarize(a, { url: (p) => `https://help.example.com${p}` })).toContain(
      'More: https://help.example.com/423/#cause-expiry-too-short',
    );
    expect(s).toContain('the trace was not sent anywhere');
  });

  it('results are plain data (they cross a Worker boundary)', () => {
    const a = analyze(fixture('synthetic-invite-488.txt'));
    expect(structuredClone(a)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
