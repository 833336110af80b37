// On a phone, each toolkit page's own text must start within the first screen, not below a wall of
// header, notes and navigation. Measured at 375 × 812 (an iPhone X-sized screen), scrolled to the top.
import { test, expect } from '@playwright/test';
import { builtPages } from '../support/built-site.ts';

const PHONE = { width: 375, height: 812 };
const WORST_TOP = 450;
const MEDIAN_TOP = 250;
const toolkitPages = builtPages()
  .map((p) => p.path)
  .filter((path) => /^\/toolkit\/[^/]+\/([^/]+\/)?$/.test(path) && path !== '/toolkit/print/');

/** Distance from the top of the screen to the first block of the page's own text: what follows its h1, skipping "On this page". */
const firstTextTop = () => {
  const heading = document.querySelector('main h1');
  if (!heading) throw new Error('no h1 in main');
  let el = heading.nextElementSibling;
  while (el && (el.matches('.on-this-page, [hidden], script') || el.getBoundingClientRect().height === 0)) el = el.nextElementSibling;
  if (!el) throw new Error('nothing after the h1');
  return { top: Math.round(el.getBoundingClientRect().top + window.scrollY), tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 40) };
};

test('on a phone, every toolkit page’s own text starts near the top of the first screen', async ({ page }) => {
  test.setTimeout(180_000);
  expect(toolkitPages.length).toBeGreaterThan(50);
  await page.setViewportSize(PHONE);
  const tops: Array<{ path: string; top: number; tag: string; text: string }> = [];
  for (const path of toolkitPages) {
    await page.goto(path);
    tops.push({ path, ...(await page.evaluate(firstTextTop)) });
  }
  const sorted = tops.map((t) => t.top).sort((a, b) => a - b);
  const median = (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
  console.log(`First text on ${tops.length} toolkit pages at 375 × 812: median ${median} px, worst ${sorted.at(-1)} px`);
  expect(tops.filter((t) => t.top > WORST_TOP)).toEqual([]);
  expect(median).toBeLessThanOrEqual(MEDIAN_TOP);
});

test('on a phone, the skip link, breadcrumbs, search and menu stay within reach on the first screen', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/toolkit/setting-up/paying-remuneration-and-expenses/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Search' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeInViewport();
  const onThisPage = page.getByRole('navigation', { name: 'On this page' });
  await expect(onThisPage.getByRole('link').first()).toBeHidden();
  await onThisPage.getByRole('button', { name: /Show \d+ links/ }).click();
  await expect(onThisPage.getByRole('link').first()).toBeVisible();
  await expect(onThisPage.getByRole('button', { name: 'Hide links' })).toHaveAttribute('aria-expanded', 'true');
});

test('at 320 and 375 px the header is one row: the name, search and the menu button side by side', async ({ page }) => {
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/toolkit/setting-up/budget/');
    const search = page.getByRole('button', { name: 'Search', exact: true });
    const menu = page.getByRole('button', { name: 'Menu' });
    const boxes = await Promise.all([page.locator('.brand'), search, menu].map(async (l) => (await l.boundingBox())!));
    const centres = boxes.map((b) => b.y + b.height / 2);
    expect(Math.max(...centres) - Math.min(...centres), `at ${width} px`).toBeLessThan(12);
    expect(
      boxes.every((b) => b.x + b.width <= width),
      `at ${width} px nothing runs off the screen`,
    ).toBe(true);
    expect(boxes[1].width, 'the search button stays a comfortable target').toBeGreaterThanOrEqual(44);
  }
});
