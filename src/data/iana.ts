/**
 * The IANA "SIP Parameters / Response Codes" registry, all classes: code, reason phrase as
 * registered, defining RFC. The project's own copy of the reference table (tests compare it with
 * the registry), plus the historic codes that RFC 2543 defined and RFC 3261 dropped.
 */
export interface RegistryEntry {
  code: number;
  reason: string;
  rfc: number;
  /** True for a code the registry lists as deprecated (202 Accepted). */
  deprecated?: boolean;
}

const rows: [number, string, number][] = [
  [100, 'Trying', 3261],
  [180, 'Ringing', 3261],
  [181, 'Call Is Being Forwarded', 3261],
  [182, 'Queued', 3261],
  [183, 'Session Progress', 3261],
  [199, 'Early Dialog Terminated', 6228],
  [200, 'OK', 3261],
  [202, 'Accepted (Deprecated)', 6665],
  [204, 'No Notification', 5839],
  [300, 'Multiple Choices', 3261],
  [301, 'Moved Permanently', 3261],
  [302, 'Moved Temporarily', 3261],
  [305, 'Use Proxy', 3261],
  [380, 'Alternative Service', 3261],
  [400, 'Bad Request', 3261],
  [401, 'Unauthorized', 3261],
  [402, 'Payment Required', 3261],
  [403, 'Forbidden', 3261],
  [404, 'Not Found', 3261],
  [405, 'Method Not Allowed', 3261],
  [406, 'Not Acceptable', 3261],
  [407, 'Proxy Authentication Required', 3261],
  [408, 'Request Timeout', 3261],
  [410, 'Gone', 3261],
  [412, 'Conditional Request Failed', 3903],
  [413, 'Request Entity Too Large', 3261],
  [414, 'Request-URI Too Long', 3261],
  [415, 'Unsupported Media Type', 3261],
  [416, 'Unsupported URI Scheme', 3261],
  [417, 'Unknown Resource-Priority', 4412],
  [420, 'Bad Extension', 3261],
  [421, 'Extension Required', 3261],
  [422, 'Session Interval Too Small', 4028],
  [423, 'Interval Too Brief', 3261],
  [424, 'Bad Location Information', 6442],
  [425, 'Bad Alert Message', 8876],
  [428, 'Use Identity Header', 8224],
  [429, 'Provide Referrer Identity', 3892],
  [430, 'Flow Failed', 5626],
  [433, 'Anonymity Disallowed', 5079],
  [436, 'Bad Identity Info', 8224],
  [437, 'Unsupported Credential', 8224],
  [438, 'Invalid Identity Header', 8224],
  [439, 'First Hop Lacks Outbound Support', 5626],
  [440, 'Max-Breadth Exceeded', 5393],
  [469, 'Bad Info Package', 6086],
  [470, 'Consent Needed', 5360],
  [480, 'Temporarily Unavailable', 3261],
  [481, 'Call/Transaction Does Not Exist', 3261],
  [482, 'Loop Detected', 3261],
  [483, 'Too Many Hops', 3261],
  [484, 'Address Incomplete', 3261],
  [485, 'Ambiguous', 3261],
  [486, 'Busy Here', 3261],
  [487, 'Request Terminated', 3261],
  [488, 'Not Acceptable Here', 3261],
  [489, 'Bad Event', 6665],
  [491, 'Request Pending', 3261],
  [493, 'Undecipherable', 3261],
  [494, 'Security Agreement Required', 3329],
  [500, 'Server Internal Error', 3261],
  [501, 'Not Implemented', 3261],
  [502, 'Bad Gateway', 3261],
  [503, 'Service Unavailable', 3261],
  [504, 'Server Time-out', 3261],
  [505, 'Version Not Supported', 3261],
  [513, 'Message Too Large', 3261],
  [555, 'Push Notification Service Not Supported', 8599],
  [580, 'Precondition Failure', 3312],
  [600, 'Busy Everywhere', 3261],
  [603, 'Decline', 3261],
  [604, 'Does Not Exist Anywhere', 3261],
  [606, 'Not Acceptable', 3261],
  [607, 'Unwanted', 8197],
  [608, 'Rejected', 8688],
];

/** The registry marks a withdrawn code by appending "(Deprecated)" to its phrase; the phrase sent is the rest. */
export const registry: RegistryEntry[] = rows.map(([code, description, rfc]) => {
  const reason = description.replace(/\s*\(Deprecated\)$/, '');
  return { code, reason, rfc, deprecated: reason !== description };
});

/** Codes of RFC 2543 that RFC 3261 dropped: not registered, still sent by some old equipment. */
export const historic: RegistryEntry[] = [
  { code: 409, reason: 'Conflict', rfc: 2543 },
  { code: 411, reason: 'Length Required', rfc: 2543 },
];

/** The registry entry, or the historic one, for a code. */
export const registered = (code: number) => registry.find((r) => r.code === code);
export const historicCode = (code: number) => historic.find((r) => r.code === code);
