/**
 * Every string of the site's interface, in English: labels, headings, notes and messages.
 * Content (code pages, guides) lives in content/; data modules hold ids, and their titles are
 * here, keyed by id. A second language is one more file of this shape.
 * `{name}` marks a value filled in by t().
 */
import { analyzeEn } from './en-analyze.ts';
import { copyEn } from './en-copy.ts';

export const en = {
  ...analyzeEn,
  ...copyEn,
  'site.tagline': 'SIP response codes explained',
  'site.description':
    'What SIP response codes like 403 Forbidden, 486 Busy Here or 503 Service Unavailable mean, why they happen and how to fix them.',
  'site.footer':
    'Explains SIP response codes for VoIP customers, support agents and administrators. Technical facts follow the IETF RFCs.',
  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.codes': 'All codes',
  'nav.troubleshooting': 'Troubleshooting',
  'nav.analyze': 'Explain a message',
  'nav.breadcrumb': 'Breadcrumb',
  'nav.skip': 'Skip to content',
  'nav.pager': 'Previous and next code',
  'footer.support': 'Contact support',
  'footer.status': 'Service status',
  'footer.codes': 'All response codes',
  'footer.json': 'Codes as JSON',

  // Sections of a code page, by id (the ids are the URL contract; the titles may change).
  'section.meaning': 'What it means',
  'section.normal': 'Is this normal?',
  'section.causes': 'Common causes',
  'section.fix': 'How to fix it',
  'section.fix-admin': 'For administrators',
  'section.technical': 'Technical details',
  'section.related': 'Related codes and guides',
  // Sections of a guide, by id.
  'section.quick-checks': 'Quick checks',
  'section.admin-checks': 'For administrators',
  'section.codes': 'Codes in this guide',
  'section.still-stuck': 'Still stuck?',
  'toc.label': 'On this page',
  'toc.top': 'Back to top',
  'toc.jump': 'Jump to a section',
  'audience.admin': 'For administrators and engineers',
  'feedback.question': 'Was this page helpful?',
  'feedback.yes': 'Yes',
  'feedback.no': 'No',
  'feedback.thanks': 'Thank you: your answer helps us improve this page.',
  'feedback.failed': 'Your answer could not be sent. Please try again later.',
  'code.exchange': 'Example exchange',
  'code.exchangeIntro': 'The messages you would typically see around a {code}, in order:',

  // Verdicts: the answer to "Is this normal?", by id.
  'verdict.expected': 'Normal: no action needed',
  'verdict.sometimes': 'Can be normal: act if it repeats',
  'verdict.action': 'Needs action',

  // Response classes, by id.
  'class.1xx.title': '1xx Provisional',
  'class.1xx.intro':
    'The call or request is still in progress: it reached somebody and an answer will follow. A 1xx code is never an error and never the end of a call.',
  'class.2xx.title': '2xx Success',
  'class.2xx.intro':
    'The request worked: a call was answered, a phone signed in, a message was accepted. Nothing to fix.',
  'class.3xx.title': '3xx Redirection',
  'class.3xx.intro':
    'The number or address has moved, and the answer says where to try instead. Phones and phone systems usually follow it on their own; you see one when forwarding or a moved number is involved.',
  'class.4xx.title': '4xx Request failed',
  'class.4xx.intro':
    'The request could not be completed as it was sent: a password, a number, a setting or a limit needs to change before trying again.',
  'class.5xx.title': '5xx Server failure',
  'class.5xx.intro':
    'A server on the way failed or is overloaded, while the request itself may be fine. Usually the provider or the phone system has to act; trying again later, or by another route, often works.',
  'class.6xx.title': '6xx Global failure',
  'class.6xx.intro':
    'The person or number called gave a final answer that holds everywhere: busy on every phone, declined, or not existing. Trying another route will not help.',

  // Categories, by id.
  'category.progress.title': 'Call progress',
  'category.progress.description': 'Ringing, forwarding, early audio and other signs that a call is on its way.',
  'category.success.title': 'Success',
  'category.success.description': 'The call was answered or the request was accepted.',
  'category.redirection.title': 'Redirection',
  'category.redirection.description':
    'The number has moved or has several places to reach it; the answer says where to try.',
  'category.access.title': 'Access and authentication',
  'category.access.description': 'Passwords, permissions, allowed addresses and account standing.',
  'category.routing.title': 'Number and routing',
  'category.routing.description': 'The number or address dialled, and the path a call takes to reach it.',
  'category.availability.title': 'Availability and call state',
  'category.availability.description': 'Whether the person called can take the call right now, and calls that ended.',
  'category.media.title': 'Media and session negotiation',
  'category.media.description': 'Codecs, session timers and what both sides agree to use during a call.',
  'category.identity.title': 'Caller identity',
  'category.identity.description':
    'Proving who is calling: identity headers, certificates, anonymity and call blocking.',
  'category.priority.title': 'Emergency and priority',
  'category.priority.description': 'Priority calls, location for emergency calls and alert messages.',
  'category.server.title': 'Server and network failure',
  'category.server.description':
    'A server on the way is down, overloaded, timed out or got a bad answer from the next hop.',
  'category.protocol.title': 'Request and protocol',
  'category.protocol.description': 'Malformed or oversized messages, event state, and extensions one side lacks.',

  // Code pages.
  'code.about': 'About this code',
  'code.historic': 'Historic: not part of current SIP',
  'code.historicShort': 'Historic',
  'code.origin': 'Who sends it',
  'code.action': 'Whose move',
  'code.statusLine': 'Status line',
  'code.olderReasons': 'Older reason phrases',
  'code.definedIn': 'Defined in',
  'code.mentionedIn': 'Mentioned in',
  'code.seeAlso': 'See also',
  'code.section': 'RFC {rfc} section {section}',
  'code.retry': 'Retry',
  'code.isup': 'ISUP/Q.850',
  'code.headerCaption': 'Header fields of a {code} response',
  'code.headerName': 'Header field',
  'code.headerLevel': 'Required',
  'code.headerNote': 'What it carries',
  'code.pbxCaption': 'What phone systems send for the causes that map to {code}',
  'code.pbxCause': 'Q.850 cause',
  'code.pbxDiffers':
    'Rows marked * are causes where Asterisk or FreeSWITCH send something other than RFC 3398 says; a Reason header with a Q.850 cause overrides both.',
  'code.pbxFallback':
    '{systems} also send {code} for any hangup cause they have no rule for, so a {code} from them can stand for many causes: look for a Reason header or the PBX log to learn which.',
  'code.analyzeHint': 'paste the SIP message or trace to see which headers explain it.',
  'code.relatedGuides': 'Guides for this problem',
  'code.relatedCodes': 'Related codes',
  'code.title': 'SIP {code} {reason}',

  // ISUP sentences (src/lib/isup.ts chooses one).
  'isup.listed': 'A gateway following RFC 3398 sends cause {cause} ({name}).',
  'isup.listedAuth':
    'A gateway following RFC 3398 first tries to authenticate and continue the call; only if it cannot does it send cause {cause} ({name}).',
  'isup.listedRepair':
    'A gateway following RFC 3398 first tries to correct the request and send it again; only if it cannot does it send cause {cause} ({name}).',
  'isup.default': 'RFC 3398 does not list this code, so a gateway sends its default, cause 31 (Normal, unspecified).',
  'isup.none': 'RFC 3398 maps this code to no cause: the call was cancelled, and the cancel itself ends the ISUP side.',
  'isup.warning':
    'RFC 3398 maps it by the Warning header: cause 31 (Normal, unspecified) by default, or 65 (Bearer capability not implemented) when the warning is about a media capability that is not available.',
  'isup.progress.none': 'No ISUP message: a 100 only stops the other side from sending the request again.',
  'isup.progress.acm':
    'No cause: a gateway sends an address complete message (ACM), or a call progress message (CPG) if it already sent one.',
  'isup.progress.anm':
    'No cause: a gateway sends an answer message (ANM) for a 200 to its INVITE, and nothing for other requests.',
  'isup.progress.redirect':
    'No cause of its own: a gateway should try the new addresses itself; it may instead release the call with cause 23 (redirection to new destination).',
  'isup.progress.unmapped': 'Not covered by RFC 3398, which maps no ISUP message to it.',
  'isup.causesHere': 'Causes that a gateway turns into {code}',
  'isup.noMapping': 'No mapping.',

  // Unregistered numbers.
  'unassigned.title': '{code}: not a standard SIP code',
  'unassigned.description':
    'SIP {code} is not a registered response code. Phones treat an unknown {cls} response like {fallback}.',
  'unassigned.lead': 'No SIP standard gives {code} a meaning. It is not in the IANA registry of SIP response codes.',
  'unassigned.vendor':
    'Some phone systems and providers use numbers like this for their own purposes. The words after the number on your screen or in your log, and the documentation of the equipment that sent it, are the best clues.',
  'unassigned.rule': 'Phones and phone systems that follow the standard treat any {cls} number they don’t know like',
  'unassigned.ruleFinal': ': the request failed in the same way, and it should not be sent again unchanged',
  'unassigned.ruleProvisional': ': the call is still in progress, and the final answer is still to come',
  'unassigned.next': 'Where to go next',
  'unassigned.meaningOf': ', the meaning a standard phone gives this code',
  'unassigned.classCodes': 'All {cls} codes',
  'unassigned.search': 'Search for {code}',
  'unassigned.troubleshooting': 'Troubleshooting by symptom',

  // Index, home, troubleshooting, search, 404.
  'codes.title': 'All SIP response codes',
  'codes.description':
    'All {count} SIP response codes, from 100 Trying to 608 Rejected, by class and by what went wrong.',
  'codes.lead':
    'Every SIP response has a three-digit code. The first digit gives its class: 1xx and 2xx are progress and success, 3xx a redirection, 4xx, 5xx and 6xx a failure. Every number from 100 to 699 has a page; the {count} below have a meaning in SIP.',
  'codes.jump': 'Jump to a class',
  'codes.count': '{count} codes',
  'home.title': 'SIP response codes explained',
  'home.lead':
    'Your phone, app or phone system showed a code like “403 Forbidden”, “486 Busy Here” or “503 Service Unavailable”? Find out what it means, whether it is normal, and what to do about it. Type the code, paste the line from your log, or describe the problem in the search box above.',
  'home.common': 'Codes people meet most',
  'home.allCodes': 'All {count} codes',
  'home.problem': 'Start from the problem',
  'home.startHere': 'Not sure where to begin?',
  'home.startHereLink': 'Answer three questions',
  'home.startHereAfter': 'to find the right guide.',
  'home.allGuides': 'All troubleshooting guides',
  'home.classes': 'Browse by class',
  'home.analyze': 'Have a log instead of a code?',
  'home.analyzeText':
    'Paste a SIP message or a whole trace, and read which response ended the call and which headers explain it, worked out in your browser:',
  'troubleshooting.title': 'Troubleshooting',
  'troubleshooting.description':
    'Guides that start from what you see: a phone that won’t register, calls that fail, drop or have no audio.',
  'troubleshooting.lead': 'Start from what you see. Each guide begins with quick checks you can do yourself.',
  'troubleshooting.symptoms': 'Guides by symptom',
  'troubleshooting.checks': 'General checks',
  'guide.readNext': 'Read next',
  'guide.relatedCode': 'Related code:',
  'guide.relatedCodes': 'Related codes:',
  'stuck.intro': 'Contact support and include these details. They let us find your call in our records quickly.',
  'stuck.time': 'The date and time of a failed call, with your time zone.',
  'stuck.number': 'The number you called, or the number that called you, and the direction of the call.',
  'stuck.code': 'The exact code and text on your screen or in your log, for example “403 Forbidden”.',
  'stuck.callId': 'The Call-ID, if your phone or phone system shows one.',
  'stuck.tried': 'What you have already tried from this guide.',
  'stuck.triedPage': 'What you have already tried from this page.',
  'stuck.contact': 'Contact support',
  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist.',
  'notFound.lead': 'There is no page at this address. It may have been mistyped.',
  'notFound.code': 'For a SIP code, type the number in the search box, or open the',
  'notFound.codeLink': 'list of all codes',
  'notFound.problem': 'For a problem with calls, start with the',
  'notFound.problemLink': 'troubleshooting guides',
  'notFound.home': 'Or go to the',
  'notFound.homeLink': 'home page',
  'reviewed.before': 'Last reviewed',
  'reviewed.online': 'Online at {url}',

  // Tools: go to code, copy, reply.
  'goto.label': 'Go to code',
  'goto.button': 'Go',
  'goto.hint': 'A number from {first} to {last}',
  'copy.link': 'Link',
  'copy.linkTo': 'Link to this section: {title}',
  'reply.summary': 'For support agents: ready reply',
  'reply.summaryCause': 'For support agents: reply for this cause',
  'reply.copy': 'Copy reply',
  'reply.more': 'More: {url}',

  // Search.
  'search.title': 'Search',
  'search.description':
    'Search SIP response codes by number, reason phrase, header field, log line, hangup cause or problem.',
  'search.label': 'Search codes and problems',
  'search.landmarkSite': 'Site search',
  'search.landmarkPage': 'Search this site',
  'search.pageLabel': 'Search codes, log lines and problems',
  'search.placeholder': 'Code, phrase or log line',
  'search.button': 'Search',
  'search.hint': 'Type a code, a reason phrase, a header name or a problem.',
  'search.hintPopup': 'Use the arrow keys to move through the results. Press slash to come back here from anywhere.',
  'search.show': 'Show',
  'search.everything': 'everything',
  'search.guides': 'Troubleshooting guides',
  'search.results': 'Search results',
  'search.noscript': 'Search needs JavaScript, which is off in your browser.',
  'search.fallback': 'Every code is listed below; you can also browse the',
  'search.fallbackLink': 'troubleshooting guides',
  'search.count': '{n} results.',
  'search.countOne': '1 result.',
  'search.none': 'No results.',
  'search.seeAll': 'See all results',
  'search.nothing': 'Nothing found for “{q}”. Try the code number from your screen, or browse',
  'search.nothingCodes': 'all codes',
  'search.nothingOr': 'or the',
  'search.nothingGuides': 'troubleshooting guides',
  'search.unassigned': '{code}: not a standard SIP code',
  'search.unassignedExcerpt': 'Not in the registry. Phones treat it like {fallback}.',
  'search.cause': 'Q.850 cause {cause} ({name}) is SIP {code}.',
  'search.causeNone': 'Q.850 cause {cause} ({name}): RFC 3398 maps it to no SIP error ({sip}).',
  'search.causeUnknown': 'Cause {cause} is not in the RFC 3398 table of ISUP/Q.850 causes.',
  'search.pbxCause': '{system} {name} is Q.850 cause {cause} ({causeName}); RFC 3398 maps it to {code}.',
  'search.pbxCauseSends':
    '{system} {name} is Q.850 cause {cause} ({causeName}): {system} sends {sent}, RFC 3398 maps it to {code}.',
} as const;

export type StringKey = keyof typeof en;
