// The fill-in forms are in the HTML before any script runs (components/templates/markup/), so they work without
// JavaScript and nothing moves when it arrives. Without JavaScript every question and checkpoint is there and every
// #link leads to its target; with it, following a part link puts that part at the top of the screen and keeps it
// there while worked-out figures appear, even in a browser without scroll anchoring (Safari).
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { templates, progressCheck } from '../../templates/index.ts';
import { allFields } from '../../src/templates-engine/fields.ts';
import type { Draft, TemplateDefinition } from '../../src/templates-engine/types.ts';
import { readAnswersFile } from '../../src/templates-engine/answers-file.ts';
import { storageKey } from '../../src/templates-engine/storage.ts';
import { cellId, fieldId, itemId } from '../../src/templates-engine/ids.ts';

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
      // Every question's control is on the page and visible, with its label (read in one go: about 30 per page).
      const unseen = await page.evaluate(
        (names) =>
          names.filter((name) => {
            // As Playwright's toBeVisible judges it: a box of some size, and not hidden.
            const seen = (el: Element | null | undefined) =>
              !!el && el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
            const group = document.getElementById(`group-${name}`);
            return !seen(group) || !seen(group?.querySelector('label, legend'));
          }),
        allFields(def).map((f) => f.name),
      );
      expect(unseen, 'questions without a visible box and label').toEqual([]);
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
    // Every shift is counted, even those browsers leave out of CLS for following a keystroke: nothing may move at all.
    await page.evaluate(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const days = page.locator('#f-leadership-1-days');
    // The form's script has started and nothing more is being fetched, so nothing from loading can land in the typing's
    // count on a slow machine (it ran with a fixed wait before, and failed once).
    await expect(page.locator('.template-form.is-ready')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    await days.scrollIntoViewIfNeeded();
    await afterFrames(page);
    await page.waitForTimeout(500);
    // None while the page loads and its scripts arrive, then none from typing.
    const whileLoading = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.splice(0));
    expect(whileLoading).toEqual([]);
    const before = await days.evaluate((el) => el.getBoundingClientRect().top);
    await days.pressSequentially('2');
    await expect(page.locator('[data-amount-of="leadership"]').first()).toContainText('£');
    await page.waitForLoadState('networkidle');
    await afterFrames(page);
    // Past the save (250 ms after typing) and the "Last saved" line's update (1.5 s after, behaviours/answers-kept.ts).
    await page.waitForTimeout(2000);
    await afterFrames(page);
    expect(await days.evaluate((el) => el.getBoundingClientRect().top)).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
});

/** What each box of the drawn form should hold for `draft`, by control id (a choice of radios: the checked one's value). */
function expectedBoxes(def: TemplateDefinition, draft: Draft): Record<string, string> {
  const boxes: Record<string, string> = {};
  for (const field of allFields(def)) {
    const value = draft[field.name];
    if (field.type === 'list') (value as string[]).forEach((item, i) => (boxes[itemId(field.name, i)] = item));
    else if (field.type === 'rows')
      (value as Array<Record<string, string>>).forEach((row, i) => {
        for (const column of field.columns) boxes[cellId(field.name, i, column.name)] = row[column.name] ?? '';
      });
    else boxes[fieldId(field.name)] = value as string;
  }
  return boxes;
}

test.describe('with JavaScript', () => {
  for (const def of templates) {
    test(`opening ${def.slug} saves nothing until something is typed; a draft kept by each released version fills the drawn form, every answer in its box`, async ({
      page,
    }) => {
      await page.goto(`/templates/${def.slug}/`);
      await expect(page.locator('[data-template-form].is-ready')).toHaveCount(1);
      await page.waitForTimeout(600);
      expect(await page.evaluate((key) => localStorage.getItem(key), storageKey(def)), 'saved on opening').toBeNull();
      for (let version = 1; version <= def.version; version++) {
        const file = readFileSync(new URL(`../fixtures/answers/${def.slug}/v${version}.json`, import.meta.url), 'utf8');
        const loaded = readAnswersFile(def, file);
        if (!loaded.ok) throw new Error(`${def.slug} v${version}: ${loaded.message}`);
        const { answers } = JSON.parse(file) as { answers: unknown };
        await page.evaluate(([key, stored]) => localStorage.setItem(key, stored), [
          storageKey(def),
          JSON.stringify({ version, savedAt: '2026-11-22T12:00:00.000Z', answers }),
        ] as const);
        await page.reload();
        await expect(page.locator('[data-template-form].is-ready')).toHaveCount(1);
        const expected = expectedBoxes(def, loaded.draft);
        const shown = await page.evaluate((ids) => {
          const form = document.querySelector('form.template-questions')!;
          return Object.fromEntries(
            ids.map((id) => {
              const radios = form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${id}"]`);
              if (radios.length) return [id, [...radios].find((r) => r.checked)?.value ?? ''];
              const box = document.getElementById(id) as HTMLInputElement | null;
              return [id, box && form.contains(box) ? box.value : '(no box)'];
            }),
          );
        }, Object.keys(expected));
        expect(shown, `${def.slug} v${version}`).toEqual(expected);
        // No line more than the draft has: each list and table has exactly the draft's lines.
        for (const field of allFields(def).filter((f) => f.type === 'list' || f.type === 'rows')) {
          const lines = (loaded.draft[field.name] as unknown[]).length;
          const drawn = page.locator(field.type === 'list' ? `[data-item-of="${field.name}"]` : `[data-row-of="${field.name}"]`);
          await expect(drawn, `${def.slug} v${version}: ${field.name}`).toHaveCount(lines);
        }
      }
    });
  }
});

test.describe('typing before the script arrives', () => {
  test('what is typed into the drawn form before its script runs is kept and saved, not replaced by the suggested wording', async ({ page }) => {
    // The form's script is held back until the person has typed, as on a slow phone.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/TemplateForm\.astro_astro_type_script/, async (route) => {
      await held;
      await route.continue();
    });
    const def = templates.find((t) => t.slug === 'workplan')!;
    await page.goto(`/templates/${def.slug}/`, { waitUntil: 'commit' });
    await page.locator('#f-mvpName').fill('Typed before the script');
    await page.locator(`#${cellId('priorities', 0, 'lead')}`).fill('Sam Jones');
    release();
    await expect(page.locator('[data-template-form].is-ready')).toHaveCount(1);
    await expect(page.locator('#f-mvpName')).toHaveValue('Typed before the script');
    await expect(page.locator(`#${cellId('priorities', 0, 'lead')}`)).toHaveValue('Sam Jones');
    await expect
      .poll(() =>
        page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { answers: Draft } | null)?.answers.mvpName ?? null, storageKey(def)),
      )
      .toBe('Typed before the script');
  });
});

/** Waits until the browser has drawn two more frames, so what changed before has been laid out and any shift reported. */
async function afterFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
