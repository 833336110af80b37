// Performance budgets: what a visitor's browser fetches on the first load of a page, with an empty cache.
// Sizes are gzip sizes of the response bodies, computed here (see scripts/lib/page-weight.mjs). 1 KB = 1024 bytes, as in
// Lighthouse budgets. The budgets are measured in one warm tab per worker with the browser's cache turned off, which
// fetches exactly what a first visit fetches, in less time than a new browser context for each page.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/shared-page.ts';
import { builtPages, DIST } from '../support/built-site.ts';
import { watchFirstLoad, blockingFonts, gzipSize, type FirstLoad } from '../../scripts/lib/page-weight.mjs';

/**
 * JavaScript on first load: fetched scripts plus inline scripts. Every page is held to it, template pages too (issue 13):
 * the code that works out figures from the answers loads when it is first needed (components/templates/when-needed.ts).
 */
const JS_BUDGET_BYTES = 15 * 1024;
/** Everything fetched on first load: HTML, CSS, JS, fonts, images and anything else. */
const TOTAL_BUDGET_BYTES = 80 * 1024;
/**
 * /progress/ keeps to the 15 KB of a template page: on opening with nothing kept it fetches only what reads its
 * checkpoints (checkpoints-read.ts, 0.3 KB) on top of a template page's code; what fills and draws them loads when the
 * person starts on the form. It was 17.3 KB before that split (2026-12-07), with the checkpoints code at once.
 */
const PROGRESS_JS_BUDGET_BYTES = JS_BUDGET_BYTES;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function firstLoad(page: import('@playwright/test').Page, path: string): Promise<FirstLoad> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Whatever the page before still had in flight ends here, before anything is counted.
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  const watcher = watchFirstLoad(page);
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), `${path} should load`).toBe(200);
  await page.waitForLoadState('networkidle');
  return watcher.finish();
}

const pages = builtPages();
const largest = (filter: (path: string) => boolean, count: number) =>
  pages
    .filter((p) => filter(p.path))
    .map((p) => ({ path: p.path, size: statSync(p.file).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map((p) => p.path);

const isChapter = (path: string) => /^\/toolkit\/(?!print\/)[^/]+\/$/.test(path);
const isSection = (path: string) => /^\/toolkit\/[^/]+\/[^/]+\/$/.test(path);

/** Each group's sample: fixed pages, plus the heaviest chapter overviews and sections, where budgets break first. */
const SAMPLE: Record<string, string[]> = {
  home: ['/'],
  toolkit: ['/toolkit/', '/toolkit/print/', '/toolkit/setting-up/', '/toolkit/setting-up/budget/', ...largest(isChapter, 2), ...largest(isSection, 3)].filter(
    (path, i, all) => all.indexOf(path) === i,
  ),
  faq: ['/faq/'],
  glossary: ['/glossary/'],
  // Every template page: its form is the heaviest script on the site, so each one is measured.
  templates: pages.map((p) => p.path).filter((path) => path.startsWith('/templates/')),
};

for (const [group, paths] of Object.entries(SAMPLE)) {
  test.describe(`first-load budget: ${group}`, () => {
    for (const path of paths) {
      const jsBudget = JS_BUDGET_BYTES;
      test(`${path} fetches at most ${kb(jsBudget)} of JS and ${kb(TOTAL_BUDGET_BYTES)} in all, with no text-blocking fonts`, async ({ sharedPage: page }) => {
        const { bytes, inlineJs, fetched, fontFaces } = await firstLoad(page, path);
        const breakdown = fetched.map((f) => `${f.kind} ${kb(f.gzip)} ${f.url}`).join('\n');
        expect(bytes.html, 'the page itself was measured').toBeGreaterThan(0);
        expect(bytes.css, 'the stylesheet was measured').toBeGreaterThan(0);
        expect(bytes.js + inlineJs, `JavaScript (${kb(bytes.js)} fetched + ${kb(inlineJs)} inline)\n${breakdown}`).toBeLessThanOrEqual(jsBudget);
        expect(bytes.total, `all bytes on first load\n${breakdown}`).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);
        expect(blockingFonts(fontFaces), 'web fonts must use font-display swap, fallback or optional').toEqual([]);
      });
    }
  });
}

// The progress check runs on the template form, with its own field type (the checkpoints: read at once, filled and drawn
// when first needed) and its summary display (loaded when first needed, as on template pages).
test(`/progress/ fetches at most ${kb(PROGRESS_JS_BUDGET_BYTES)} of JavaScript, and at most 80 KB in all`, async ({ sharedPage: page }) => {
  const progress = await firstLoad(page, '/progress/');
  const breakdown = progress.fetched.map((f) => `${f.kind} ${kb(f.gzip)} ${f.url}`).join('\n');
  expect(
    progress.bytes.js + progress.inlineJs,
    `JavaScript on /progress/ (${kb(progress.bytes.js)} fetched + ${kb(progress.inlineJs)} inline)\n${breakdown}`,
  ).toBeLessThanOrEqual(PROGRESS_JS_BUDGET_BYTES);
  expect(progress.bytes.total, `all bytes on first load\n${breakdown}`).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);
  expect(
    progress.fetched.filter((f) => /docx|browser\./.test(f.url)).map((f) => f.url),
    'the Word engine loads only on download',
  ).toEqual([]);
});

test.describe('the measurement itself', () => {
  test('counts each fetched file at its gzip size', async ({ page }) => {
    const { fetched } = await firstLoad(page, '/toolkit/setting-up/budget/');
    const html = fetched.find((f) => f.kind === 'html');
    const css = fetched.find((f) => f.kind === 'css');
    expect(html?.gzip).toBe(gzipSize(readFileSync(join(DIST, 'toolkit/setting-up/budget/index.html'))));
    expect(css?.gzip).toBe(gzipSize(readFileSync(join(DIST, new URL(css!.url).pathname))));
    expect(css!.gzip).toBeLessThan(css!.raw);
  });

  test('a warm tab with the cache turned off fetches what a new browser context fetches on a first visit', async ({ page, sharedPage }) => {
    await sharedPage.goto('/templates/chair-role-description/');
    const warm = await firstLoad(sharedPage, '/templates/budget/');
    const fresh = await firstLoad(page, '/templates/budget/');
    // The browser asks for the favicon on its own schedule, which may fall inside or after a load's measurement (in
    // either tab, on a busy machine; and a request of the page before, cut short, can report an empty response). It
    // is 0.2 KB and no script, so everything else is compared, file by file and byte by byte.
    const ownFiles = (load: FirstLoad) => load.fetched.filter((f) => f.raw > 0 && !new URL(f.url).pathname.endsWith('/favicon.svg'));
    const files = (load: FirstLoad) =>
      ownFiles(load)
        .map((f) => `${f.kind} ${f.gzip} ${new URL(f.url).pathname}`)
        .sort();
    expect(files(warm)).toEqual(files(fresh));
    for (const kind of ['html', 'css', 'js', 'font', 'image'] as const) expect(warm.bytes[kind], kind).toBe(fresh.bytes[kind]);
  });

  test('counts inline scripts as JavaScript and flags a web font that hides text', async ({ page }) => {
    await page.route('**/budget-probe/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>probe</title><style>
          @font-face { font-family: Probe; src: url(/probe.woff2) format("woff2"); font-display: block; }
          @font-face { font-family: Swapped; src: url(/swapped.woff2) format("woff2"); font-display: swap; }
          body { font-family: Probe, Swapped, sans-serif; }</style>
          <script>window.probe = ${JSON.stringify('x'.repeat(200))};</script></head><body><p>Text</p></body></html>`,
      }),
    );
    const { inlineJs, fontFaces, fetched } = await firstLoad(page, '/budget-probe/');
    expect(inlineJs).toBeGreaterThan(0);
    expect(fetched.some((f) => f.kind === 'font')).toBe(true);
    expect(blockingFonts(fontFaces).map((f) => f.family)).toEqual(['Probe']);
  });
});

test.describe('template pages fetch the document engine only when it is needed', () => {
  const BUDGET = '/templates/budget/';
  const documentCode = (url: string) => /\/_astro\/(docx-browser|browser|docx-data|jszip|sheet-browser)[.-]/.test(url) || /\/docx\/[^/]+\.docx$/.test(url);

  test('without a service worker, the Word engine and template load only when a download is asked for', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(BUDGET);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    expect(fetched.filter(documentCode), 'nothing of the document engine before a download').toEqual([]);
  });

  test.describe('with the offline service worker running', () => {
    test.use({ serviceWorkers: 'allow' });

    async function controlledVisit(page: import('@playwright/test').Page): Promise<string[]> {
      await page.goto(BUDGET);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url()));
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.waitForLoadState('networkidle');
      return fetched;
    }

    test('the Word engine and the Word template are fetched in idle time, for offline use', async ({ page }) => {
      const fetched = await controlledVisit(page);
      // Idle time comes later on a busy machine: wait for it rather than for a fixed time.
      await expect.poll(() => fetched.some((url) => /\/_astro\/browser[.-]/.test(url)), { message: 'the docx-templates engine', timeout: 15_000 }).toBe(true);
      await expect.poll(() => fetched.some((url) => url.endsWith('/docx/budget.docx')), { message: 'the Word template', timeout: 15_000 }).toBe(true);
    });

    test('not when the browser has asked to save data', async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
      const fetched = await controlledVisit(page);
      await page.waitForTimeout(2500);
      expect(fetched.filter(documentCode)).toEqual([]);
    });
  });
});
