#!/usr/bin/env node
// Search benchmark, in headless Chromium against the built site:
// 1. quality: every query of every set in tests/search/ (tests/search/sets.ts: the tuned and holdout
//    parts of eval.ts, queries.ts, dev.ts, dev2.ts, fresh.ts and the everyday sets) typed into the
//    /search/ page, scored hit@1 and hit@3, and, where a set gives the answering passage, whether the
//    first result shows it (passage@1);
// 2. speed and weight: every query typed into the header search letter by letter; the median and
//    95th-percentile time from the last keystroke to results on screen, and the bytes fetched for
//    the first query and for later ones.
// Usage: npm run build && node scripts/bench-search.mjs [--runs 3] [--port N] [--quality-only]
//        [--misses] (list the misses of the tuning sets; the held-out sets' misses are listed only with
//        --show-holdout, which is for reporting, never for tuning)
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium as provideChromium } from './lib/provision.mjs';
import { SEARCH_EVAL } from '../tests/search/eval.ts';
import { querySets } from '../tests/search/sets.ts';
import { passageAt1, scoreQueries } from '../tests/search/eval-run.ts';

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
    // Kept so that older commands still run: every set is scored every time.
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

/** hit@1 and hit@3 of every query set (tests/search/sets.ts), each typed into the /search/ page. */
async function measureQuality() {
  const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(`Search quality: every set in tests/search/, each query typed into /search/ in headless Chromium ${version}`);
  console.log('set               queries   hit@1            hit@3            passage@1        use');
  for (const set of await querySets()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search/`);
    const scored = await scoreQueries(page, set.rows);
    await context.close();
    const h1 = scored.filter((s) => s.hit1).length;
    const h3 = scored.filter((s) => s.hit3).length;
    // The share of queries (of those whose set gives the answering passage) whose first result shows it.
    const withPassage = set.rows.map((row, i) => ({ row, score: scored[i] })).filter(({ row }) => row.passage);
    const p1 = withPassage.filter(({ row, score }) => passageAt1(score, row.passage)).length;
    const passageText = withPassage.length ? `${p1}/${withPassage.length} (${pct(p1, withPassage.length)})` : '–';
    const use = set.tuning ? 'tuning' : 'held out, never tuned';
    console.log(
      `${set.name.padEnd(17)} ${String(scored.length).padStart(7)}   ${`${h1} (${pct(h1, scored.length)})`.padEnd(16)} ${`${h3} (${pct(h3, scored.length)})`.padEnd(16)} ${passageText.padEnd(16)} ${use} (tests/search/${set.file})`,
    );
    if (set.tuning ? values.misses : values['show-holdout']) {
      for (const s of scored.filter((s) => !s.hit3))
        console.log(`  miss: “${s.query}” wanted ${s.expect.join(' or ')}; got ${s.top3.map((l) => l[0]).join(', ') || 'nothing'}`);
      for (const s of scored.filter((s) => s.hit3 && !s.hit1))
        console.log(`  not first: “${s.query}” wanted ${s.expect.join(' or ')}; got ${s.top3.map((l) => l[0]).join(', ')}`);
    }
  }
}

// Later queries: the evaluation table and, once they are there, the everyday sets (long questions in
// people's own words, the slowest kind to search).
const speedRows = [...SEARCH_EVAL, ...(await querySets()).filter((s) => s.name.startsWith('everyday')).flatMap((s) => s.rows)];
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
    const speedQueries = [{ query: values.first }, ...speedRows].slice(0, values.limit ? Number(values.limit) + 1 : undefined);
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

console.log(
  `Search speed: “${values.first}” cold in each of ${runs} run(s), then ${speedRows.length} queries (tests/search/eval.ts and the everyday sets), typed into the header search on ${values.page}`,
);
console.log('Keystroke to results (each query typed letter by letter; time from the last keystroke to results on screen):');
console.log(`  first query, cold (loads search code and index): median ${ms(percentile(sortedCold, 50))} over ${sortedCold.length} run(s)`);
console.log(`  later queries: median ${ms(percentile(sortedWarm, 50))}, 95th percentile ${ms(percentile(sortedWarm, 95))} (${sortedWarm.length} searches)`);
console.log('Bytes fetched (as served, uncompressed; gzip size in brackets):');
console.log(
  `  content page first load: ${kB(firstLoad.raw)} (${kB(firstLoad.gzip)}) in ${firstLoad.requests} requests; scripts ${scripts.join(', ')}; search code or index: ${searchOnLoad.length ? searchOnLoad.join(', ') : 'none'}`,
);
console.log(`  first query: ${kB(firstQuery.raw)} (${kB(firstQuery.gzip)}) in ${firstQuery.requests} requests`);
console.log(
  `  later queries: median ${kB(percentile(later, 50))} (${kB(percentile(laterGzip, 50))}), 95th percentile ${kB(percentile(later, 95))} (${kB(percentile(laterGzip, 95))}), all ${later.length} together ${kB(later.reduce((a, b) => a + b, 0))}`,
);
