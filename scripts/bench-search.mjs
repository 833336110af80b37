#!/usr/bin/env node
// Search benchmark, in headless Chromium against the built site:
// 1. quality: every query of the evaluation table (tests/search/eval.ts) typed into the /search/
//    page, scored hit@1 and hit@3 for its tuned and holdout parts;
// 2. speed and weight: every query typed into the header search letter by letter; the median and
//    95th-percentile time from the last keystroke to results on screen, and the bytes fetched for
//    the first query and for later ones.
// Usage: npm run build && node scripts/bench-search.mjs [--runs 3] [--port N] [--quality-only]
//        [--misses] (list the tuned queries that miss; holdout misses are listed only with
//        --show-holdout, which is for reporting, never for tuning) [--dev] (also score the further tuning
//        sets tests/search/dev.ts and tests/search/dev2.ts, and tests/search/fresh.ts, a second holdout)
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium as provideChromium } from './lib/provision.mjs';
import { SEARCH_EVAL } from '../tests/search/eval.ts';
import { SEARCH_DEV } from '../tests/search/dev.ts';
import { SEARCH_DEV2 } from '../tests/search/dev2.ts';
import { SEARCH_FRESH } from '../tests/search/fresh.ts';
import { scoreQueries } from '../tests/search/eval-run.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string' },
    page: { type: 'string', default: '/toolkit/setting-up/budget/' },
    'quality-only': { type: 'boolean', default: false },
    // The cold first search, as in earlier figures: one word, as most first searches are.
    first: { type: 'string', default: 'budget' },
    misses: { type: 'boolean', default: false },
    // Type only the first N queries of the table in the speed run (a quick check of bytes).
    limit: { type: 'string' },
    'show-holdout': { type: 'boolean', default: false },
    // Also score the tuning sets tests/search/dev.ts and tests/search/dev2.ts (their misses are listed
    // with --misses) and tests/search/fresh.ts, never tuned (its misses only with --show-holdout).
    dev: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('No search index in dist/. Run "npm run build" first.');
  process.exit(1);
}

/** A port nothing else on this machine is listening on. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(String(port)));
    });
  });
}

const { chromium } = await import('playwright-core');
const port = values.port ?? (await freePort());
const origin = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', port], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (n) => `${n.toFixed(1)} ms`;

/** Counts what the page fetches between start() and stop(), raw and as gzip would send it. */
function meter(page) {
  let log = null;
  page.on('response', async (response) => {
    if (!log) return;
    const entry = { url: response.url(), raw: 0, gzip: 0 };
    log.push(entry);
    try {
      const body = await response.body();
      entry.raw = body.length;
      entry.gzip = gzipSync(body).length;
    } catch {
      // Redirects have no body.
    }
  });
  return {
    start: () => (log = []),
    async stop() {
      const entries = log;
      log = null;
      await new Promise((r) => setTimeout(r, 50));
      return {
        requests: entries.length,
        raw: entries.reduce((n, e) => n + e.raw, 0),
        gzip: entries.reduce((n, e) => n + e.gzip, 0),
        urls: entries.map((e) => new URL(e.url).pathname),
      };
    },
  };
}

const browser = await chromium.launch({ executablePath: provideChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const version = browser.version();

/** hit@1 and hit@3 of the evaluation table, through the /search/ page. */
async function measureQuality() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  const scores = await scoreQueries(page, SEARCH_EVAL);
  await context.close();
  const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(`Search quality: ${SEARCH_EVAL.length} queries from tests/search/eval.ts, typed into /search/ in headless Chromium ${version}`);
  console.log('part      queries    hit@1            hit@3');
  for (const set of ['tuned', 'holdout']) {
    const part = scores.filter((_, i) => SEARCH_EVAL[i].set === set);
    const h1 = part.filter((s) => s.hit1).length;
    const h3 = part.filter((s) => s.hit3).length;
    console.log(`${set.padEnd(9)} ${String(part.length).padStart(7)}    ${`${h1} (${pct(h1, part.length)})`.padEnd(16)} ${h3} (${pct(h3, part.length)})`);
    if ((set === 'tuned' && values.misses) || (set === 'holdout' && values['show-holdout'])) {
      for (const s of part.filter((s) => !s.hit3)) console.log(`  miss: “${s.query}” wanted ${s.expect.join(' or ')}; got ${s.top3.map((l) => l[0]).join(', ') || 'nothing'}`);
      for (const s of part.filter((s) => s.hit3 && !s.hit1)) console.log(`  not first: “${s.query}” wanted ${s.expect.join(' or ')}; got ${s.top3.map((l) => l[0]).join(', ')}`);
    }
  }
  if (!values.dev) return;
  const extra = [
    { name: 'dev', rows: SEARCH_DEV, about: 'tests/search/dev.ts, tuning only', listMisses: values.misses },
    { name: 'dev2', rows: SEARCH_DEV2, about: 'tests/search/dev2.ts, tuning only', listMisses: values.misses },
    { name: 'fresh', rows: SEARCH_FRESH, about: 'tests/search/fresh.ts, never tuned', listMisses: values['show-holdout'] },
  ];
  for (const { name, rows, about, listMisses } of extra) {
    const extraContext = await browser.newContext();
    const extraPage = await extraContext.newPage();
    await extraPage.goto(`${origin}/search/`);
    const scored = await scoreQueries(extraPage, rows);
    await extraContext.close();
    const h1 = scored.filter((s) => s.hit1).length;
    const h3 = scored.filter((s) => s.hit3).length;
    console.log(`${name.padEnd(9)} ${String(scored.length).padStart(7)}    ${`${h1} (${pct(h1, scored.length)})`.padEnd(16)} ${h3} (${pct(h3, scored.length)})   (${about})`);
    if (listMisses) {
      for (const s of scored.filter((s) => !s.hit3)) console.log(`  miss: “${s.query}” wanted ${s.expect.join(' or ')}; got ${s.top3.map((l) => l[0]).join(', ') || 'nothing'}`);
      for (const s of scored.filter((s) => s.hit3 && !s.hit1)) console.log(`  not first: “${s.query}” wanted ${s.expect.join(' or ')}; got ${s.top3.map((l) => l[0]).join(', ')}`);
    }
  }
}

const cold = [];
const warm = [];
let firstLoad;
let firstQuery;
const laterQueries = [];
try {
  if (!values.limit) await measureQuality();
  for (let run = 0; run < (values['quality-only'] ? 0 : runs); run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = meter(page);
    bytes.start();
    await page.goto(`${origin}${values.page}`, { waitUntil: 'networkidle' });
    const load = await bytes.stop();
    firstLoad ??= load;

    const box = page.locator('#search-dialog-input');
    const speedQueries = [{ query: values.first }, ...SEARCH_EVAL].slice(0, values.limit ? Number(values.limit) + 1 : undefined);
    for (const [i, { query }] of speedQueries.entries()) {
      if (run > 0 && i > 0) break;
      bytes.start();
      if (i === 0) await page.keyboard.press('/');
      else await box.fill('');
      await box.pressSequentially(query);
      await page.locator(`#search-dialog-results[data-query="${query.trim()}"]`).waitFor({ state: 'attached' });
      const duration = await page.evaluate(async (q) => {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const entries = performance.getEntriesByName('search:keystroke-to-results').filter((e) => e.detail?.query === q);
        return entries.at(-1)?.duration;
      }, query.trim());
      const fetched = await bytes.stop();
      if (i === 0) {
        cold.push(duration);
        firstQuery ??= fetched;
      } else {
        warm.push(duration);
        if (run === 0) laterQueries.push(fetched);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

if (values['quality-only']) process.exit(0);
const sortedWarm = warm.filter((d) => typeof d === 'number').sort((a, b) => a - b);
const sortedCold = cold.sort((a, b) => a - b);
const later = laterQueries.map((q) => q.raw).sort((a, b) => a - b);
const laterGzip = laterQueries.map((q) => q.gzip).sort((a, b) => a - b);
const scripts = firstLoad.urls.filter((u) => u.endsWith('.js'));
const searchOnLoad = firstLoad.urls.filter((u) => u.includes('/pagefind/') || /search-ui/.test(u));

console.log(`Search speed: “${values.first}” cold in each of ${runs} run(s), then the ${SEARCH_EVAL.length} queries of tests/search/eval.ts, typed into the header search on ${values.page}`);
console.log('Keystroke to results (each query typed letter by letter; time from the last keystroke to results on screen):');
console.log(`  first query, cold (loads search code and index): median ${ms(percentile(sortedCold, 50))} over ${sortedCold.length} run(s)`);
console.log(`  later queries: median ${ms(percentile(sortedWarm, 50))}, 95th percentile ${ms(percentile(sortedWarm, 95))} (${sortedWarm.length} searches)`);
console.log('Bytes fetched (as served, uncompressed; gzip size in brackets):');
console.log(`  content page first load: ${kB(firstLoad.raw)} (${kB(firstLoad.gzip)}) in ${firstLoad.requests} requests; scripts ${scripts.join(', ')}; search code or index: ${searchOnLoad.length ? searchOnLoad.join(', ') : 'none'}`);
console.log(`  first query: ${kB(firstQuery.raw)} (${kB(firstQuery.gzip)}) in ${firstQuery.requests} requests`);
console.log(`  later queries: median ${kB(percentile(later, 50))} (${kB(percentile(laterGzip, 50))}), 95th percentile ${kB(percentile(later, 95))} (${kB(percentile(laterGzip, 95))}), all ${later.length} together ${kB(later.reduce((a, b) => a + b, 0))}`);
