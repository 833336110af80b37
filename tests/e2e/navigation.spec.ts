import { test, expect } from '@playwright/test';

test('a newcomer goes home → a stage → a section → next', { tag: '@smoke' }, async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The MVP Toolkit');
  await expect(page.locator('main')).toContainText('also called MNVP');
  for (const stage of ['Setting up', 'Getting established', 'Consolidating', 'Pioneering']) {
    await expect(page.locator('.stage-list').getByRole('link', { name: new RegExp(stage) })).toBeVisible();
  }
  await page
    .locator('.stage-list')
    .getByRole('link', { name: /Setting up/ })
    .click();
  await expect(page).toHaveURL(/\/toolkit\/setting-up\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Setting up your MVP');
  await page
    .locator('main .section-list')
    .getByRole('link', { name: /^2\.5 / })
    .click();
  await expect(page).toHaveURL(/\/toolkit\/setting-up\/paying-remuneration-and-expenses\/$/);
  await expect(page.locator('.toc-nav a[aria-current="page"]')).toHaveText(/2\.5\s*Determining the mechanism/);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Setting up your MVP');
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/toolkit\/setting-up\/inviting-members\/$/);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /paying-remuneration-and-expenses/);
});

test('sections 3.9 and 3.10 are in numeric order, and the last section has no next link', async ({ page }) => {
  await page.goto('/toolkit/getting-established/initial-workplan/');
  await page.locator('a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('3.10');
  await page.goto('/toolkit/pioneering/next-steps-for-leadership-team/');
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/toolkit/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the MVP/MNVP and LMS/LMNS terms are in the dated note on every page', async ({ page }) => {
  for (const path of ['/', '/toolkit/consolidating/working-with-the-lms/', '/resources/']) {
    await page.goto(path);
    const note = page.getByRole('complementary', { name: "About this toolkit's date and terms" });
    await note.locator('summary').click();
    await expect(note).toContainText('MVP also means MNVP');
    await expect(note.getByRole('link', { name: 'Why (toolkit 1.4)' })).toBeVisible();
  }
});

test('long sections have "on this page" links; tables have captions and headers', async ({ page }) => {
  await page.goto('/toolkit/setting-up/support-function/');
  const table = page.getByRole('table', { name: /Options for delivering MVP support/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Support organisation', 'Benefits', 'Risks']);
  await expect(table.getByRole('rowheader')).toHaveText(['Commissioner/provider', 'LMS', 'Commissioned organisation']);
});

test('unknown addresses get a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/toolkit/no-such-section/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('main').getByRole('link', { name: 'toolkit contents' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test('the menu opens and closes by keyboard', async ({ page }) => {
    await page.goto('/toolkit/consolidating/annual-workplan/');
    const button = page.getByRole('button', { name: 'Menu' });
    const menu = page.locator('#toolkit-contents');
    await expect(menu).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toBeVisible();
    await expect(menu.locator('a[aria-current="page"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press(' ');
    await expect(menu).toBeVisible();
  });

  test('nothing is wider than the screen, tables included', async ({ page }) => {
    for (const path of ['/', '/toolkit/setting-up/support-function/', '/toolkit/setting-up/paying-remuneration-and-expenses/', '/resources/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test('printing a section gives its number, text and address without the site furniture', async ({ page }) => {
  await page.goto('/toolkit/consolidating/annual-workplan/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('4.3');
  await expect(page.locator('.print-address')).toContainText('/toolkit/consolidating/annual-workplan/');
});
