/**
 * npm run bench: builds the site and measures it. Prints a report and writes bench/results/latest.json.
 *  - build time, split into Astro and Pagefind, and page count;
 *  - per page type: HTML, CSS and JS bytes (raw and gzip) and requests on load, in headless Chromium;
 *  - Pagefind: bytes fetched on first search, index size on disk;
 *  - keystroke to first search result: median and spread over 15 runs, warm;
 *  - Lighthouse performance per page type;
 *  - a scale run with 1,000 and 5,000 generated pages in a temporary copy (BENCH_SCALE=0 skips it).
 * Needs nginx and Chromium, like the tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { lighthouseScores } from '../tests/support/lighthouse.ts';
import { chromiumPath } from '../tests/support/chromium.ts';
import { percent, realQuestions, scoreQuestions } from '../tests/support/search-eval.ts';
import { generateTrace } from '../tests/support/traces.ts';
import { analyze } from '../src/lib/sip/index.ts';
import { paths } from '../src/lib/urls.ts';

const root = resolve(import.meta.dirname, '..');
const chromePath = chromiumPath();
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const d = dirSize(p);
      bytes += d.bytes;
      files += d.files;
    } else {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Runs `astro build` in a project folder; returns total, Astro and Pagefind times and page counts. */
function build(cwd: string) {
  const started = performance.now();
  const res = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const totalMs = performance.now() - started;
  if (res.status !== 0) throw new Error(`build failed in ${cwd}:\n${res.stdout}\n${res.stderr}`);
  const m = /Indexed (\d+) of (\d+) pages in (\d+) ms/.exec(res.stdout);
  const pages = /(\d+) page\(s\) built/.exec(res.stdout);
  const pagefindMs = Number(m?.[3] ?? 0);
  return {
    totalMs: Math.round(totalMs),
    astroMs: Math.round(totalMs - pagefindMs),
    pagefindMs,
    pages: Number(pages?.[1]),
    indexed: Number(m?.[1]),
  };
}

function serve(dist: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'scripts/nginx.ts'), dist, String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  return new Promise((ok, fail) => {
    const deadline = Date.now() + 10_000;
    const poll = () =>
      fetch(`http://127.0.0.1:${port}/`)
        .then(() => ok(child))
        .catch(() => (Date.now() > deadline ? fail(new Error('nginx did not start')) : setTimeout(poll, 100)));
    poll();
  });
}

async function pageWeights(browser: Browser, origin: string) {
  const types = {
    home: paths.home,
    index: paths.codes,
    code: paths.code(486),
    guide: paths.guide('phone-wont-register'),
    search: paths.search(),
  };
  const out: Record<string, unknown> = {};
  for (const [type, path] of Object.entries(types)) {
    const page = await browser.newPage();
    const kinds: Record<string, { raw: number; gzip: number }> = {
      html: { raw: 0, gzip: 0 },
      css: { raw: 0, gzip: 0 },
      js: { raw: 0, gzip: 0 },
      other: { raw: 0, gzip: 0 },
    };
    const pending: Promise<void>[] = [];
    let requests = 0;
    page.on('request', () => requests++);
    page.on('response', (r) => {
      const t = r.request().resourceType();
      const kind = t === 'document' ? 'html' : t === 'stylesheet' ? 'css' : t === 'script' ? 'js' : 'other';
      pending.push(
        r
          .body()
          .then((b) => {
            kinds[kind].raw += b.length;
            kinds[kind].gzip += gz(b);
            // Inline CSS counts as CSS too (it is also part of the HTML bytes).
            for (const m of kind === 'html' ? b.toString().matchAll(/<style>([\s\S]*?)<\/style>/g) : []) {
              kinds.css.raw += Buffer.byteLength(m[1]);
              kinds.css.gzip += gz(Buffer.from(m[1]));
            }
          })
          .catch(() => {}),
      );
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    out[type] = { path, requests, ...kinds };
    await page.close();
  }
  return out;
}

/** Bytes of search code and index fetched from the first keystroke to the first result. */
async function firstSearchBytes(browser: Browser, origin: string, query = 'busy') {
  const page = await browser.newPage();
  await page.goto(`${origin}/486/`, { waitUntil: 'networkidle' });
  let bytes = 0;
  let transferred = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    requests++;
    pending.push(
      r
        .body()
        .then((b) => void (bytes += b.length))
        .catch(() => {}),
    );
    pending.push(
      r
        .request()
        .sizes()
        .then((s) => void (transferred += s.responseBodySize))
        .catch(() => {}),
    );
  });
  const box = page.getByRole('combobox');
  await box.click();
  await box.pressSequentially(query);
  await page.getByRole('option').first().waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await page.close();
  return { query, bytes, transferred, requests };
}

/** Time from a keystroke to the first result on screen, search already loaded (warm). */
async function keystrokeToResult(browser: Browser, origin: string, runs = 15) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  const box = page.getByRole('combobox');
  await box.fill('warm up');
  await box.fill('busy');
  await page.getByRole('option').first().waitFor();
  const words = [
    'busy',
    'codec',
    'password',
    'forbidden',
    'timeout',
    'register',
    'glare',
    'audio',
    'forward',
    'loop',
    'session',
    'number',
    'identity',
    'fax',
    'realm',
  ];
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const word = words[i % words.length];
    times.push(
      await page.evaluate(async (w) => {
        const input = document.querySelector<HTMLInputElement>('#site-search')!;
        const list = document.getElementById('site-search-results')!;
        input.value = w.slice(0, -1);
        list.replaceChildren();
        const t0 = performance.now();
        input.value = w;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((done) => {
          const mo = new MutationObserver(() => {
            if (list.children.length) {
              mo.disconnect();
              done();
            }
          });
          mo.observe(list, { childList: true });
        });
        return performance.now() - t0;
      }, word),
    );
  }
  await page.close();
  return {
    runs,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
    p90Ms: round([...times].sort((a, b) => a - b)[Math.floor(runs * 0.9)]),
  };
}

/** A temporary copy of the project with `n` generated guide pages, each the size of a real page. */
function scaledCopy(n: number) {
  const dir = mkdtempSync(join(tmpdir(), `sip-bench-${n}-`));
  for (const p of ['src', 'content', 'public', 'astro.config.mjs', 'site.config.ts', 'package.json', 'tsconfig.json'])
    cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const model = readFileSync(join(root, 'content/troubleshooting/phone-wont-register.mdx'), 'utf8');
  const words = readFileSync(join(root, 'content/codes/403.mdx'), 'utf8')
    .split(/\s+/)
    .filter((w) => /^[a-z]{4,}$/.test(w));
  for (let i = 0; i < n; i++) {
    // Vary the words so the index grows as real content would.
    const salt = Array.from({ length: 40 }, (_, j) => words[(i * 7 + j * 13) % words.length] + (i % 97)).join(' ');
    const text = model
      .replace(/^title: .*$/m, `title: Generated page ${i}`)
      .replace(/^order: .*$/m, `order: ${1000 + i}`)
      .replace(/^guides: .*$/m, 'guides: []')
      .replace('<QuickChecks>', `<QuickChecks>\n\n${salt}\n`);
    writeFileSync(join(dir, `content/troubleshooting/generated-${String(i).padStart(5, '0')}.mdx`), text);
  }
  return dir;
}

async function main() {
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
  console.log('Building the site...');
  const b = build(root);
  results.build = b;
  console.log(
    `  ${b.pages} pages (${b.indexed} indexed): ${b.totalMs} ms total, Astro ${b.astroMs} ms, Pagefind ${b.pagefindMs} ms`,
  );

  const pf = dirSize(join(root, 'dist/pagefind'));
  const nginx = await serve(join(root, 'dist'), 4391);
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--disable-background-networking'] });
  const origin = 'http://127.0.0.1:4391';
  try {
    results.pages = await pageWeights(browser, origin);
    for (const [type, w] of Object.entries(
      results.pages as Record<
        string,
        {
          requests: number;
          html: { raw: number; gzip: number };
          css: { raw: number; gzip: number };
          js: { raw: number; gzip: number };
        }
      >,
    )) {
      console.log(
        `  ${type.padEnd(7)} HTML ${w.html.raw} B (${w.html.gzip} gz), of which inline CSS ${w.css.raw} B (${w.css.gzip} gz), JS ${w.js.raw} B (${w.js.gzip} gz), ${w.requests} requests`,
      );
    }
    const first = await firstSearchBytes(browser, origin);
    results.pagefind = { indexOnDisk: pf, firstSearch: first };
    console.log(
      `  Pagefind index on disk: ${pf.bytes} B in ${pf.files} files; first search fetched ${first.transferred} B over the wire (${first.bytes} B decoded) in ${first.requests} requests`,
    );
    const k = await keystrokeToResult(browser, origin);
    results.keystrokeToFirstResult = k;
    console.log(
      `  Keystroke to first result (warm, ${k.runs} runs): median ${k.medianMs} ms, min ${k.minMs}, p90 ${k.p90Ms}, max ${k.maxMs}`,
    );
    const page = await browser.newPage({ baseURL: `${origin}/` });
    const quality: Record<string, unknown> = {};
    for (const half of ['tune', 'holdout'] as const) {
      const s = await scoreQuestions(
        page,
        realQuestions().filter((q) => q.half === half),
      );
      quality[half] = { questions: s.n, top1: s.top1, top3: s.top3 };
      console.log(
        `  Real questions, ${half === 'tune' ? 'tuning' : 'held-out'} half: top-1 ${percent(s.top1, s.n)}, top-3 ${percent(s.top3, s.n)}`,
      );
    }
    results.searchQuality = quality;
    await page.close();
    const lh = await lighthouseScores(
      [paths.home, paths.codes, paths.code(486), paths.guide('phone-wont-register'), paths.search()].map(
        (p) => origin + p,
      ),
      ['performance'],
    );
    results.lighthousePerformance = Object.fromEntries(lh.map((r) => [new URL(r.url).pathname, r.scores.performance]));
    console.log(
      `  Lighthouse performance: ${lh.map((r) => `${new URL(r.url).pathname} ${r.scores.performance}`).join(', ')}`,
    );
  } finally {
    await browser.close();
    nginx.kill('SIGTERM');
  }

  const scale = (process.env.BENCH_SCALE ?? '1000,5000').split(',').map(Number).filter(Boolean);
  const scaleRuns = [];
  for (const n of scale) {
    console.log(`Scale run: ${n} generated pages...`);
    const dir = scaledCopy(n);
    try {
      const sb = build(dir);
      const server = await serve(join(dir, 'dist'), 4392);
      const br = await chromium.launch({ executablePath: chromePath, args: ['--disable-background-networking'] });
      try {
        const first = await firstSearchBytes(br, 'http://127.0.0.1:4392');
        const index = dirSize(join(dir, 'dist/pagefind'));
        scaleRuns.push({ generated: n, build: sb, firstSearch: first, indexOnDisk: index });
        console.log(
          `  ${sb.pages} pages: ${sb.totalMs} ms total, Astro ${sb.astroMs} ms, Pagefind ${sb.pagefindMs} ms; first search ${first.transferred} B over the wire; index ${index.bytes} B on disk`,
        );
      } finally {
        await br.close();
        server.kill('SIGTERM');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  results.scale = scaleRuns;

  // The analyser on a 1 MB trace of 2,000 messages, in this process (the page runs it in a Worker).
  const trace = generateTrace(2000);
  analyze(trace);
  const times = Array.from({ length: 7 }, () => {
    const t0 = performance.now();
    analyze(trace);
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  results.analyser = {
    traceBytes: trace.length,
    messages: 2000,
    medianMs: Math.round(times[3]),
    maxMs: Math.round(times[6]),
  };
  console.log(
    `  Analyser: ${trace.length} B, 2000 messages: median ${Math.round(times[3])} ms, max ${Math.round(times[6])} ms (warm, 7 runs)`,
  );

  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Written to bench/results/latest.json');
}

await main();
