#!/usr/bin/env node
// Measures the built site as a visitor on a slow phone would load it. For each group of pages (by URL prefix) it loads a
// sample of pages, each fresh (empty cache), in Chromium with Slow 4G network and 4× CPU throttling, and reports
// the median and largest first-load bytes by type (gzip) and Lighthouse-style timings: largest contentful paint (LCP),
// total blocking time (TBT) and cumulative layout shift (CLS).
//
// Then Lighthouse's mobile performance score (scripts/lib/lighthouse.mjs) of every fill-in template page, /progress/
// and the home page, each the median of --lighthouse-runs runs (3); --lighthouse-runs 0 leaves it out.
//
// Usage, after `npm run build`:  node scripts/measure-pages.mjs [--pages 5] [--lighthouse-runs 3] [--json] [--dir dist]
// It starts scripts/serve.mjs on a free port and stops it at the end. Chromium: $CHROMIUM_PATH or /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { KINDS, watchFirstLoad } from './lib/page-weight.mjs';
import { lighthouseScores } from './lib/lighthouse.mjs';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'dist' },
  },
});
const perGroup = Number(values.pages);
const lighthouseRuns = Number(values['lighthouse-runs']);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 0) {
  console.error('--lighthouse-runs must be a whole number, 0 or more');
  process.exit(2);
}
if (!Number.isInteger(perGroup) || perGroup < 1) {
  console.error('--pages must be a whole number, 1 or more');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, values.dir);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}. Run "npm run build" first.`);
  process.exit(1);
}

/** Lighthouse's "Slow 4G" mobile profile, applied through the DevTools protocol. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 };
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 823 };

/** Page groups, by URL prefix; the first that matches wins. A group is reported only if it has pages. */
const GROUPS = [
  { name: 'home', match: (/** @type {string} */ p) => p === '/' },
  { name: 'toolkit', match: (/** @type {string} */ p) => p.startsWith('/toolkit/') },
  { name: 'faq', match: (/** @type {string} */ p) => p.startsWith('/faq/') },
  { name: 'glossary/background', match: (/** @type {string} */ p) => p.startsWith('/glossary/') || p.startsWith('/background/') },
  { name: 'templates', match: (/** @type {string} */ p) => p.startsWith('/templates/') },
  { name: 'other', match: () => true },
];

/** Every HTML page in dist/ except the 404 page, as URL path and file size. */
function builtPages() {
  /** @type {Array<{ path: string, size: number }>} */
  const pages = [];
  const walk = (/** @type {string} */ dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html') && full !== join(dist, '404.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        pages.push({ path: `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`, size: statSync(full).size });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The group's largest page (where budgets break first), then pages spread evenly through the rest. */
function sample(/** @type {Array<{ path: string, size: number }>} */ pages, /** @type {number} */ count) {
  if (pages.length <= count) return pages.map((p) => p.path);
  const biggest = pages.reduce((a, b) => (b.size > a.size ? b : a));
  const rest = pages.filter((p) => p !== biggest);
  const picked = [biggest.path];
  for (let i = 0; i < count - 1; i += 1) picked.push(rest[Math.floor(((i + 0.5) * rest.length) / (count - 1))].path);
  return picked;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolvePort(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--port', String(port), '--dir', dist, '--base', '/'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ready, fail) => {
    server.once('exit', (code) => fail(new Error(`scripts/serve.mjs exited with ${code}`)));
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Serving')) ready(undefined);
    });
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

/** Runs in the page before any of its own scripts: records paint, long task and layout shift entries. */
function observePerformance() {
  /** @type {{ lcp: number, longTasks: Array<[number, number]>, shifts: Array<[number, number]> }} */
  const perf = { lcp: 0, longTasks: [], shifts: [] };
  Object.defineProperty(window, '__perf', { value: perf });
  const observe = (/** @type {string} */ type, /** @type {(e: any) => void} */ each) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser lacks leaves its metric at zero.
    }
  };
  observe('largest-contentful-paint', (e) => {
    perf.lcp = e.startTime;
  });
  observe('longtask', (e) => {
    perf.longTasks.push([e.startTime, e.duration]);
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) perf.shifts.push([e.startTime, e.value]);
  });
}

/** Lighthouse's TBT: for each task after first contentful paint (clipped at FCP), the time beyond 50 ms. */
function totalBlockingTime(/** @type {Array<[number, number]>} */ tasks, /** @type {number} */ fcp) {
  let total = 0;
  for (const [start, duration] of tasks) {
    const end = start + duration;
    if (end <= fcp) continue;
    const blocking = end - Math.max(start, fcp) - 50;
    if (blocking > 0) total += blocking;
  }
  return total;
}

/** CLS as Chromium defines it: the largest session window (shifts less than 1 s apart, at most 5 s long). */
function cumulativeLayoutShift(/** @type {Array<[number, number]>} */ shifts) {
  let worst = 0;
  let current = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const [time, value] of shifts) {
    if (time - previous > 1000 || time - windowStart > 5000) {
      current = 0;
      windowStart = time;
    }
    current += value;
    previous = time;
    worst = Math.max(worst, current);
  }
  return worst;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function measure(browser, url) {
  // Service workers blocked: a first visit is measured, not what the offline worker fetches for later.
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  try {
    await context.addInitScript(observePerformance);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const watcher = watchFirstLoad(page);
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const raw = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      // @ts-expect-error set by observePerformance
      const perf = window.__perf;
      return { fcp, lcp: perf.lcp, longTasks: perf.longTasks, shifts: perf.shifts };
    });
    const load = await watcher.finish();
    return {
      bytes: load.bytes,
      inlineJs: load.inlineJs,
      requests: load.fetched.length,
      fcp: raw.fcp,
      lcp: raw.lcp,
      tbt: totalBlockingTime(raw.longTasks, raw.fcp),
      cls: cumulativeLayoutShift(raw.shifts),
    };
  } finally {
    await context.close();
  }
}

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const spread = (/** @type {number[]} */ xs) => ({ median: median(xs), max: Math.max(...xs) });

async function main() {
  const pages = builtPages();
  const groups = GROUPS.map((g) => ({ name: g.name, pages: /** @type {typeof pages} */ ([]) }));
  for (const page of pages) groups[GROUPS.findIndex((g) => g.match(page.path))].pages.push(page);

  const server = await startServer();
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  let version = '';
  const started = Date.now();
  const loadAverageAtStart = loadavg()[0];
  const results = [];
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    version = browser.version();
    await measure(browser, `${server.origin}/`); // warm-up: the first load in a new browser is slower than any other
    for (const group of groups.filter((g) => g.pages.length > 0)) {
      const sampled = sample(group.pages, perGroup);
      const measured = [];
      for (const path of sampled) {
        if (!values.json) process.stderr.write(`  ${group.name}: ${path}\n`);
        measured.push({ path, ...(await measure(browser, `${server.origin}${path}`)) });
      }
      const bytes = Object.fromEntries([...KINDS, 'total'].map((k) => [k, spread(measured.map((m) => m.bytes[/** @type {keyof typeof m.bytes} */ (k)]))]));
      results.push({
        group: group.name,
        pagesBuilt: group.pages.length,
        pagesMeasured: sampled.length,
        bytes,
        inlineJs: spread(measured.map((m) => m.inlineJs)),
        fcpMs: spread(measured.map((m) => m.fcp)),
        lcpMs: spread(measured.map((m) => m.lcp)),
        tbtMs: spread(measured.map((m) => m.tbt)),
        cls: spread(measured.map((m) => m.cls)),
        pages: measured,
      });
    }
  } finally {
    await browser?.close();
  }
  /** @type {Awaited<ReturnType<typeof lighthouseScores>>} */
  let lighthouse = [];
  try {
    // Every page with a fill-in form, and the home page to compare with.
    const formPages = ['/', ...pages.map((p) => p.path).filter((p) => /^\/templates\/[^/]+\/$/.test(p) || p === '/progress/')];
    if (lighthouseRuns > 0)
      lighthouse = await lighthouseScores(server.origin, formPages, lighthouseRuns, (line) => {
        if (!values.json) process.stderr.write(`${line}\n`);
      });
  } finally {
    server.stop();
  }

  const report = {
    measuredAt: new Date().toISOString(),
    chromium: version,
    throttling: { network: 'Slow 4G: 150 ms RTT, 1.6 Mbps down, 750 kbps up', cpuSlowdown: CPU_SLOWDOWN, viewport: VIEWPORT },
    sizes: 'gzip bytes of response bodies (min of raw and gzip -6)',
    seconds: Math.round((Date.now() - started) / 1000),
    loadAverageAtStart,
    groups: results,
    lighthouse: { runs: lighthouseRuns, profile: 'Lighthouse default mobile (simulated Slow 4G, 4× CPU slowdown), performance only', pages: lighthouse },
  };
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  printTables(report);
}

/** @param {any} report */
function printTables(report) {
  const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
  const pair = (/** @type {{ median: number, max: number }} */ s, /** @type {(n: number) => string} */ f) => `${f(s.median)} / ${f(s.max)}`;
  /** @param {string[][]} rows */
  const table = (rows) => {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows
      .map((r) =>
        r
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
          .join('  ')
          .trimEnd(),
      )
      .join('\n');
  };
  const date = report.measuredAt.slice(0, 10);
  console.log(`First-load bytes, gzip, in KB (1024 bytes): median / largest of the pages measured. ${date}, Chromium ${report.chromium}.`);
  console.log(
    table([
      ['group', 'pages', ...KINDS, 'total', 'inline js*'],
      ...report.groups.map((/** @type {any} */ g) => [
        g.group,
        `${g.pagesMeasured} of ${g.pagesBuilt}`,
        ...[...KINDS, 'total'].map((k) => pair(g.bytes[k], kb)),
        pair(g.inlineJs, kb),
      ]),
    ]),
  );
  console.log('* inline scripts, already counted in html.\n');
  console.log(
    `Timings, ${report.throttling.network}, CPU slowed ${report.throttling.cpuSlowdown}×, ${report.throttling.viewport.width}×${report.throttling.viewport.height} mobile viewport: median / worst.`,
  );
  const ms = (/** @type {number} */ n) => String(Math.round(n));
  console.log(
    table([
      ['group', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
      ...report.groups.map((/** @type {any} */ g) => [g.group, pair(g.fcpMs, ms), pair(g.lcpMs, ms), pair(g.tbtMs, ms), pair(g.cls, (n) => n.toFixed(3))]),
    ]),
  );
  if (report.lighthouse.pages.length) {
    console.log(`\nLighthouse ${report.lighthouse.profile}: median of ${report.lighthouse.runs} runs (each run's score).`);
    console.log(
      table([
        ['page', 'score', 'TBT ms', 'LCP ms', 'CLS', 'runs'],
        ...report.lighthouse.pages.map((/** @type {any} */ p) => [p.path, String(p.score), ms(p.tbtMs), ms(p.lcpMs), p.cls.toFixed(3), p.scores.join(' ')]),
      ]),
    );
  }
  console.log(
    `\nMeasured ${report.groups.reduce((n, /** @type {any} */ g) => n + g.pagesMeasured, 0)} pages in ${report.seconds} s; load average ${report.loadAverageAtStart.toFixed(1)} at start.`,
  );
}

await main();
