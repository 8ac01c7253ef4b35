import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { nginxConf, preparePrefix, siteServer, startNginx } from '/work/main/scripts/nginx.ts';
const qs = JSON.parse(readFileSync('/work/main/tests/search/real-questions.json', 'utf8'));
const { work, root } = preparePrefix('/work/main/dist');
const nginx = startNginx(work, nginxConf(work, siteServer(root, 4412)), 'pipe');
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const res: Record<string, { t1: number; t3: number; n: number }> = { tune: { t1: 0, t3: 0, n: 0 }, holdout: { t1: 0, t3: 0, n: 0 } };
const misses: string[] = [];
const worker = async (items: any[]) => {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:4412/search/?q=busy`);
  await page.locator('[data-search-status]').filter({ hasText: /results?\.$/ }).waitFor();
  for (const it of items) {
    const paths = await page.evaluate(async (q) => {
      const status = document.querySelector('[data-search-status]')!;
      status.textContent = '';
      const input = document.querySelector<HTMLInputElement>('#page-search')!;
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      for (let i = 0; i < 400 && !status.textContent; i++) await new Promise((r) => setTimeout(r, 10));
      return [...document.querySelectorAll<HTMLAnchorElement>('.results > li > a.result-title')].map((a) => new URL(a.href).pathname);
    }, it.q);
    const good = [it.expect, ...(it.alt ?? [])];
    const rank = paths.findIndex((p: string) => good.includes(p));
    const r = res[it.half]; r.n++; if (rank === 0) r.t1++; if (rank >= 0 && rank < 3) r.t3++;
    if (rank !== 0) misses.push(`${it.half} ${rank < 0 ? 'MISS' : '#' + (rank + 1)} ${it.q} -> ${paths.slice(0, 3).join(' ')} want ${it.expect}`);
  }
};
const k = 4; await Promise.all(Array.from({ length: k }, (_, i) => worker(qs.filter((_: any, j: number) => j % k === i))));
console.log(JSON.stringify(res));
writeFileSync('/tmp/misses.txt', misses.sort().join('\n'));
await browser.close(); nginx.kill('SIGQUIT');
