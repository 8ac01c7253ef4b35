import { existsSync } from 'node:fs';

/**
 * The Chromium every browser tool here uses (Playwright, Lighthouse, the benchmark, the
 * screenshots): $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined, which lets
 * Playwright use its own browser.
 */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}
