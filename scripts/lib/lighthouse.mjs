// Lighthouse's mobile performance score (its default: a Moto G Power on Slow 4G, simulated throttling) of some
// pages, each the median of several runs, in Debian's Chromium. Used by scripts/measure-pages.mjs.
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

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

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * @param {string} origin where the built site is served
 * @param {string[]} paths
 * @param {number} runs
 * @param {(line: string) => void} [progress]
 * @returns {Promise<Array<{ path: string, score: number, tbtMs: number, cls: number, lcpMs: number, scores: number[] }>>}
 */
export async function lighthouseScores(origin, paths, runs, progress = () => {}) {
  // Lighthouse drives the browser through its DevTools port.
  const port = /** @type {number} */ (await freePort());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      `--remote-debugging-port=${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const results = [];
    for (const path of paths) {
      /** @type {Array<{ score: number, tbtMs: number, cls: number, lcpMs: number }>} */
      const each = [];
      for (let i = 0; i < runs; i += 1) {
        progress(`  lighthouse ${i + 1}/${runs}: ${path}`);
        const result = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
        each.push({
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          tbtMs: lhr.audits['total-blocking-time'].numericValue ?? 0,
          cls: lhr.audits['cumulative-layout-shift'].numericValue ?? 0,
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? 0,
        });
      }
      results.push({
        path,
        score: median(each.map((e) => e.score)),
        tbtMs: median(each.map((e) => e.tbtMs)),
        cls: median(each.map((e) => e.cls)),
        lcpMs: median(each.map((e) => e.lcpMs)),
        scores: each.map((e) => e.score),
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
