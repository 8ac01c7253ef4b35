/**
 * The codes customers meet most, most frequent first. Their pages must list at least three
 * causes, and the home page shows the first eight.
 */
export const commonCodes = [
  403, 404, 486, 480, 408, 401, 488, 487, 407, 484, 481, 400, 415, 420, 421, 422, 423, 482, 483, 491,
];
