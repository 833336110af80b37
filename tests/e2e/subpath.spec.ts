// The site built with BASE_PATH=/mvp-toolkit/ and served from that sub-path, as on GitHub Pages:
// links, search, template downloads and saved answers all work, and nothing is fetched outside the base.
// Runs only in the "sub-path" project (see playwright.config.ts).
import JSZip from 'jszip';
import { test, expect } from '../support/base.ts';
import { downloadDocx } from '../support/template-form.ts';

test('nothing is served at the root, so every link that works carries the base', async ({ request, base }) => {
  expect(base).toBe('/mvp-toolkit/');
  expect((await request.get('/')).status()).toBe(404);
  expect((await request.get('/toolkit/')).status()).toBe(404);
});

test('following links from the home page through the toolkit stays under the base', async ({ page, at, base }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith(base)) outside.push(r.url());
  });
  await page.goto(at('/'));
  await page
    .getByRole('main')
    .getByRole('link', { name: /Setting up/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${base}toolkit/setting-up/$`));
  await page
    .getByRole('main')
    .getByRole('link', { name: /budget/i })
    .first()
    .click();
  await expect(page.locator('h1')).toContainText(/budget/i);
  await page
    .getByRole('navigation', { name: /breadcrumb/i })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute('href', new RegExp(`^${base}_astro/`));
  expect(outside).toEqual([]);
});

test('search finds pages and its results open them under the base', async ({ page, at, base }) => {
  await page.goto(at('/toolkit/'));
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('combobox', { name: 'Search the toolkit' }).fill('budget');
  const first = page.locator('#search-dialog-results [role="option"]').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${base}`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${base}.+highlight=budget`));
  await expect(page.locator('mark').first()).toBeVisible();
  await page.goto(at('/search/?q=budget'));
  await expect(page.locator('[data-search-page] ol a').first()).toHaveAttribute('href', new RegExp(`^${base}`));
});

test('under the base: glossary entries open at their anchor, spelling is corrected, listing pages stay below what they list', async ({ page, at, base }) => {
  await page.goto(at('/search/'));
  const box = page.getByRole('searchbox', { name: 'Search the toolkit' });
  const firstLinks = () =>
    page
      .locator('.search-page-results > ol > li .search-result__heading a')
      .evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  await box.fill('PQSM');
  await expect(page.locator('[data-search-page][data-query="PQSM"]')).toBeAttached();
  expect((await firstLinks())[0]).toMatch(new RegExp(`^${base}glossary/\\?highlight=[^#]+#pqsm$`));
  await box.fill('comittee');
  await expect(page.locator('main [data-search-help]')).toContainText('Showing results for committee.');
  await expect(page.getByRole('link', { name: 'Search instead for comittee' })).toHaveAttribute('href', `${base}search/?q=comittee&exact=1`);
  await box.fill('chair role description');
  await expect(page.locator('[data-search-page][data-query="chair role description"]')).toBeAttached();
  const top = await firstLinks();
  expect(top[0]).toMatch(new RegExp(`^${base}templates/chair-role-description/`));
  expect(top.map((href) => href.split('?')[0])).not.toContain(`${base}templates/`);
});

test('a template keeps its answers across a reload and downloads a filled-in Word document', async ({ page, at }) => {
  await page.goto(at('/templates/chair-role-description/'));
  await page.locator('#f-mvpName').fill('Sub-path Valley MVP');
  await page.locator('#f-daysPerMonth').fill('4');
  await page.reload();
  await expect(page.locator('#f-mvpName')).toHaveValue('Sub-path Valley MVP');
  const { bytes } = await downloadDocx(page);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  expect(xml).toContain('Sub-path Valley MVP');
  const [blank] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download a blank/ }).click()]);
  expect(blank.suggestedFilename()).toMatch(/\.docx$/);
});
