// The fill-in forms are in the HTML before any script runs (components/templates/markup/), so they work without
// JavaScript and nothing moves when it arrives. Without JavaScript every question and checkpoint is there and every
// #link leads to its target; with it, following a part link puts that part at the top of the screen and keeps it
// there while worked-out figures appear, even in a browser without scroll anchoring (Safari).
import { test, expect, type Page } from '@playwright/test';
import { templates, progressCheck } from '../../templates/index.ts';
import { allFields } from '../../src/templates-engine/fields.ts';
import type { TemplateDefinition } from '../../src/templates-engine/types.ts';

const pages: Array<[string, TemplateDefinition]> = [
  ...templates.map((def): [string, TemplateDefinition] => [`/templates/${def.slug}/`, def]),
  ['/progress/', progressCheck],
];

/** Every in-page link whose target is not in the page. */
const unresolvedLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((a) => a.getAttribute('href')!.slice(1))
      .filter((id) => id !== '' && !document.getElementById(decodeURIComponent(id))),
  );

/** How far the part's heading is from the top of the window, in px. */
const headingTop = (page: Page, id: string) => page.locator(`#section-${id}`).evaluate((el) => Math.abs(Math.round(el.getBoundingClientRect().top)));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, def] of pages) {
    test(`${path} shows every question, says what needs JavaScript, and its part links lead to each part`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByText('need JavaScript, which is off in this browser')).toBeVisible();
      // Every question's control is on the page and visible, with its label.
      for (const field of allFields(def)) {
        const group = page.locator(`#group-${field.name}`);
        await expect(group, field.name).toBeVisible();
        await expect(group.locator('label, legend').first(), field.name).toBeVisible();
      }
      // Buttons that need JavaScript are not offered.
      await expect(page.getByRole('button', { name: /^(Download as|Save answers|Add another|Remove)/ })).toHaveCount(0);
      expect(await unresolvedLinks(page)).toEqual([]);
      const parts = page.locator('[data-part-nav] a[href^="#section-"]');
      if (def.sections.length >= 4) {
        await expect(parts).toHaveCount(def.sections.length);
        const last = def.sections[def.sections.length - 1];
        await parts.last().click();
        await expect(page).toHaveURL(new RegExp(`#section-${last.id}$`));
        // At the top, unless the page is too short to scroll that far.
        const { top, atEnd } = await page.evaluate(
          (id) => ({
            top: document.getElementById(id)!.getBoundingClientRect().top,
            atEnd: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
          }),
          `section-${last.id}`,
        );
        expect(atEnd || Math.abs(top) <= 2, `part heading at ${top}px`).toBe(true);
      }
    });
  }

  test('every checkpoint of /progress/ can be read, with its toolkit section', async ({ page }) => {
    await page.goto('/progress/');
    const field = allFields(progressCheck).find((f) => f.type === 'checkpoints')!;
    const count = field.type === 'checkpoints' ? field.groups.flatMap((g) => g.sections.flatMap((s) => s.checkpoints)).length : 0;
    await expect(page.locator('.checkpoint legend')).toHaveCount(count);
    await expect(page.locator('.checkpoints__section h4 a')).toHaveCount(field.type === 'checkpoints' ? field.groups.flatMap((g) => g.sections).length : 0);
  });
});

test.describe('with JavaScript, in a browser without scroll anchoring', () => {
  // Chromium keeps what is in view still when something above it grows (scroll anchoring); Safari does not. Turned
  // off here, this shows what a Safari user sees. (The site's CSP allows no inline styles, so it is bypassed to add it.)
  test.use({ bypassCSP: true });
  for (const [path, part] of [
    ['/progress/', 'checkpoints'],
    ['/templates/budget/', 'notes'],
    ['/templates/budget/', 'totals'],
  ] as const) {
    test(`following the part link to “${part}” on ${path} puts it at the top, and it stays there as figures appear`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(path);
      await page.addStyleTag({ content: 'html, body { overflow-anchor: none !important; }' });
      await page.locator(`[data-part-nav] a[href="#section-${part}"]`).click();
      await expect.poll(() => headingTop(page, part)).toBe(0);
      // Figures drawn when first needed would appear about now, above the part (components/templates/when-needed.ts).
      await page.waitForTimeout(1500);
      expect(await headingTop(page, part)).toBe(0);
      // Starting on the form loads the code that works out figures, which brings every figure up to date.
      await page
        .locator(`#section-${part}`)
        .locator('xpath=..')
        .locator('input, textarea, select, [tabindex="0"]')
        .first()
        .evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
      await page.waitForTimeout(1500);
      expect(await headingTop(page, part)).toBe(0);
    });
  }

  test('typing a figure in the budget moves nothing on the page (no layout shift after the first keystroke)', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/templates/budget/');
    await page.addStyleTag({ content: 'html, body { overflow-anchor: none !important; }' });
    await page.evaluate(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const days = page.locator('#f-leadership-1-days');
    await days.scrollIntoViewIfNeeded();
    const before = await days.evaluate((el) => el.getBoundingClientRect().top);
    await days.pressSequentially('2');
    await expect(page.locator('[data-amount-of="leadership"]').first()).toContainText('£');
    await page.waitForTimeout(1000);
    expect(await days.evaluate((el) => el.getBoundingClientRect().top)).toBe(before);
    // Shifts just after a keystroke are the person's doing and not counted by browsers; none other may happen.
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  });
});
