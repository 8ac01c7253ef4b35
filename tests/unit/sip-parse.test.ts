/** The trace reader on real pasted traces, one or more per format, and on the tolerances it promises. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findStartLine, parseBanner, parseTrace, TraceReader } from '../../src/lib/sip/parse.ts';
import { canonicalName, parseNameAddr, parseUri, parseVia, splitList } from '../../src/lib/sip/headers.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/traces/${name}`, 'utf8');
const header = (m: { headers: { name: string; value: string }[] }, name: string) =>
  m.headers.find((h) => h.name === name)?.value;

describe('real traces, by format', () => {
  it('Asterisk pjsip logger: banners give direction and peer (WSS), a cut INVITE is reported', () => {
    const r = parseTrace(fixture('asterisk-pjsip-488-wss.txt'));
    expect(r.formats).toEqual(['asterisk']);
    expect(r.messages.map((m) => m.startLine)).toEqual([
      'SIP/2.0 488 Not Acceptable Here',
      'INVITE sip:+15550151@server.com SIP/2.0',
    ]);
    expect(r.messages[0]).toMatchObject({
      direction: 'out',
      peer: { host: 'client.com', port: 64383, transport: 'WSS' },
      status: 488,
    });
    expect(r.messages[1]).toMatchObject({ direction: 'in', peer: { port: 64383, transport: 'WSS' }, method: 'INVITE' });
    expect(r.messages[1].problems).toContain('cut-in-headers');
    expect(header(r.messages[1], 'Authorization')).toMatch(/^Digest algorithm=MD5, username="102"/);
  });

  it('Asterisk chan_sip with a timestamp prefix on every line: prefix stripped, SDP body read', () => {
    const r = parseTrace(fixture('asterisk-chan-sip-prefixed.txt'));
    expect(r.formats).toEqual(['asterisk-chan-sip']);
    const [m] = r.messages;
    expect(m).toMatchObject({
      method: 'INVITE',
      direction: 'in',
      peer: { host: '198.51.100.106', port: 42974, transport: 'WS' },
    });
    expect(m.headers.map((h) => h.name)).toContain('X-Can-Renegotiate');
    expect(header(m, 'User-Agent')).toBe('JsSIP 0.7.3');
    expect(m.body.split('\r\n')[0]).toBe('v=0');
    expect(m.body).toContain('a=group:BUNDLE sdparta_0 sdparta_1');
    expect(m.problems).toContain('body-short'); // the excerpt stops long before Content-Length 1753
  });

  it('Asterisk chan_sip with lines wrapped by the mail client: the half message before it is noise', () => {
    const r = parseTrace(fixture('asterisk-chan-sip-407-wrapped.txt'));
    expect(r.messages).toHaveLength(1);
    const [m] = r.messages;
    expect(m).toMatchObject({ method: 'INVITE', direction: 'in', peer: { host: '203.0.113.85', port: 2371 } });
    expect(header(m, 'Proxy-Authorization')).toBe(
      'Digest username="4004",realm="pbx.example.com", nonce="19b3cce5",uri="sip:4003@pbx.example.com", algorithm=MD5,response="493638183226677a8c6d845591a1c4b8"',
    );
    expect(m.problems).toContain('wrapped');
    expect(m.problems).not.toContain('body-short');
    expect(m.body).toMatch(/m=audio 21000 RTP\/AVP 8\r\na=rtpmap:8 PCMA\/8000$/);
  });

  it('FreeSWITCH siptrace: recv/send banners and ------ separators; a message cut mid-header', () => {
    const r = parseTrace(fixture('freeswitch-siptrace-401-cut.txt'));
    expect(r.formats).toEqual(['freeswitch']);
    expect(r.messages.map((m) => [m.direction, m.peer?.host, m.peer?.port, m.time])).toEqual([
      ['in', '192.168.70.6', 59169, '13:42:15.272891'],
      ['out', '192.168.70.6', 59169, '13:42:15.312092'],
    ]);
    expect(r.messages[1].problems).toContain('cut-in-headers');
    expect(header(r.messages[1], 'Supported')).toBe('timer,');
  });

  it('sofia-sip log (drachtio): recv banner after timestamped log lines', () => {
    const r = parseTrace(fixture('sofia-drachtio-401.txt'));
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({
      status: 401,
      direction: 'in',
      peer: { host: '192.168.1.1', port: 5060, transport: 'UDP' },
    });
    expect(header(r.messages[0], 'From')).toBe('<sip:<sip username>@192.168.1.1>;tag=DtZZ7rZ523tUa');
    expect(r.otherLines).toBeGreaterThanOrEqual(6);
  });

  it('ngrep -W byline at a Kamailio proxy: trailing dots removed, sender and receiver from the U line', () => {
    const r = parseTrace(fixture('ngrep-kamailio-503-q850.txt'));
    expect(r.formats).toEqual(['ngrep']);
    expect(r.messages.map((m) => m.startLine)).toEqual([
      'SIP/2.0 503 Service Unavailable',
      'ACK sip:+15550142@203.0.113.208;transport=UDP SIP/2.0',
      'PUBLISH sip:102@203.0.113.208 SIP/2.0',
    ]);
    const [res] = r.messages;
    expect(res.src).toEqual({ host: '127.0.0.1', port: 6060 });
    expect(res.dst).toEqual({ host: '203.0.113.208', port: 5060 });
    expect(header(res, 'Reason')).toBe('Q.850;cause=34');
    expect(res.callId).toBe('lHbCe0C_nm8AeSIRTVRYww..');
    expect(res.cseq).toEqual({ num: 2, method: 'INVITE' });
    expect(res.headers.filter((h) => h.name === 'Via')).toHaveLength(2);
    expect(r.messages[2].problems).toContain('cut-in-headers');
  });

  it('ngrep with TCP packets from baresip', () => {
    const r = parseTrace(fixture('ngrep-baresip-register.txt'));
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({
      method: 'REGISTER',
      format: 'ngrep',
      src: { host: '192.168.43.99', port: 40378 },
    });
    expect(header(r.messages[0], 'Content-Length')).toBe('0');
    expect(header(r.messages[0], 'Supported')).toBe('gruu, outbound, path');
  });

  it('Kamailio through syslog: one line with #015#012 escapes becomes a message', () => {
    const r = parseTrace(fixture('kamailio-syslog-500.txt'));
    expect(r.formats).toEqual(['kamailio']);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({
      status: 500,
      reason: '',
      callId: '36fa4c8e-2e61-4b24-a775-584b2616b889',
      cseq: { num: 9763, method: 'INVITE' },
    });
  });

  it('pjsip log: RX banner with bracketed timestamps; the half message before it is ignored', () => {
    const r = parseTrace(fixture('pjsip-log-401.txt'));
    expect(r.formats).toEqual(['pjsip']);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({
      status: 401,
      direction: 'in',
      peer: { host: '203.0.113.204', port: 15060, transport: 'UDP' },
    });
  });

  it('SIP.js console: received and sending banners', () => {
    const r = parseTrace(fixture('sipjs-console-401.txt'));
    expect(r.formats).toEqual(['sipjs']);
    expect(r.messages.map((m) => [m.startLine, m.direction])).toEqual([
      ['SIP/2.0 401 Unauthorized', 'in'],
      ['ACK sip:1061@192.168.0.110 SIP/2.0', 'out'],
    ]);
    expect(r.messages[1].body).toBe('');
  });

  it('JsSIP console: a banner-less message, then a received one with a cut SDP body', () => {
    const r = parseTrace(fixture('jssip-console-183-cut.txt'));
    expect(r.messages.map((m) => m.status)).toEqual([100, 183]);
    expect(r.messages[1]).toMatchObject({ format: 'jssip', direction: 'in' });
    expect(r.messages[1].problems).toContain('body-short');
    expect(r.messages[1].body).toContain('m=audio 18110 RTP/SAVPF 0 8 126');
  });

  it('linphone log indented by four spaces, reason phrase with extra words', () => {
    const r = parseTrace(fixture('linphone-401-stale.txt'));
    expect(r.formats).toEqual(['linphone']);
    expect(r.messages[0]).toMatchObject({
      status: 401,
      reason: 'Unauthorized 11030230348',
      direction: 'in',
      peer: { host: 'tel.t-online.de', port: 5060, transport: 'UDP' },
    });
    expect(header(r.messages[0], 'WWW-Authenticate')).toContain('stale=true');
  });

  it('Android logcat: a timestamp and tag prefix on every line', () => {
    const r = parseTrace(fixture('logcat-linphone-401.txt'));
    expect(r.messages).toHaveLength(1);
    const [m] = r.messages;
    expect(m.headers.map((h) => h.name)).toEqual([
      'Via',
      'From',
      'To',
      'Call-ID',
      'CSeq',
      'Server',
      'WWW-Authenticate',
      'Content-Length',
    ]);
    expect(header(m, 'Server')).toBe('Flexisip/2.1.5 (sofia-sip-nta/2.0)');
    expect(m).toMatchObject({ direction: 'in', peer: { host: 'sipsrv.eaetechnology.com', transport: 'TCP' } });
  });

  it('Wireshark packet details: headers at one indent, sub-fields ignored, addresses from the IP layer when present', () => {
    const r = parseTrace(fixture('wireshark-details-invite.txt'));
    expect(r.formats).toEqual(['wireshark']);
    const [m] = r.messages;
    expect(m.startLine).toBe('INVITE tel:+15550148 SIP/2.0');
    expect(m.headers.map((h) => h.name)).toEqual(['Via', 'From', 'To', 'CSeq', 'Expires', 'Route']);
    expect(m.branch).toBe('z9hG4bK+c4694dd03bc9702f25c94c6d30369d981+sip+2+a64fd585');
    const withIp = parseTrace(
      [
        'Frame 7: 900 bytes on wire',
        'Internet Protocol Version 4, Src: 192.0.2.5, Dst: 198.51.100.9',
        'User Datagram Protocol, Src Port: 5062, Dst Port: 5060',
        'Session Initiation Protocol (488)',
        '    Status-Line: SIP/2.0 488 Not Acceptable Here',
        '        Status-Code: 488',
        '    Message Header',
        '        Via: SIP/2.0/UDP 192.0.2.5:5062;branch=z9hG4bK1',
        '            Transport: UDP',
        '        Warning: 305 198.51.100.9 "Incompatible media format"',
        '        CSeq: 1 INVITE',
        '    Message Body',
        '        Session Description Protocol',
        '            Session Description Protocol Version (v): 0',
        '            Media Description, name and address (m): audio 0 RTP/AVP 0',
        '                Media Type: audio',
        '            Media Attribute (a): rtpmap:0 PCMU/8000',
        '',
      ].join('\n'),
    );
    expect(withIp.messages[0]).toMatchObject({
      status: 488,
      src: { host: '192.0.2.5', port: 5062, transport: 'UDP' },
      dst: { host: '198.51.100.9', port: 5060 },
    });
    expect(header(withIp.messages[0], 'Warning')).toBe('305 198.51.100.9 "Incompatible media format"');
    expect(withIp.messages[0].body).toBe('v=0\r\nm=audio 0 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000');
  });

  it('Wireshark packet list: one header-less message per summary line', () => {
    const r = parseTrace(fixture('wireshark-list-423.txt'));
    expect(r.formats).toEqual(['wireshark-list']);
    expect(r.messages.map((m) => m.startLine)).toContain('SIP/2.0 423 Interval Too Brief');
    expect(r.messages).toHaveLength(10);
    expect(r.messages[0]).toMatchObject({
      method: 'REGISTER',
      uri: 'sip:sipgate.de',
      src: { host: '192.168.2.147' },
      dst: { host: '203.0.113.9' },
    });
    expect(r.messages.every((m) => m.problems.includes('summary-only'))).toBe(true);
  });

  it('tcpdump -A: the start line after packet-header garbage, addresses from the IP line', () => {
    const r = parseTrace(fixture('tcpdump-401.txt'));
    expect(r.formats).toEqual(['tcpdump']);
    expect(r.messages.map((m) => m.startLine)).toEqual([
      'REGISTER sip:user@abc.xyz.com:5363 SIP/2.0',
      'SIP/2.0 401 Unauthorized',
    ]);
    expect(r.messages[0].src).toEqual({ host: 'IP', port: 49658 });
  });

  it('Blink: double-spaced lines and "-(SIP over TCP)->" banners', () => {
    const r = parseTrace(fixture('blink-483-doublespaced.txt'));
    expect(r.messages.map((m) => m.startLine)).toEqual([
      'REGISTER sip:example.com SIP/2.0',
      'SIP/2.0 483 Too Many Hops',
    ]);
    expect(r.messages[0].headers).toHaveLength(11);
    expect(r.messages[0].src).toEqual({ host: '192.168.147.1', port: 52584, transport: 'TCP' });
    expect(r.messages[1].problems).toContain('cut-in-headers');
  });

  it('plain SIP wrapped at a fixed width, joined back mid-word', () => {
    const r = parseTrace(fixture('webrtc2sip-401-wrapped.txt'));
    const [m] = r.messages;
    expect(header(m, 'Via')).toBe(
      'SIP/2.0/TCP 192.168.0.104:32959;branch=z9hG4bKdaEESXJ3UpETLLW1CATOphhp6c85BvpH;rport=32959;received=192.168.0.104',
    );
    expect(header(m, 'Allow')).toBe(
      'INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, SUBSCRIBE, NOTIFY, PUBLISH, MESSAGE, INFO',
    );
    expect(header(m, 'Warning')).toMatch(
      /^392 192\.168\.0\.101:6060 "Noisy feedback tells: {2}pid=13240 req_src_ip=.* via_cnt==4"$/,
    );
    expect(m.problems).toEqual(expect.arrayContaining(['wrapped', 'cut-in-headers']));
  });

  it('sngrep export: date, sender -> receiver', () => {
    const r = parseTrace(fixture('synthetic-sngrep-401-twice.txt'));
    expect(r.formats).toEqual(['sngrep']);
    expect(r.messages).toHaveLength(5);
    expect(r.messages[1]).toMatchObject({
      src: { host: '203.0.113.10', port: 5060 },
      dst: { host: '192.168.10.5', port: 5060 },
      time: '10:15:02.140002',
    });
  });

  it('ignores the "# source:" line of every fixture', () => {
    for (const name of ['synthetic-invite-488.txt', 'synthetic-asterisk-423.txt', 'sipjs-console-401.txt']) {
      const r = parseTrace(fixture(name));
      expect(r.messages[0].line).toBeGreaterThan(1);
      expect(r.messages.some((m) => m.startLine.includes('source'))).toBe(false);
    }
  });
});

describe('tolerances', () => {
  const base = [
    'INVITE sip:bob@example.com SIP/2.0',
    'v: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK77',
    'f: <sip:alice@example.com>;tag=1',
    't: <sip:bob@example.com>',
    'i: abc@192.0.2.1',
    'CSeq: 1 INVITE',
    'm: <sip:alice@192.0.2.1>',
    'k: 100rel, timer',
    'l: 0',
    '',
    '',
  ];

  it('compact header forms become their long names', () => {
    const [m] = parseTrace(base.join('\r\n')).messages;
    expect(m.headers.map((h) => h.name)).toEqual([
      'Via',
      'From',
      'To',
      'Call-ID',
      'CSeq',
      'Contact',
      'Supported',
      'Content-Length',
    ]);
    expect(m.headers[0].raw).toBe('v');
    expect(m).toMatchObject({ callId: 'abc@192.0.2.1', fromTag: '1', branch: 'z9hG4bK77' });
    expect(canonicalName('call-id')).toBe('Call-ID');
    expect(canonicalName('WWW-AUTHENTICATE')).toBe('WWW-Authenticate');
  });

  it('folded headers (continuation lines starting with white space) are joined', () => {
    const text = [
      'SIP/2.0 200 OK',
      'Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK77',
      'Allow: INVITE, ACK,',
      '   BYE, CANCEL',
      '\tOPTIONS',
      'CSeq: 1 INVITE',
      'Content-Length: 0',
      '',
    ].join('\n');
    const [m] = parseTrace(text).messages;
    expect(m.headers.find((h) => h.name === 'Allow')?.value).toBe('INVITE, ACK, BYE, CANCEL OPTIONS');
    expect(m.headers).toHaveLength(4);
  });

  it('CRLF, LF and indentation give the same message', () => {
    const lf = parseTrace(base.join('\n')).messages[0];
    const crlf = parseTrace(base.join('\r\n')).messages[0];
    const indented = parseTrace(base.map((l) => `   ${l}`).join('\n')).messages[0];
    for (const m of [crlf, indented]) expect(m.headers).toEqual(lf.headers);
  });

  it('several messages back to back, without blank lines or banners, split at each start line', () => {
    const text = [
      'SIP/2.0 100 Trying',
      'CSeq: 1 INVITE',
      'SIP/2.0 180 Ringing',
      'CSeq: 1 INVITE',
      'SIP/2.0 486 Busy Here',
      'CSeq: 1 INVITE',
    ].join('\n');
    expect(parseTrace(text).messages.map((m) => m.status)).toEqual([100, 180, 486]);
  });

  it('a message pasted on one line (line breaks lost) is split back at header names', () => {
    const text =
      'TX 910 bytes Request msg INVITE/cseq=1 (tdta0x1) to UDP 192.0.2.7:5060: INVITE sip:101@192.0.2.7:5060 SIP/2.0 Via: SIP/2.0/UDP 192.0.2.2:5060;rport;branch=z9hG4bKx Max-Forwards: 70 From: sip:111@192.0.2.7;tag=a To: sip:101@192.0.2.7 Call-ID: x0K CSeq: 21755 INVITE Content-Length: 0';
    const [m] = parseTrace(text).messages;
    expect(m).toMatchObject({ method: 'INVITE', callId: 'x0K', cseq: { num: 21755, method: 'INVITE' } });
    expect(m.problems).toContain('lost-line-breaks');
  });

  it('JsSIP console with escaped line breaks in one string', () => {
    const text =
      'JsSIP:Transport received WebSocket message: "SIP/2.0 480 Temporarily Unavailable\\r\\nVia: SIP/2.0/WSS x.invalid;branch=z9hG4bK1\\r\\nCSeq: 3 INVITE\\r\\nContent-Length: 0\\r\\n\\r\\n"';
    const [m] = parseTrace(text).messages;
    expect(m).toMatchObject({ status: 480, direction: 'in', format: 'jssip', cseq: { num: 3, method: 'INVITE' } });
  });

  it('reads a trace fed in small chunks exactly as in one piece', () => {
    const text = fixture('synthetic-sngrep-401-twice.txt');
    const reader = new TraceReader();
    for (let i = 0; i < text.length; i += 7) reader.push(text.slice(i, i + 7));
    expect(reader.end().messages).toEqual(parseTrace(text).messages);
  });

  it('finds start lines only where they are', () => {
    expect(findStartLine('Via: SIP/2.0/UDP 192.0.2.1')).toBeUndefined();
    expect(findStartLine('parse_msg():  version: <SIP/2.0>')).toBeUndefined();
    expect(findStartLine('[12:00] SEND: OPTIONS sip:x@y SIP/2.0')).toMatchObject({
      kind: 'request',
      method: 'OPTIONS',
      uri: 'sip:x@y',
    });
    expect(findStartLine('SIP/2.0 200 OK.')).toMatchObject({ status: 200, reason: 'OK', dots: true });
    expect(findStartLine('x'.repeat(200000) + ' SIP/2.0')).toBeUndefined();
  });

  it('reads banners of each tool', () => {
    expect(parseBanner('<--- Received SIP request (1003 bytes) from UDP:192.0.2.1:5060 --->')).toMatchObject({
      format: 'asterisk',
      direction: 'in',
      peer: { host: '192.0.2.1', port: 5060, transport: 'UDP' },
    });
    expect(parseBanner('<--- Transmitting SIP response (500 bytes) to TLS:[2001:db8::1]:5061 --->')).toMatchObject({
      direction: 'out',
      peer: { host: '2001:db8::1', port: 5061 },
    });
    expect(parseBanner('recv 1024 bytes from udp/[192.0.2.1]:5060 at 12:00:00.000:')).toMatchObject({
      format: 'freeswitch',
      direction: 'in',
      peer: { host: '192.0.2.1', port: 5060 },
      time: '12:00:00.000',
    });
    expect(parseBanner('JsSIP:Transport received WebSocket message:')).toMatchObject({
      format: 'jssip',
      direction: 'in',
    });
    expect(parseBanner('12:13:58.724326 IP 10.5.3.27.25564 > 10.5.3.236.39184: UDP, length 527')).toMatchObject({
      src: { host: '10.5.3.27', port: 25564 },
      dst: { host: '10.5.3.236', port: 39184 },
    });
  });
});

describe('header value parsers', () => {
  it('name-addr with and without angle brackets', () => {
    expect(parseNameAddr('"Alice, A." <sip:alice@example.com;transport=tcp>;tag=9f').params).toEqual({ tag: '9f' });
    expect(parseNameAddr('"Alice, A." <sip:alice@example.com;transport=tcp>;tag=9f').display).toBe('Alice, A.');
    expect(parseNameAddr('sip:bob@example.com;tag=7').params.tag).toBe('7');
    expect(parseUri('sip:3001@voip.example.com:5080;transport=udp')).toEqual({
      scheme: 'sip',
      user: '3001',
      host: 'voip.example.com',
      port: 5080,
      params: { transport: 'udp' },
    });
    expect(parseUri('sip:[2001:db8::5]:5060')).toMatchObject({ host: '2001:db8::5', port: 5060 });
  });

  it('Via with received and rport; comma lists outside quotes', () => {
    expect(parseVia('SIP/2.0/UDP 10.0.0.5:5062;rport=40000;received=203.0.113.9;branch=z9hG4bKa')).toMatchObject({
      transport: 'UDP',
      host: '10.0.0.5',
      port: 5062,
      params: { rport: '40000', received: '203.0.113.9', branch: 'z9hG4bKa' },
    });
    expect(parseVia('garbage')).toBeUndefined();
    expect(splitList('"a, b" <sip:x@y>, <sip:z@w;p=1,2>')).toEqual(['"a, b" <sip:x@y>', '<sip:z@w;p=1,2>']);
  });
});
