/**
 * The words of the copy controls (src/scripts/copy.ts), merged into the one table of en.ts.
 * Kept in a file of their own because that script loads on the first click on any page and
 * reads them directly, without the whole table.
 */
export const copyEn = {
  'copy.url': 'Copy link',
  'copy.titled': 'Copy link with title',
  'copy.copied': 'Copied',
  'copy.failed': 'Copy failed',
  'copy.linkDone': 'Link copied to the clipboard.',
  'copy.linkFailed': 'Copying failed: the link is in the address bar.',
  'copy.replyDone': 'Reply copied to the clipboard.',
  'copy.replyFailed': 'Copying failed: select the text and copy it.',
} as const;
