// Colour schemes: the dark theme (from the device preference or the switch), print staying light,
// and forced colours (Windows high contrast), where focus must still be plain to see.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

const LIGHT_PAPER = 'rgb(255, 252, 247)';
const DARK_PAPER = 'rgb(23, 20, 17)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('with a dark preference', () => {
  test.use({ colorScheme: 'dark' });

  // Every page is checked in the dark theme by accessibility.spec.ts, on the same load as the light.

  test('a template with answers, its error summary and the budget chart pass axe in the dark theme', async ({ page }) => {
    await page.goto('/templates/budget/');
    await page.locator('#f-posts-1-post').fill('Coordinator');
    await page.locator('#f-posts-1-wte').fill('0.5');
    await page.locator('#f-posts-1-salary').fill('thirty thousand');
    await page.locator('#f-posts-1-salary').blur();
    await page.locator('#f-leadership-1-days').fill('2');
    await page.locator('#f-leadership-1-months').fill('12');
    await page.locator('#f-leadership-1-dayRate').fill('150');
    await page.locator('#f-leadership-1-dayRate').blur();
    await expect(page.locator('.costs-bar').first()).toBeVisible();
    await expect(page.locator('.error-message:not([hidden])').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('printing stays black on white', async ({ page }) => {
    await page.goto('/toolkit/setting-up/budget/');
    await page.emulateMedia({ media: 'print' });
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).color)).toBe('rgb(31, 27, 22)');
  });
});

test('the theme switch overrides the device preference, is remembered, applies from the first frame, and gives the device back its say', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/faq/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background(page)).toBe(LIGHT_PAPER);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK_PAPER);

  // The colour of the very first frame of the next page: no flash of the light theme.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.documentElement).backgroundColor;
    });
  });
  await page.goto('/toolkit/setting-up/budget/');
  expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe(DARK_PAPER);
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');

  // Chosen light stays light on a device that prefers dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe(LIGHT_PAPER);
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');

  // Choosing what the device prefers (dark, here) forgets the choice: the site follows the device again.
  await page.getByRole('button', { name: 'Dark mode' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), 'mvp-toolkit:theme')).toBeNull();
  expect(await background(page)).toBe(DARK_PAPER);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT_PAPER);
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe(LIGHT_PAPER);
});

test('on a phone the theme switch and the site links are in the menu', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/faq/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' })).toBeVisible();
  await toggle.click();
  expect(await background(page)).toBe(DARK_PAPER);
});

/** Focuses an element as a keyboard user would and checks that focus changes what is on screen around it, with a solid outline. */
async function expectVisibleFocus(page: Page, element: Locator, label: string): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) throw new Error(`${label} is not on screen`);
  const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 };
  await element.evaluate((el) => (el as HTMLElement).blur());
  const before = await page.screenshot({ clip });
  await page.keyboard.press('Shift'); // keyboard modality, so focus() shows :focus-visible as Tab would
  await element.focus();
  const outline = await element.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style, label).toBe('solid');
  expect(outline.width, label).toBeGreaterThanOrEqual(2);
  const after = await page.screenshot({ clip });
  expect(after.equals(before), `${label}: focus changes nothing on screen`).toBe(false);
}

test.describe('in forced colours (Windows high contrast)', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
  });

  test('header links, search and the theme switch show where focus is', async ({ page }) => {
    await page.goto('/toolkit/setting-up/budget/');
    const header = page.locator('.site-header');
    await expectVisibleFocus(page, header.getByRole('link', { name: /MVP Toolkit/ }), 'home link');
    for (const name of ['Toolkit', 'FAQ for ICBs', 'Glossary', 'Templates'])
      await expectVisibleFocus(page, header.getByRole('link', { name, exact: true }), name);
    await expectVisibleFocus(page, header.getByRole('button', { name: /Search/ }), 'Search button');
    await expectVisibleFocus(page, header.getByRole('button', { name: 'Dark mode' }), 'theme switch');
    await header.getByRole('button', { name: /Search/ }).click();
    await expectVisibleFocus(page, page.getByRole('combobox', { name: 'Search the toolkit' }), 'search box');
    await expectVisibleFocus(page, page.locator('#search-dialog-kind'), 'search filter');
  });

  test('the phone menu button and On this page toggle show where focus is', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/toolkit/setting-up/paying-remuneration-and-expenses/');
    await expectVisibleFocus(page, page.getByRole('button', { name: 'Menu' }), 'Menu button');
    await expectVisibleFocus(page, page.getByRole('button', { name: /Show \d+ links/ }), 'On this page toggle');
  });

  test('form controls show where focus is, and the budget chart bars stay visible', async ({ page }) => {
    await page.goto('/templates/budget/');
    await expectVisibleFocus(page, page.locator('#f-mvpName'), 'text input');
    await expectVisibleFocus(page, page.locator('#f-leadership-1-scale'), 'select');
    await expectVisibleFocus(page, page.getByRole('button', { name: 'Add another remuneration line' }), 'button');
    await page.locator('#f-leadership-1-days').fill('2');
    await page.locator('#f-leadership-1-months').fill('12');
    await page.locator('#f-leadership-1-dayRate').fill('150');
    await page.locator('#f-leadership-1-dayRate').blur();
    // The bars are drawn in SVG (the CSP allows no inline styles): a bar is its rectangle's fill.
    const bar = page.locator('.costs-bar').first();
    await expect(bar).toBeVisible();
    const colours = await bar.evaluate((el) => {
      const rect = el.querySelector('.costs-bar__fill')!;
      return {
        bar: getComputedStyle(rect).fill,
        width: Number(rect.getAttribute('width')),
        // What the page is painted with in forced colours: the system colour Canvas.
        page: (() => {
          const probe = document.createElement('span');
          probe.style.color = 'Canvas';
          probe.style.forcedColorAdjust = 'none';
          document.body.append(probe);
          const canvas = getComputedStyle(probe).color;
          probe.remove();
          return canvas;
        })(),
      };
    });
    expect(colours.width).toBeGreaterThan(0);
    expect(colours.bar).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
    expect(colours.bar).not.toBe(colours.page);
  });

  test('radio buttons show where focus is', async ({ page }) => {
    await page.goto('/templates/chair-role-description/');
    await expectVisibleFocus(page, page.locator('.radios__input').first(), 'radio button');
  });
});
