import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/support/chromium.ts';

/**
 * End-to-end tests run against the production build served by nginx with the project's own
 * deploy/nginx/site.conf: once at the root (dist/) and once under a sub-path (dist-subpath/).
 * Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser.
 */
const executablePath = chromiumPath();
const CI = Boolean(process.env.CI);
export const ROOT_PORT = 4400;
export const SUBPATH_PORT = 4401;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [
    { name: 'root', testIgnore: /subpath\.spec|lighthouse\.spec/, use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', testMatch: /subpath\.spec/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/help/sip/` } },
    { name: 'lighthouse', testMatch: /lighthouse\.spec/, use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
  ],
  webServer: [
    {
      command: `node scripts/nginx.ts dist ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !CI,
    },
    {
      command: `node scripts/nginx.ts dist-subpath ${SUBPATH_PORT} /help/sip/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/help/sip/`,
      reuseExistingServer: !CI,
    },
  ],
});
