// A lazily loaded part of a form or search whose code cannot be fetched says so beside the part, in words,
// with a button that tries again; nothing typed is lost (src/components/lazy-part.ts).
import { test, expect } from '@playwright/test';
import { PART_DID_NOT_LOAD } from '../../src/components/lazy-part.ts';

test("the progress check's checkpoints: blocked, told, and drawn on Try again", async ({ page }) => {
  let blocked = true;
  // What reads the checkpoints loads with the page (checkpoints-read.ts); what fills and draws them, when first needed.
  await page.route(/\/_astro\/checkpoints-(read|dom)\.[^/]+\.js$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/progress/');
  const problem = page.locator('[data-questions] [data-part-load-problem]');
  await expect(problem.getByRole('alert')).toHaveText(PART_DID_NOT_LOAD);
  blocked = false;
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[data-checkpoint]').first()).toBeVisible();
  await expect(problem).toHaveCount(0);
  await expect(page.locator('#f-mvpName')).toBeVisible();
});

test('search in the dialog: blocked, told, and working on Try again', async ({ page }) => {
  let blocked = true;
  await page.route(/\/_astro\/search-ui\.[^/]+\.js$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/toolkit/');
  await page.getByRole('button', { name: 'Search' }).click();
  const problem = page.locator('#search-dialog [data-part-load-problem]');
  await expect(problem.getByRole('alert')).toHaveText(PART_DID_NOT_LOAD);
  blocked = false;
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('#search-dialog[data-enhanced]')).toBeAttached();
  await page.getByRole('combobox', { name: 'Search the toolkit' }).fill('budget');
  await expect(page.locator('#search-dialog-results[data-query="budget"]')).toBeAttached();
  await expect(problem).toHaveCount(0);
});
