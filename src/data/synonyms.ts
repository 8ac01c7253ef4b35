/**
 * Words people use for the same thing. Search also asks for the other words of a group and
 * merges what they find, so "no sound" finds the pages that say "no audio". One group per
 * line; every word lower case, as search words are (src/lib/query.ts normalises them).
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['audio', 'sound', 'silent', 'silence', 'mute'],
  ['drop', 'drops', 'dropped', 'disconnect', 'disconnects', 'disconnected', 'cut', 'cuts', 'hangs'],
  ['declined', 'decline', 'rejected', 'reject', 'rejection', 'refused', 'refuse'],
  ['offline', 'unregistered', 'register', 'registration', 'registering', 'registered', 'login'],
  ['engaged', 'busy'],
  ['911', '112', '999', 'emergency'],
  ['echo', 'choppy', 'robotic', 'garbled', 'jitter', 'crackling', 'quality'],
  ['dtmf', 'keypad', 'digits', 'keypress', 'ivr'],
  ['callerid', 'cli', 'clip', 'anonymous', 'withheld'],
  ['password', 'credentials', 'authentication', 'auth'],
  ['mobile', 'cell', 'cellphone'],
  ['voicemail', 'mailbox'],
  ['timeout', 'timed'],
  ['codec', 'codecs', 'g711', 'g729', 'opus', 'alaw', 'ulaw'],
  ['forward', 'forwarding', 'forwarded', 'redirect', 'redirected'],
  ['ring', 'ringing', 'rings', 'ringback'],
  ['outgoing', 'outbound'],
  ['incoming', 'inbound'],
  ['hear', 'listen'],
  ['outage', 'down'],
];

/** The other words of the groups a word belongs to. */
export function synonymsOf(word: string): string[] {
  return [...new Set(synonymGroups.filter((g) => g.includes(word)).flat())].filter((w) => w !== word);
}
