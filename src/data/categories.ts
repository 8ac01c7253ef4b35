/**
 * The categories a code belongs to: a small, fixed set used by the index, the badges
 * and the search filter. Every code page names one of these ids in `category`.
 */
export const categories = [
  {
    id: 'progress',
    title: 'Call progress',
    description: 'Ringing, forwarding, early audio and other signs that a call is on its way.',
  },
  {
    id: 'success',
    title: 'Success',
    description: 'The call was answered or the request was accepted.',
  },
  {
    id: 'redirection',
    title: 'Redirection',
    description: 'The number has moved or has several places to reach it; the answer says where to try.',
  },
  {
    id: 'access',
    title: 'Access and authentication',
    description: 'Passwords, permissions, allowed addresses and account standing.',
  },
  {
    id: 'routing',
    title: 'Number and routing',
    description: 'The number or address dialled, and the path a call takes to reach it.',
  },
  {
    id: 'availability',
    title: 'Availability and call state',
    description: 'Whether the person called can take the call right now, and calls that ended.',
  },
  {
    id: 'media',
    title: 'Media and session negotiation',
    description: 'Codecs, session timers and what both sides agree to use during a call.',
  },
  {
    id: 'identity',
    title: 'Caller identity',
    description: 'Proving who is calling: identity headers, certificates and anonymity.',
  },
  {
    id: 'priority',
    title: 'Emergency and priority',
    description: 'Priority calls, location for emergency calls and alert messages.',
  },
  {
    id: 'server',
    title: 'Server and network failure',
    description: 'A server on the way is down, overloaded, timed out or received a bad answer from the next hop.',
  },
  {
    id: 'protocol',
    title: 'Request and protocol',
    description: 'Malformed or oversized messages, event state, and extensions one side lacks.',
  },
] as const;

export type CategoryId = (typeof categories)[number]['id'];
export type Category = (typeof categories)[number];

/** The category with this id (ids are checked by the content schema). */
export const categoryOf = (id: CategoryId): Category => categories.find((c) => c.id === id)!;
export const categoryIds = categories.map((c) => c.id) as [CategoryId, ...CategoryId[]];
