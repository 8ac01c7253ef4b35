/** A generated Asterisk pjsip-logger trace: calls with SDP, challenges and hang-ups, about 500 bytes a message. */
export function generateTrace(messages: number): string {
  const out: string[] = [];
  let n = 0;
  const push = (dir: 'in' | 'out', lines: string[]) => {
    const text = lines.join('\r\n');
    out.push(
      `[2024-05-01 10:00:${String(n % 60).padStart(2, '0')}] VERBOSE[1234] res_pjsip_logger.c: <--- ${dir === 'in' ? 'Received' : 'Transmitting'} SIP ${lines[0].startsWith('SIP/2.0') ? 'response' : 'request'} (${text.length} bytes) ${dir === 'in' ? 'from' : 'to'} UDP:198.51.100.${n % 200}:5060 --->`,
      text,
      '',
    );
    n++;
  };
  const sdp = [
    'v=0',
    'o=- 1234 1234 IN IP4 198.51.100.7',
    's=-',
    'c=IN IP4 198.51.100.7',
    't=0 0',
    'm=audio 40000 RTP/AVP 0 8 101',
    'a=rtpmap:0 PCMU/8000',
    'a=rtpmap:8 PCMA/8000',
    'a=rtpmap:101 telephone-event/8000',
    'a=sendrecv',
    '',
  ].join('\r\n');
  for (let call = 0; n < messages; call++) {
    const id = `call-${call}@198.51.100.7`;
    const common = (cseq: string, toTag = '') => [
      `From: "User ${call}" <sip:${1000 + (call % 900)}@pbx.example.com>;tag=f${call}`,
      `To: <sip:+1555010${call % 10}@pbx.example.com>${toTag}`,
      `Call-ID: ${id}`,
      `CSeq: ${cseq}`,
    ];
    const via = (b: string) => `Via: SIP/2.0/UDP 198.51.100.7:5060;rport;branch=z9hG4bK${call}${b}`;
    push('in', [
      `INVITE sip:+1555010${call % 10}@pbx.example.com SIP/2.0`,
      via('a'),
      'Max-Forwards: 70',
      ...common('1 INVITE'),
      'Contact: <sip:1000@198.51.100.7:5060>',
      'User-Agent: Example Phone 1.0',
      'Content-Type: application/sdp',
      `Content-Length: ${sdp.length}`,
      '',
      sdp,
    ]);
    push('out', [
      'SIP/2.0 401 Unauthorized',
      via('a'),
      ...common('1 INVITE', ';tag=s1'),
      'WWW-Authenticate: Digest realm="pbx.example.com", nonce="n' + call + '", algorithm=MD5, qop="auth"',
      'Server: Asterisk PBX 20.5.0',
      'Content-Length: 0',
      '',
      '',
    ]);
    push('in', [
      `ACK sip:+1555010${call % 10}@pbx.example.com SIP/2.0`,
      via('a'),
      ...common('1 ACK', ';tag=s1'),
      'Content-Length: 0',
      '',
      '',
    ]);
    push('in', [
      `INVITE sip:+1555010${call % 10}@pbx.example.com SIP/2.0`,
      via('b'),
      'Max-Forwards: 70',
      ...common('2 INVITE'),
      'Authorization: Digest username="1000", realm="pbx.example.com", nonce="n' +
        call +
        '", uri="sip:x@pbx.example.com", response="0123456789abcdef", qop=auth, nc=00000001, cnonce="c"',
      'Content-Type: application/sdp',
      `Content-Length: ${sdp.length}`,
      '',
      sdp,
    ]);
    push('out', ['SIP/2.0 180 Ringing', via('b'), ...common('2 INVITE', ';tag=s2'), 'Content-Length: 0', '', '']);
    push('out', [
      'SIP/2.0 200 OK',
      via('b'),
      ...common('2 INVITE', ';tag=s2'),
      'Contact: <sip:pbx@203.0.113.5:5060>',
      'Content-Type: application/sdp',
      `Content-Length: ${sdp.length}`,
      '',
      sdp,
    ]);
    push('in', [
      'BYE sip:pbx@203.0.113.5:5060 SIP/2.0',
      via('c'),
      ...common('3 BYE', ';tag=s2'),
      'Reason: Q.850;cause=16',
      'Content-Length: 0',
      '',
      '',
    ]);
    push('out', ['SIP/2.0 200 OK', via('c'), ...common('3 BYE', ';tag=s2'), 'Content-Length: 0', '', '']);
  }
  return out.join('\n');
}
