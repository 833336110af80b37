// The dated note on every toolkit page and our "Newer guidance" notes, as people use them:
// compact on a phone, keyboard operable, accessible at 1280 and 320 px, linked both ways with
// the FAQ, and /what-has-changed/ found by search.
import { test, expect, type Page } from '@playwright/test';
import { expectAccessibleAtDesktopAndPhone } from '../support/axe.ts';

const SECTION_WITH_NOTES = '/toolkit/setting-up/paying-remuneration-and-expenses/';
const datedNote = (page: Page) => page.getByRole('complementary', { name: "About this toolkit's date and terms" });

test('the dated note is one line on a phone until opened, and opens from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of [SECTION_WITH_NOTES, '/toolkit/getting-established/', '/toolkit/pioneering/supporting-research/']) {
    await page.goto(path);
    const summary = datedNote(page).locator('summary');
    await expect(summary).toContainText('2022');
    const label = summary.locator('span');
    const lineHeight = await label.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await label.boundingBox())!.height, `${path}: summary on one line`).toBeLessThan(lineHeight * 1.5);
    expect((await datedNote(page).boundingBox())!.height, `${path}: the closed note is short`).toBeLessThanOrEqual(48);
    await expect(datedNote(page).getByRole('link', { name: 'What has changed since 2022' })).toBeHidden();
  }

  await page.goto(SECTION_WITH_NOTES);
  await datedNote(page).locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(datedNote(page)).toContainText('November 2023');
  await expect(datedNote(page)).toContainText('MVP also means MNVP');
  await expect(datedNote(page)).toContainText('pay rates');
  await datedNote(page).getByRole('link', { name: 'Read the newer guidance for this section' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Newer guidance' })).toBeInViewport();

  await datedNote(page).getByRole('link', { name: 'What has changed since 2022' }).click();
  await expect(page).toHaveURL(/\/what-has-changed\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What has changed since the 2022 toolkit');
});

test('a section note is its own region with a heading, says it is ours, and links to the FAQ answer', async ({ page }) => {
  await page.goto(SECTION_WITH_NOTES);
  const region = page.getByRole('region', { name: 'Newer guidance' });
  await expect(region).toContainText('Our note, not toolkit text.');
  const note = region.getByRole('article', { name: 'Employing the MNVP lead, rather than paying a day rate' });
  await expect(note).toContainText('£48,526 – £54,619 (NHS Band 8a)');
  await note.getByRole('link', { name: /^FAQ question 11/ }).click();
  await expect(page).toHaveURL(/\/faq\/#band-and-hours$/);
  const answer = page.getByRole('article', { name: /11\. What band should I employ my MNVP lead at/ });
  await expect(answer).toBeInViewport();
  const updates = answer.getByRole('complementary', { name: 'Toolkit sections question 11 updates' });
  await updates.getByRole('link', { name: /Toolkit 2\.5 Determining the mechanism/ }).click();
  await expect(page).toHaveURL(/paying-remuneration-and-expenses\/#newer-guidance-2-5-paying-the-mnvp-lead$/);
  await expect(page.getByRole('heading', { name: 'Employing the MNVP lead, rather than paying a day rate' })).toBeInViewport();
});

for (const path of [SECTION_WITH_NOTES, '/toolkit/consolidating/safety/', '/toolkit/setting-up/', '/what-has-changed/', '/faq/', '/about/', '/']) {
  test(`axe finds no violation on ${path} at 1280 and 320 px, with the dated note open`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await datedNote(page).locator('summary').click();
    await expect(datedNote(page).getByRole('link', { name: 'What has changed since 2022' })).toBeVisible();
    await expectAccessibleAtDesktopAndPhone(page);
  });
}

for (const query of ['what has changed', 'MNVP guidance 2023']) {
  test(`search finds /what-has-changed/ for “${query}”`, async ({ page }) => {
    await page.goto(SECTION_WITH_NOTES);
    await page.getByRole('button', { name: 'Search' }).click();
    const box = page.getByRole('combobox', { name: 'Search the toolkit' });
    await box.fill(query);
    const dialog = page.getByRole('dialog', { name: 'Search the toolkit' });
    await expect(page.locator(`#search-dialog-results[data-query="${query}"]`)).toBeAttached();
    await expect(dialog.getByRole('listbox').getByRole('option').first()).toBeVisible();
    const pages = dialog.locator('a.search-result__page');
    const paths = (await pages.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
    expect(paths).toContain('/what-has-changed/');
  });
}
