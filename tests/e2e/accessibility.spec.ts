import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { builtPages } from '../support/built-site.ts';
import { expect, test } from '../support/shared-page.ts';

const LIGHT_PAPER = 'rgb(255, 252, 247)';
const DARK_PAPER = 'rgb(23, 20, 17)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
/**
 * The dark theme changes colours and nothing else (every colour in global.css is a light-dark() pair), so in it
 * only the rules that judge colour can find something new. Checking those alone in the dark, on the same page
 * load, keeps every check of the two themes for half the time.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const { path } of builtPages()) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}, in the light theme and the dark`, async ({ sharedPage: page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path === '/404' ? '/404.html' : path);
    expect(await background(page)).toBe(LIGHT_PAPER);
    expect(await axeViolations(page), 'light theme').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(DARK_PAPER);
    expect(await axeViolations(page, { rules: COLOUR_RULES }), 'dark theme').toEqual([]);
  });
}

test('axe finds no violation on a phone-sized section page with the menu open', { tag: '@smoke' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/toolkit/setting-up/paying-remuneration-and-expenses/');
  await page.getByRole('button', { name: 'Menu' }).click();
  expect(await axeViolations(page)).toEqual([]);
});
