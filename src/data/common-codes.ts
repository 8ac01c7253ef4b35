/**
 * The codes customers meet most, across classes, most frequent first. Their pages must list at
 * least three causes, and the home page shows the first twelve.
 */
export const commonCodes = [
  403, 404, 503, 486, 480, 603, 408, 488, 401, 183, 487, 500, 180, 407, 484, 481, 502, 504, 400, 302, 600, 604, 606,
  607, 608, 580, 415, 420, 421, 422, 423, 482, 483, 491,
];
