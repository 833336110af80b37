// Offline: after a first visit, pages stay readable and templates fillable with the browser offline.
// Runs against the root build and (project "sub-path") the build served from /mvp-toolkit/.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/base.ts';
import { downloadDocx } from '../support/template-form.ts';

// A fresh browser context for each test: these tests turn the network off and fill the caches, which a reused context would keep.
test.use({ serviceWorkers: 'allow', reuseContext: false });

const SECTION = '/toolkit/setting-up/budget/';
const TEMPLATE = '/templates/chair-role-description/';

const versionOf = (base: string) => /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(`${base === '/' ? 'dist' : 'dist-subpath'}/sw.js`, 'utf8'))![1];

/** Every address kept by the site's caches, by cache name. */
const kept = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return out;
  });

async function visitUntilKept(page: Page, url: string, alsoKept: RegExp[] = []) {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const here = new URL(url, page.url()).href.replace(/\?.*$/, '');
  await expect
    .poll(
      async () => {
        const urls = Object.values(await kept(page)).flat();
        return urls.includes(here) && alsoKept.every((re) => urls.some((u) => re.test(u)));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

test('a visited page is kept, styled and readable offline; an unvisited one shows the offline page', async ({ page, context, at, base }) => {
  await visitUntilKept(page, at(SECTION), [/\/_astro\/.+\.css$/]);
  await visitUntilKept(page, at('/toolkit/'));
  await context.setOffline(true);
  await page.goto(at(SECTION));
  await expect(page.locator('h1')).toContainText('budget');
  // The stylesheet came from the cache too.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
  await page.goto(at('/toolkit/'));
  await expect(page.locator('h1')).toBeVisible();
  await page.goto(at('/glossary/'));
  await expect(page.locator('h1')).toHaveText('You are offline');
  const names = Object.keys(await kept(page));
  expect(names).toEqual([`mvp-toolkit:${base}:${versionOf(base)}`]);
});

test('a template opened once can be filled in and downloaded offline, and answers survive', async ({ page, context, at }) => {
  await visitUntilKept(page, at(TEMPLATE), [/\/docx\/chair-role-description\.docx$/, /\/_astro\/browser\.[^/]+\.js$/]);
  await page.locator('#f-mvpName').fill('Offline Valley MVP');
  await page.locator('#f-daysPerMonth').fill('4');
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#f-mvpName')).toHaveValue('Offline Valley MVP');
  const { bytes } = await downloadDocx(page);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  expect(xml).toContain('Offline Valley MVP');
});

test('search used once keeps working offline', async ({ page, context, at }) => {
  await visitUntilKept(page, at(SECTION));
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('combobox', { name: 'Search the toolkit' }).fill('budget');
  await expect(page.locator('#search-dialog-results [role="option"]').first()).toBeVisible();
  await expect
    .poll(async () =>
      Object.values(await kept(page))
        .flat()
        .some((u) => u.endsWith('.pagefind')),
    )
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('combobox', { name: 'Search the toolkit' }).fill('budget');
  await expect(page.locator('#search-dialog-results [role="option"]').first()).toBeVisible();
});

test('only the site’s own files are kept, never a query string, and a new build replaces old caches', async ({ page, at, base, baseURL }) => {
  // Before the worker is installed: a cache left by an older build of this site, and one of another site on the origin.
  await page.goto(at('/favicon.svg'));
  await page.evaluate(
    async ({ old, about }) => {
      await (await caches.open(old)).put(about, new Response('old copy'));
      await (await caches.open('another-site')).put('/elsewhere', new Response('theirs'));
    },
    { old: `mvp-toolkit:${base}:0000000000000000`, about: new URL(at('/about/'), baseURL).href },
  );
  await visitUntilKept(page, `${at(SECTION)}?highlight=budget`);
  const stored = await kept(page);
  const current = `mvp-toolkit:${base}:${versionOf(base)}`;
  expect(Object.keys(stored).sort()).toEqual(['another-site', current]);
  const ours = stored[current];
  const origin = new URL(baseURL!).origin;
  expect(ours.filter((u) => !u.startsWith(`${origin}${base}`) || u.includes('?'))).toEqual([]);
  // The page the old build had kept is fetched again into the new cache.
  expect(ours).toContain(new URL(at('/about/'), baseURL).href);
  const about = await page.evaluate(async (url) => (await (await caches.match(url))!.text()).includes('<h1'), new URL(at('/about/'), baseURL).href);
  expect(about).toBe(true);
});
