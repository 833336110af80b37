// Security: the Content-Security-Policy and other headers from public/_headers are sent and enforced,
// and no page contacts any origin but the site's own, including when searching and downloading templates.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';
import { watchContext } from '../support/watch.ts';
import { downloadDocx } from '../support/template-form.ts';
import { headersFor, parseHeaders, parsePolicy, HEADER_ONLY_DIRECTIVES } from '../../src/security/headers.mjs';

// The offline service worker runs here as it would for a visitor, so its requests are watched too.
test.use({ serviceWorkers: 'allow' });

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const CHUNKS = 4;
const pages = builtPages().map((p) => p.path);

async function watched(page: Page, baseURL: string | undefined) {
  const watch = watchContext(page.context(), new URL(baseURL!).origin);
  await watch.page(page);
  return watch;
}

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const paths = pages.filter((_, i) => i % CHUNKS === chunk);
  test(`built pages, part ${chunk + 1} of ${CHUNKS}: no request leaves the site and nothing breaks the CSP`, async ({ page, baseURL }) => {
    expect(pages.length).toBeGreaterThan(60);
    const watch = await watched(page, baseURL);
    for (const path of paths) {
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(/^\/404\/?$/.test(path) ? 404 : 200);
    }
    await page.waitForLoadState('networkidle');
    expect(watch.foreign).toEqual([]);
    expect(await watch.violations()).toEqual([]);
  });
}

test('searching, opening a result with highlighting and the search page stay on the site within the CSP', async ({ page, baseURL }) => {
  const watch = await watched(page, baseURL);
  await page.goto('/toolkit/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('combobox', { name: 'Search the toolkit' }).fill('budget');
  const first = page.locator('#search-dialog-results [role="option"]').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/highlight=budget/);
  await expect(page.locator('mark').first()).toBeVisible();
  await page.goto('/search/?q=volunteer+expenses');
  await expect(page.locator('[data-search-page] ol a').first()).toBeVisible();
  expect(watch.foreign).toEqual([]);
  expect(await watch.violations()).toEqual([]);
});

test('downloading a filled-in and a blank template stays on the site, without eval', { tag: '@smoke' }, async ({ page, baseURL }) => {
  const watch = await watched(page, baseURL);
  await page.goto('/templates/chair-role-description/');
  await page.locator('#f-mvpName').fill('Riverside MVP');
  await page.locator('#f-daysPerMonth').fill('4');
  const { bytes } = await downloadDocx(page);
  expect(bytes.byteLength).toBeGreaterThan(5000);
  const [blank] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download a blank/ }).click()]);
  expect(blank.suggestedFilename()).toMatch(/\.docx$/);
  expect(watch.foreign).toEqual([]);
  expect(await watch.violations()).toEqual([]);
});

test('every response carries the headers from public/_headers', async ({ request }) => {
  for (const path of ['/', '/templates/chair-role-description/', '/sw.js', '/pagefind/pagefind.js', '/no-such-page/']) {
    const response = await request.get(path);
    const expected = headersFor(rules, path);
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']),
    );
    for (const [name, value] of Object.entries(expected)) expect(response.headers()[name], `${path} ${name}`).toBe(value);
  }
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('each page carries the same policy in a meta tag, for hosts that cannot send headers', async ({ page }) => {
  const header = parsePolicy(headersFor(rules, '/')['content-security-policy']);
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  for (const path of ['/', '/toolkit/setting-up/budget/', '/templates/chair-role-description/', '/search/']) {
    await page.goto(path);
    const meta = parsePolicy((await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '');
    for (const [directive, sources] of header) {
      if (HEADER_ONLY_DIRECTIVES.includes(directive)) expect(meta.has(directive), `${path} ${directive}`).toBe(false);
      // Astro adds hashes of the site's own bundled code to script-src and style-src; nothing else.
      else expect(meta.get(directive), `${path} ${directive}`).toEqual(expect.arrayContaining(sources));
      const extra = (meta.get(directive) ?? []).filter((s) => !sources.includes(s) && !/^'sha256-/.test(s));
      expect(extra, `${path} ${directive}`).toEqual([]);
    }
    expect([...meta.keys()].filter((d) => !header.has(d))).toEqual([]);
  }
});

test('the policy is enforced: an injected inline script does not run, and no page can be framed', async ({ page, baseURL }) => {
  const watch = await watched(page, baseURL);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  expect((await watch.violations()).join('\n')).toMatch(/script-src/);

  await page.goto('about:blank');
  await page.setContent(`<iframe src="${baseURL}/toolkit/" title="framed"></iframe>`);
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  await frame!.waitForLoadState('load');
  // Chromium shows its own error page in place of a page whose frame-ancestors forbid framing.
  expect(frame!.url()).toMatch(/^chrome-error:/);
  expect(await frame!.locator('.skip-link').count()).toBe(0);
});
