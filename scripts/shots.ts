/**
 * `npm run shots`: screenshots of each kind of page at 375 and 1280 px wide, in light and dark,
 * into shots/ (ignored by git), for a person to look at before a change lands. Serves the
 * existing build (dist/, or $SHOTS_DIST; `npm run build` first) with nginx on port 4410.
 * Usage: node scripts/shots.ts [--top] [path ...] (default: one page of each kind; --top: the
 * first screen only, instead of the whole page).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/support/chromium.ts';
import { nginxConf, preparePrefix, siteServer, startNginx } from './nginx.ts';
import { paths } from '../src/lib/urls.ts';

const port = 4410;
const args = process.argv.slice(2);
const top = args.includes('--top');
const asked = args.filter((a) => a !== '--top');
const pages = asked.length
  ? asked
  : [
      paths.home,
      paths.codes,
      paths.troubleshooting,
      paths.guide('phone-wont-register'),
      paths.code(403),
      paths.code(503),
      paths.code(183),
      paths.code(450),
      paths.search('busy'),
      paths.analyze,
      '/no-such-page/',
    ];

const { work, root } = preparePrefix(process.env.SHOTS_DIST ?? 'dist');
const nginx = startNginx(work, nginxConf(work, siteServer(root, port)), 'pipe');
const browser = await chromium.launch({ executablePath: chromiumPath() });
mkdirSync('shots', { recursive: true });
try {
  await new Promise((r) => setTimeout(r, 500));
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(`http://127.0.0.1:${port}${path}`);
        await page.waitForLoadState('networkidle');
        const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
        const file = `shots/${name}-${width}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: !top });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  nginx.kill('SIGQUIT');
}
