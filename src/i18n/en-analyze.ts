/**
 * Interface strings of the message analyser (/analyze/ and src/lib/sip/), in English. Merged
 * into the one table of src/i18n/en.ts; keys start with "analyze.".
 *
 * Each explanation has a plain string (for anyone, no jargon) and a precise one (header names,
 * values, RFC sections); the two registers are never mixed in one sentence.
 */
export const analyzeEn = {
  'analyze.title': 'Explain a SIP message',

  // Units.
  'analyze.unit.second': '{n} second',
  'analyze.unit.seconds': '{n} seconds',
  'analyze.unit.minute': '{n} minute',
  'analyze.unit.minutes': '{n} minutes',
  'analyze.unit.hour': '{n} hour',
  'analyze.unit.hours': '{n} hours',
  'analyze.unit.day': '{n} day',
  'analyze.unit.days': '{n} days',

  // References.
  'analyze.ref.section': 'RFC {rfc} section {section}',
  'analyze.ref.rfc': 'RFC {rfc}',
  'analyze.ref.see': '({refs})',
  'analyze.notNumber': '{header} is "{value}", which is not a number of seconds.',

  // Formats the reader recognises.
  'analyze.format.plain': 'plain SIP',
  'analyze.format.asterisk': 'Asterisk pjsip logger',
  'analyze.format.asterisk-chan-sip': 'Asterisk sip debug (chan_sip)',
  'analyze.format.freeswitch': 'FreeSWITCH/sofia siptrace',
  'analyze.format.sngrep': 'sngrep export',
  'analyze.format.ngrep': 'ngrep output',
  'analyze.format.wireshark': 'Wireshark packet details',
  'analyze.format.wireshark-list': 'Wireshark packet list',
  'analyze.format.tcpdump': 'tcpdump output',
  'analyze.format.kamailio': 'Kamailio/OpenSIPS log',
  'analyze.format.pjsip': 'pjsip log',
  'analyze.format.linphone': 'linphone log',
  'analyze.format.baresip': 'baresip log',
  'analyze.format.jssip': 'JsSIP console',
  'analyze.format.sipjs': 'SIP.js console',
  'analyze.format.log': 'log with prefixes',

  // Ladder diagram (shared with the code pages' example exchange).
  'analyze.ladder.title': 'Message exchange',
  'analyze.ladder.desc':
    'Diagram of {n} messages between {parties}, in time order from top to bottom, one vertical line per party.',
  'analyze.ladder.descOne': 'Diagram of one message between {parties}.',
  'analyze.ladder.item': '{from} to {to}: {label}',
  'analyze.ladder.itemAt': '{from} to {to}: {label} ({detail})',
  'analyze.ladder.step': '{n}. {from} to {to}: {label}',
  'analyze.ladder.again': '(again)',
  'analyze.lane.local': 'This system (where the log was taken)',
  'analyze.lane.browser': 'Your browser',
  'analyze.lane.remote': 'Other side',

  // What was found and what was not.
  'analyze.note.empty': 'Nothing was pasted.',
  'analyze.note.none':
    'No SIP message found in {lines} lines. A SIP message starts with a line like "INVITE sip:100@example.com SIP/2.0" or "SIP/2.0 404 Not Found", followed by header lines such as "Via:" and "CSeq:".',
  'analyze.note.found':
    'Found {n} SIP messages (requests: {requests}, responses: {responses}) in conversations: {dialogs}. Read as {formats}.',
  'analyze.note.foundOne': 'Found one SIP message, read as {formats}.',
  'analyze.note.failed': 'The messages were found but could not be explained. Nothing was sent anywhere.',
  'analyze.note.binary': '{n} lines look like binary data, not text, and were skipped.',
  'analyze.note.truncated': 'The paste is very long: only the first {mb} MB were read.',
  'analyze.note.longLines': '{n} very long lines were cut before reading.',
  'analyze.note.otherLines': 'Lines skipped because they are not part of a SIP message (log text, banners): {n}.',
  'analyze.note.cut':
    'Message {n} ({label}) stops in the middle of its headers: it was probably cut when copying, so some headers may be missing.',
  'analyze.note.bodyShort':
    'Message {n} ({label}) is shorter than its Content-Length says: the end of its body is missing.',
  'analyze.note.badLength': 'Message {n} has a Content-Length that is not a number.',
  'analyze.note.missing': 'Message {n} ({label}) lacks these required headers: {headers}.',
  'analyze.note.noHeaders': 'Message {n} ({label}) has only its first line, no headers.',
  'analyze.note.unknownCode':
    '{code} is not a registered SIP response code. Phones and servers treat an unknown code like {fallback}, the general code of its class (RFC 3261 section 8.1.3.2).',
  'analyze.note.invalidCode': '{code} is not a SIP response code: they run from 100 to 699.',
  'analyze.note.summaryOnly':
    'Only one-line summaries were pasted (a packet list): the headers that explain the result are missing. Paste the packet details or the full messages for more.',
  'analyze.note.wrapped': 'Some long lines were broken by the window they were copied from and were joined back.',
  'analyze.note.lostBreaks':
    'Some messages lost their line breaks when copied; they were split back at the header names.',
  'analyze.note.onlyRequests':
    'Only requests were found, no response: the other side did not answer, or its answers were not in the copied text.',
  'analyze.note.onlyResponses': 'Only responses were found, not the requests they answer.',
  'analyze.note.noFinal': 'No final response: the text ends before the request got its answer.',

  // The result.
  'analyze.verdict.failed.call': 'The call failed: {code} {reason}.',
  'analyze.verdict.failed.registration': 'The sign-in (registration) failed: {code} {reason}.',
  'analyze.verdict.failed.request': 'The request failed: {code} {reason}.',
  'analyze.verdict.challenged':
    'The server asked for the user name and password, and the copied text ends before the phone answered it.',
  'analyze.verdict.challengedAgain': 'The server asked for the user name and password again after they were sent.',
  'analyze.verdict.answered': 'The call was answered.',
  'analyze.verdict.ended': 'The call was answered, then ended with {by}.',
  'analyze.verdict.cancelled': 'The caller hung up before the call was answered.',
  'analyze.verdict.registered': 'The sign-in (registration) worked.',
  'analyze.verdict.unregistered': 'The phone signed out (its registration was removed).',
  'analyze.verdict.succeeded': 'The {method} request worked.',
  'analyze.verdict.pending': 'The {method} request got no final answer in the copied text.',
  'analyze.verdict.precise': 'Final response to {method}: {code} {reason} (message {n}).',
  'analyze.verdict.registeredIn': 'The code is defined in RFC {rfc}.',
  'analyze.verdict.unknown':
    '{code} is not in the IANA registry; RFC 3261 section 8.1.3.2 says to treat it as {fallback}.',
  'analyze.verdict.invalid': '{code} is outside the SIP response classes (100-699).',

  // Warning (RFC 3261 section 20.43, RFC 5630 section 9).
  'analyze.warning.plain.codec': 'The other side cannot use the voice or video formats (codecs) your side offered.',
  'analyze.warning.plain.mediaType': 'The other side cannot take the kind of media asked for, such as video or fax.',
  'analyze.warning.plain.sdp': 'The other side did not accept part of the call setup: how the sound should travel.',
  'analyze.warning.plain.network': 'The network where the other side sits cannot carry the call the way it was set up.',
  'analyze.warning.plain.bandwidth': 'The call needs more network capacity than the other side has available.',
  'analyze.warning.plain.sips': 'The secure kind of address (sips:) is either required or refused here.',
  'analyze.warning.plain.note': 'The other side added a note for whoever reads the logs.',
  'analyze.warning.plain.unreadable': 'The other side added a warning that could not be read.',
  'analyze.warning.precise': 'Warning {code} ({name}) from {agent}: "{text}". {meaning}',
  'analyze.warning.precise.unknown':
    'Warning code {code} from {agent} is not one RFC 3261 or RFC 5630 defines; its text: "{text}".',
  'analyze.warning.precise.unreadable': 'Warning value "{value}" does not have the form code, agent, "text".',
  'analyze.warning.isup31':
    'A gateway to the phone network maps this response to Q.850 cause 31 (Normal, unspecified) by default.',
  'analyze.warning.isup65':
    'A gateway to the phone network should map a Warning about a missing capability like this one to Q.850 cause 65 (Bearer capability not implemented).',

  // Reason (RFC 3326, RFC 6432, RFC 8606, RFC 9410).
  'analyze.reason.inRequest': 'in the {method}',
  'analyze.reason.inResponse': 'in the response',
  'analyze.reason.plain.unreadable': 'A reason was given, but without a readable cause number.',
  'analyze.reason.precise.unreadable': 'Reason value "{value}" has no numeric cause parameter.',
  'analyze.q850.number': 'The phone network says the number does not exist or cannot be reached from here.',
  'analyze.q850.normal': 'The phone network says the call ended normally: someone hung up.',
  'analyze.q850.busy': 'The phone network says the person called is busy.',
  'analyze.q850.noAnswer': 'The phone network says nobody answered.',
  'analyze.q850.rejected': 'The phone network says the call was refused.',
  'analyze.q850.elsewhere': 'The phone network says the call was taken by another phone.',
  'analyze.q850.outOfOrder': 'The phone network says the line called is out of order.',
  'analyze.q850.format': 'The phone network says the number was dialled in the wrong format or is incomplete.',
  'analyze.q850.congestion': 'The phone network says it has no free line or is in trouble right now.',
  'analyze.q850.notSupported': 'The phone network says it cannot offer what the call asked for.',
  'analyze.q850.timeout': 'The phone network says it gave up waiting.',
  'analyze.q850.unspecified': 'The phone network ended the call without a specific reason.',
  'analyze.q850.other': 'The phone network gave a reason code for ending the call.',
  'analyze.reason.q850.precise': 'Reason {where}: Q.850 cause {cause} ({name}).',
  'analyze.reason.q850.preciseNoName': 'Reason {where}: Q.850 cause {cause}.',
  'analyze.reason.q850.rfc3398': 'RFC 3398 section 7.2.4.1 maps cause {cause} to the SIP response {sip}.',
  'analyze.reason.q850.rfc3398none': 'RFC 3398 section 7.2.4.1 lists no SIP response for cause {cause}.',
  'analyze.reason.q850.pbx':
    'Asterisk (chan_pjsip) and FreeSWITCH (mod_sofia) both take a Q.850 cause from Reason as the hangup cause: {asterisk} in Asterisk, {freeswitch} in FreeSWITCH.',
  'analyze.reason.location': 'Location {location}: where in the phone network the call was released (RFC 8606).',
  'analyze.reason.sip.plain': 'The other side gives its reason: {phrase}.',
  'analyze.reason.sip.elsewhere': 'The call was answered on another phone.',
  'analyze.reason.sip.precise': 'Reason {where}: SIP cause {code} ({reason}).',
  'analyze.reason.sip.preciseUnknown': 'Reason {where}: SIP cause {code}, not a registered response code.',
  'analyze.reason.stir.plain': 'The check of the caller ID signature failed.',
  'analyze.reason.stir.precise': 'Reason {where}: STIR cause {code} ({reason}).',
  'analyze.reason.other.plain': 'A reason code was given in a system this tool does not describe.',
  'analyze.reason.other.precise': 'Reason {where}: protocol {protocol}, cause {cause}.',

  // Retry-After.
  'analyze.retryAfter.plain': 'The other side asks to try again in {time}.',
  'analyze.retryAfter.plain.unreadable': 'The other side sent a time to wait that cannot be read.',
  'analyze.retryAfter.precise': 'Retry-After: {n} seconds in the {code} response.',
  'analyze.retryAfter.duration':
    'The duration parameter ({n} seconds) says how long the other side expects to stay available once it is back.',

  // Min-Expires (423).
  'analyze.minExpires.plain':
    'The server wants the phone to renew its sign-in less often. Raise the registration interval (re-registration time) to at least {n} seconds ({time}).',
  'analyze.minExpires.plain.subscribe':
    'The server wants status updates renewed less often. Raise the subscription interval to at least {n} seconds ({time}).',
  'analyze.minExpires.plain.unreadable': 'The server named a minimum time that cannot be read.',
  'analyze.minExpires.precise': 'Min-Expires: {n} in the {code} response.',
  'analyze.minExpires.asked':
    'The {method} asked for {asked} seconds (Expires header or the Contact expires parameter).',
  'analyze.minExpires.retried':
    'The device sent the request again and got 423 again: it did not raise its expiry to the Min-Expires value.',

  // Min-SE and Session-Expires (422).
  'analyze.minSE.plain':
    'The other side wants the call checked less often. Set the session timer to at least {n} seconds ({time}).',
  'analyze.minSE.plain.missing': 'The other side says the session timer is too short but did not say what it accepts.',
  'analyze.minSE.precise': 'Min-SE: {n} in the 422 response.',
  'analyze.minSE.asked': 'The request had Session-Expires: {asked}.',
  'analyze.minSE.precise.missing': 'The 422 response has no readable Min-SE header, which it must carry.',

  // Option tags.
  'analyze.tag.100rel': 'confirmed ringing and progress messages',
  'analyze.tag.timer': 'regular checks that the call is still up',
  'analyze.tag.precondition': 'reserving the network before the phone rings',
  'analyze.tag.secAgree': 'agreeing on connection security first',
  'analyze.tag.resourcePriority': 'priority handling of calls',
  'analyze.tag.outbound': 'keeping one connection open to the provider',
  'analyze.tag.199': 'being told when one of several ringing phones drops out',
  'analyze.tag.unknown': 'a feature this tool does not describe',
  'analyze.unsupported.plain': 'The other side does not support something your side insisted on: {features}.',
  'analyze.unsupported.precise':
    'Unsupported: {tags}. The request listed these option tags in Require or Proxy-Require.',
  'analyze.require.plain': 'The other side needs a feature your side did not offer: {features}.',
  'analyze.require.precise': '421 with Require: {tags}; the request did not list these option tags in Supported.',
  'analyze.requestRequire.plain': 'Your side insisted on: {features}.',
  'analyze.requestRequire.precise': 'The {method} had Require: {tags}.',
  'analyze.supported.plain': 'Your side said it can do: {features}.',
  'analyze.supported.plainNone': 'Your side did not list any optional features it supports.',
  'analyze.supported.precise': 'The request had Supported: {tags}.',
  'analyze.supported.precise.missing': 'The request had Supported: {tags}; missing: {missing}.',

  // Allow and Accept.
  'analyze.allow.plain': 'The other side does not accept {method} requests. It accepts: {methods}.',
  'analyze.allow.plain.listed':
    'The other side lists {method} among the requests it accepts, yet refused it here. It accepts: {methods}.',
  'analyze.allow.plain.missing':
    'The other side does not accept {method} requests and did not say which ones it takes.',
  'analyze.allow.precise405': 'Allow: {methods}. A 405 must list the methods the server supports.',
  'analyze.allow.precise': 'Allow: {methods}.',
  'analyze.allow.precise.missing': 'The 405 response has no Allow header, which it must carry.',
  'analyze.accept.plain': 'The other side only reads these formats: {types}.',
  'analyze.accept.plain.missing':
    'The other side cannot read the format that was sent and did not say which ones it takes.',
  'analyze.accept.precise': '{code} with Accept: {types}.',
  'analyze.accept.precise.sent': '{code} with Accept: {types}; the request body was {sent}.',

  // WWW-Authenticate / Proxy-Authenticate and a repeated challenge.
  'analyze.challenge.plain':
    'The server asks the phone to prove its user name and password for "{realm}". This first request is normal; the phone should send them next.',
  'analyze.challenge.plain.again': 'The server asked again for the user name and password for "{realm}".',
  'analyze.challenge.plain.stale':
    'The one-time code the phone used to sign in had expired. This is not a wrong password: the phone should simply try again with the new code.',
  'analyze.challenge.plain.missing': 'The server asked for a password without saying how to send it.',
  'analyze.challenge.precise': '{header}: {scheme}, realm "{realm}", algorithm {algorithm}, qop {qop}.',
  'analyze.challenge.precise.stale':
    '{header}: {scheme} with stale=true: the nonce expired but the credentials were valid; the client should retry with the new nonce without asking the user.',
  'analyze.challenge.precise.missing': 'The {code} response has no {header} header, which it must carry.',
  'analyze.auth.plain':
    'The server asked for the password again after the phone sent it. The password is wrong, or the user name or the domain (realm) do not match the account on the server.',
  'analyze.auth.plain.realm':
    'The phone answered for "{sent}", but the server asking is "{realm}": the account settings point at the wrong domain.',
  'analyze.auth.precise':
    'Challenge in message {first}; {header} with username "{username}" and realm "{sentRealm}" in message {attempt}; challenged again in message {again} (realm "{realm}", not stale).',
  'analyze.auth.precise.realm': 'The realm in the credentials differs from the realm of the challenge.',
  'analyze.auth.precise.user':
    'The username "{username}" differs from the user part of From ("{user}"); some servers require them to match.',

  // Server and User-Agent.
  'analyze.server.plain': 'The answer came from software that calls itself "{product}".',
  'analyze.server.precise': 'The {code} response carries Server: {product}.',
  'analyze.userAgent.plain': 'The request came from software that calls itself "{product}".',
  'analyze.userAgent.precise': 'The {method} carries User-Agent: {product}.',

  // Via, NAT and private addresses.
  'analyze.via.plain.direct': 'The request went straight to the system that answered, with no server in between.',
  'analyze.via.plain.one': 'The request passed through one server on its way.',
  'analyze.via.plain': 'The request passed through {n} servers on its way.',
  'analyze.via.precise': 'Via headers: {n}; the path from the sender: {path}.',
  'analyze.nat.via.plain':
    'The phone says its address is {sent}, but the server saw the request coming from {seen}: a router translates its address (NAT).',
  'analyze.nat.via.plainPort':
    'The server saw the request coming from a different port ({seen}) than the phone announced ({sent}): a router translates its address (NAT).',
  'analyze.nat.via.precise': 'Via sent-by {sent}, received={received}, rport={rport}.',
  'analyze.nat.contact.plain':
    'The phone gives a private address ({host}) as the place to reach it. Servers on the internet cannot reach that address, so calls to this phone can fail unless the server or router corrects it.',
  'analyze.nat.contact.plainLan':
    'The phone gives a private address ({host}) as the place to reach it. That works only inside the same local network.',
  'analyze.nat.contact.precise': 'Contact {uri} is in the private range {range} (RFC {rfc}).',
  'analyze.nat.sdp.plain':
    'The sound is set to be sent to a private address ({host}) that the other side cannot reach across the internet: expect one-way or no audio.',
  'analyze.nat.sdp.plainLan':
    'The sound is set to be sent to a private address ({host}); that works only inside the same local network.',
  'analyze.nat.sdp.precise': 'SDP connection address {host} is in the private range {range} (RFC {rfc}).',

  // Identity, privacy.
  'analyze.pai.plain': 'The network vouches that the caller is {who}.',
  'analyze.pai.precise': 'P-Asserted-Identity: {uri}.',
  'analyze.privacy.plain': 'The caller asked to keep their number hidden.',
  'analyze.privacy.plain.none': 'The caller did not ask to hide their number.',
  'analyze.privacy.precise': 'Privacy: {values}.',
  'analyze.privacy.precise.anonymous': 'The From header is anonymous.',
  'analyze.identity.plain': 'The call carries a digital signature for the caller ID.',
  'analyze.identity.plain.missing': 'The other side wants calls with a signed caller ID, and this call had none.',
  'analyze.identity.precise': 'Identity header: PASSporT with alg {alg}, ppt {ppt}, credentials at {info}.',
  'analyze.identity.precise.missing': 'The request has no Identity header; the verifier answered 428.',

  // Max-Forwards (483).
  'analyze.maxForwards.plain': 'The call went through too many servers on its way and was stopped.',
  'analyze.maxForwards.plain.loop': 'The call went round in a circle between servers until it was stopped.',
  'analyze.maxForwards.precise': 'Max-Forwards was {n} in the request as seen here; Via headers: {vias}.',
  'analyze.maxForwards.precise.unknown': 'Via headers in the request as seen here: {vias}.',

  // Media (SDP offer and answer).
  'analyze.media.plain.noAnswer': 'Your side offered these formats: {offered}. The other side accepted none of them.',
  'analyze.media.plain.noAnswerEncrypted':
    'Your side offered encrypted sound with these formats: {offered}. The other side accepted none of them.',
  'analyze.media.plain.none':
    'Your side offered {offered}; the other side answered with {answered}. They have no voice format in common.',
  'analyze.media.plain.common': 'Your side offered {offered}; the other side answered with {answered}.',
  'analyze.media.plain.encryption': 'One side wants encrypted sound and the other does not.',
  'analyze.media.precise': 'Offer in message {offer}, answer in message {answer}.',
  'analyze.media.precise.row': '{media}: offered {offer}; answered {answer}.',
  'analyze.media.rejected': 'rejected (port 0)',

  // Facts (labels of values shown as a list).
  'analyze.fact.warnCode': 'Warning code',
  'analyze.fact.warnAgent': 'Sent by',
  'analyze.fact.warnText': 'Text',
  'analyze.fact.protocol': 'Protocol',
  'analyze.fact.cause': 'Cause',
  'analyze.fact.causeName': 'Cause name',
  'analyze.fact.text': 'Text',
  'analyze.fact.seconds': 'Seconds',
  'analyze.fact.minimum': 'Minimum (seconds)',
  'analyze.fact.asked': 'Asked for (seconds)',
  'analyze.fact.scheme': 'Scheme',
  'analyze.fact.realm': 'Realm',
  'analyze.fact.algorithm': 'Algorithm',
  'analyze.fact.qop': 'qop',
  'analyze.fact.stale': 'stale',
  'analyze.fact.username': 'User name sent',
  'analyze.fact.sentRealm': 'Realm sent',
  'analyze.fact.fromUser': 'User in From',
  'analyze.fact.product': 'Product',
  'analyze.fact.hop': 'Hop {n}',
  'analyze.fact.sentBy': 'Address the device announced',
  'analyze.fact.seenFrom': 'Address the server saw',
  'analyze.fact.address': 'Address',
  'analyze.fact.range': 'Private range',
  'analyze.fact.alg': 'Algorithm',
  'analyze.fact.ppt': 'PASSporT type',
  'analyze.fact.info': 'Credentials',
  'analyze.fact.offered': 'Offered',
  'analyze.fact.answered': 'Answered',

  // Plain-text summary ("Copy explanation").
  'analyze.summary.title': 'SIP trace explained',
  'analyze.summary.result': 'Result:',
  'analyze.summary.route': 'Message {n}, from {from} to {to}.',
  'analyze.summary.why': 'Why:',
  'analyze.summary.media': 'Media offered and answered:',
  'analyze.summary.mediaRow': '- {media}: offered {offered}; answered {answered}',
  'analyze.summary.more': 'More:',
  'analyze.summary.notes': 'Notes:',
  'analyze.summary.exchange': 'Messages:',
  'analyze.summary.moreSteps': '... and {n} more messages.',
  'analyze.summary.privacy': 'Explained in the browser; the trace was not sent anywhere.',
  // The /analyze/ page.
  'analyze.page.description':
    'Paste a SIP message or a whole trace and read what happened: the final response that matters, the headers that explain it, the codecs offered and accepted, and a ladder diagram.',
  'analyze.page.lead':
    'Paste a SIP message, or a whole trace from a phone, a phone system or a capture, and press Explain. You get the response that decided the call or the registration, the headers that say why, and a diagram of the messages.',
  'analyze.page.privacy':
    'Nothing you paste leaves your browser: the explanation is worked out on this page, and the text is not stored or sent anywhere.',
  'analyze.page.label': 'Paste a SIP message or trace',
  'analyze.page.hint':
    'Plain SIP, sngrep or Wireshark text, Asterisk, FreeSWITCH, Kamailio, baresip, linphone or pjsip logs, or a browser console.',
  'analyze.page.button': 'Explain',
  'analyze.page.working': 'Reading the trace…',
  'analyze.page.empty': 'Paste a SIP message or trace first.',
  'analyze.page.noscript':
    'The explanation is worked out by a script in your browser, and scripts are off. You can still look up the code from the message:',
  'analyze.page.noscriptSearch': 'search for it',
  'analyze.page.noscriptCodes': 'browse all codes',
  'analyze.out.title': 'What happened',
  'analyze.out.page': 'Read the page for {code}',
  'analyze.out.cause': 'the likely cause on that page',
  'analyze.out.causeOf': 'The likely cause, on the {code} page',
  'analyze.out.headers': 'What the headers say',
  'analyze.out.media': 'Sound and video: offered and accepted',
  'analyze.out.mediaCaption': 'Media lines of the offer and the answer',
  'analyze.out.mediaStream': 'Stream',
  'analyze.out.mediaOffered': 'Offered',
  'analyze.out.mediaAnswered': 'Accepted',
  'analyze.out.flow': 'The messages, in order',
  'analyze.out.flowText': 'The messages as a list',
  'analyze.out.found': 'What was found',
  'analyze.out.copy': 'Copy explanation',
  'analyze.out.copied': 'Copied',
  'analyze.out.copyDone': 'Explanation copied to the clipboard.',
  'analyze.out.copyFailed': 'Copying failed: select the text and copy it.',
  'analyze.out.precise': 'Precisely',
  'analyze.out.none': 'none',
  'analyze.search.offer': 'Explain this message',
  'analyze.search.offerHint':
    'This looks like a SIP message: open it in the message analyser, on this page, without sending it anywhere.',
  'analyze.search.close': 'Close',
} as const;
