// Answers people can rely on: two tabs of one template keep one set of answers, and answers saved by
// any released version of a template (files and drafts kept in the browser) load into the current one.
import { readFileSync } from 'node:fs';
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { templates, templateBySlug } from '../../templates/index.ts';
import { storageKey } from '../../src/templates-engine/storage.ts';
import { cellId } from '../../src/templates-engine/ids.ts';
import { expectAccessibleAtDesktopAndPhone } from '../support/axe.ts';

const workplan = templateBySlug('workplan')!;
const WORKPLAN = '/templates/workplan/';
const fixture = (slug: string, version: number) => readFileSync(new URL(`../fixtures/answers/${slug}/v${version}.json`, import.meta.url), 'utf8');
const cell = (index: number, column: string) => `#${cellId('priorities', index, column)}`;

async function loadFile(page: Page, button: string, name: string, contents: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

/**
 * Lets a test hold back a tab's storage events, as when a busy tab has not yet heard of another's
 * change, and then deliver them in order.
 */
async function holdableStorageEvents(context: BrowserContext) {
  await context.addInitScript(() => {
    const queue: StorageEvent[] = [];
    const w = window as unknown as { holdStorageEvents: boolean; releaseStorageEvents: () => void };
    w.holdStorageEvents = false;
    window.addEventListener(
      'storage',
      (event) => {
        if (!w.holdStorageEvents || !event.isTrusted) return;
        event.stopImmediatePropagation();
        queue.push(event);
      },
      true,
    );
    w.releaseStorageEvents = () => {
      w.holdStorageEvents = false;
      for (const e of queue.splice(0)) {
        window.dispatchEvent(new StorageEvent('storage', { key: e.key, oldValue: e.oldValue, newValue: e.newValue, url: e.url, storageArea: e.storageArea }));
      }
    };
  });
}
/** The workplan open in two tabs of one browser. */
async function twoTabs(page: Page, context: BrowserContext): Promise<[Page, Page]> {
  await page.goto(WORKPLAN);
  const other = await context.newPage();
  await other.goto(WORKPLAN);
  return [page, other];
}
const hold = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { holdStorageEvents: boolean }).holdStorageEvents = true;
  });
const release = (page: Page) => page.evaluate(() => (window as unknown as { releaseStorageEvents: () => void }).releaseStorageEvents());
const saved = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { version: number; answers: Record<string, unknown> } | null, storageKey(workplan));

test('two tabs of one template: what is typed in either reaches the other, and nothing is lost', async ({ page, context }) => {
  const [a, b] = await twoTabs(page, context);

  await a.locator('#f-mvpName').fill('Riverside MVP');
  await expect(b.locator('#f-mvpName')).toHaveValue('Riverside MVP');
  await b.locator('#f-servicesCovered').fill('Riverside maternity unit');
  await expect(a.locator('#f-servicesCovered')).toHaveValue('Riverside maternity unit');
  // Different cells of the same table, one in each tab.
  await a.locator(cell(0, 'lead')).fill('Sam Jones');
  await b.locator(cell(1, 'lead')).fill('Ali Khan');
  await expect(a.locator(cell(1, 'lead'))).toHaveValue('Ali Khan');
  await expect(b.locator(cell(0, 'lead'))).toHaveValue('Sam Jones');
  // A row added in one tab appears in the other.
  await b.getByRole('button', { name: 'Add another priority' }).click();
  await b.locator(cell(9, 'priority')).fill('Walk the Patch on the postnatal ward');
  await expect(a.locator(cell(9, 'priority'))).toHaveValue('Walk the Patch on the postnatal ward');
  await expect(a.locator('[data-sync-banner]')).toBeHidden();
  await expect(b.locator('[data-sync-banner]')).toBeHidden();

  const c = await context.newPage();
  await c.goto(WORKPLAN);
  await expect(c.locator('#f-mvpName')).toHaveValue('Riverside MVP');
  await expect(c.locator('#f-servicesCovered')).toHaveValue('Riverside maternity unit');
  await expect(c.locator(cell(0, 'lead'))).toHaveValue('Sam Jones');
  await expect(c.locator(cell(1, 'lead'))).toHaveValue('Ali Khan');
  await expect(c.locator(cell(9, 'priority'))).toHaveValue('Walk the Patch on the postnatal ward');
});

test('a save that another tab wrote over at the same moment, before hearing of it, is put back', async ({ page, context }) => {
  const [a, b] = await twoTabs(page, context);
  await a.locator('#f-mvpName').fill('Riverside MVP');
  await expect(b.locator('#f-mvpName')).toHaveValue('Riverside MVP');
  const shared = await a.evaluate((key) => localStorage.getItem(key)!, storageKey(workplan));
  await b.locator(cell(1, 'lead')).fill('Ali Khan');
  await expect.poll(async () => ((await saved(b))?.answers.priorities as Array<Record<string, string>> | undefined)?.[1]?.lead).toBe('Ali Khan');
  await expect(a.locator(cell(1, 'lead'))).toHaveValue('Ali Khan');
  // A tab that had not yet heard of tab b's save (two saves at the same moment) writes over it, built on the save before.
  const writer = await context.newPage();
  await writer.goto('/');
  await writer.evaluate(
    ([key, before]) => {
      const stored = JSON.parse(before) as { lineage: string[]; answers: { priorities: Array<Record<string, string>> } };
      stored.answers.priorities[0].lead = 'Sam Jones';
      localStorage.setItem(key, JSON.stringify({ ...stored, lineage: ['written-over', ...stored.lineage] }));
    },
    [storageKey(workplan), shared] as const,
  );
  for (const tab of [a, b]) {
    await expect(tab.locator(cell(0, 'lead'))).toHaveValue('Sam Jones');
    await expect(tab.locator(cell(1, 'lead'))).toHaveValue('Ali Khan');
    await expect(tab.locator('[data-sync-banner]')).toBeHidden();
  }
  await expect
    .poll(async () => ((await saved(a))?.answers.priorities as Array<Record<string, string>> | undefined)?.slice(0, 2).map((row) => row.lead))
    .toEqual(['Sam Jones', 'Ali Khan']);
  const c = await context.newPage();
  await c.goto(WORKPLAN);
  await expect(c.locator(cell(0, 'lead'))).toHaveValue('Sam Jones');
  await expect(c.locator(cell(1, 'lead'))).toHaveValue('Ali Khan');
});

test('a tab that has not yet heard of another tab’s typing does not save over it', async ({ page, context }) => {
  await holdableStorageEvents(context);
  const [a, b] = await twoTabs(page, context);
  await hold(b);
  await a.locator('#f-mvpName').fill('Riverside MVP');
  await a.locator(cell(2, 'partners')).fill('Director of midwifery');
  // Typing is saved once it pauses (saving.ts): tab a's answers are stored, and tab b can read them, before tab b types.
  for (const tab of [a, b]) {
    await expect
      .poll(async () => ((await saved(tab))?.answers.priorities as Array<Record<string, string>> | undefined)?.[2]?.partners)
      .toBe('Director of midwifery');
  }
  // Before this change, tab b saved its whole copy here, and tab a's typing was gone on the next load.
  await b.locator('#f-servicesCovered').fill('Riverside maternity unit');
  await expect(b.locator('#f-mvpName')).toHaveValue('Riverside MVP');
  // Another tab's write reaches this tab's view of localStorage a moment later (in Chromium, across processes).
  await expect
    .poll(async () => {
      const answers = (await saved(a))?.answers;
      return [answers?.mvpName, answers?.servicesCovered, (answers?.priorities as Array<Record<string, string>> | undefined)?.[2]?.partners];
    })
    .toEqual(['Riverside MVP', 'Riverside maternity unit', 'Director of midwifery']);
  await release(b);
  await expect(a.locator('#f-servicesCovered')).toHaveValue('Riverside maternity unit');
  await expect(b.locator('[data-sync-banner]')).toBeHidden();
});

test('when two tabs change the same answer, each person is told and keeps what they see', async ({ page, context }) => {
  await holdableStorageEvents(context);
  const [a, b] = await twoTabs(page, context);
  await hold(a);
  await hold(b);
  await a.locator(cell(1, 'lead')).fill('Typed in tab A');
  await expect.poll(async () => ((await saved(a))?.answers.priorities as Array<Record<string, string>> | undefined)?.[1]?.lead).toBe('Typed in tab A');
  await b.locator(cell(1, 'lead')).fill('Typed in tab B');

  // Tab b saw the clash when it saved: it keeps its answer, which is saved, and says so.
  const bannerB = b.getByRole('region', { name: 'Also changed in another tab' });
  await expect(bannerB).toBeVisible();
  await expect(bannerB).toContainText('This tab kept what you see here, and that is what is saved now');
  await expect(bannerB.getByRole('listitem')).toHaveText(['Priorities for the year, priority 2: Lead']);
  await expect(b.locator(cell(1, 'lead'))).toHaveValue('Typed in tab B');
  await expect(b.locator(cell(1, 'lead'))).toBeFocused();
  // Beside the answer too, for someone typing far below the banner; the banner links to it.
  await expect(b.locator('.form-group', { has: b.locator(cell(1, 'lead')) }).locator('.sync-note')).toHaveText(/this tab kept what you see here/);
  await expect(bannerB.getByRole('link', { name: 'Priorities for the year, priority 2: Lead' })).toHaveAttribute('href', cell(1, 'lead'));
  await expect(b.locator('[data-sync-live]')).toContainText('Priorities for the year, priority 2: Lead');
  await b.locator('#f-mvpName').fill('Riverside MVP');

  // Tab a hears of it: what was typed there stays on screen, and the person is told which answer is saved.
  await release(a);
  const bannerA = a.getByRole('region', { name: 'Also changed in another tab' });
  await expect(bannerA).toBeVisible();
  await expect(bannerA).toContainText('the other tab’s answer is the one saved');
  await expect(bannerA.getByRole('listitem')).toHaveText(['Priorities for the year, priority 2: Lead']);
  await expect(a.locator(cell(1, 'lead'))).toHaveValue('Typed in tab A');
  await expect(a.locator('.form-group', { has: a.locator(cell(1, 'lead')) }).locator('.sync-note')).toHaveText(/the other tab’s answer is saved/);
  await expect(a.locator('#f-mvpName')).toHaveValue('Riverside MVP');
  await expect(a.locator(cell(1, 'lead'))).toBeFocused();
  await release(b);
  await expect.poll(async () => ((await saved(a))?.answers.priorities as Array<Record<string, string>> | undefined)?.[1]?.lead).toBe('Typed in tab B');

  // Typing elsewhere in tab a does not quietly save its held answer over tab b's …
  await a.locator('#f-servicesCovered').fill('Riverside maternity unit');
  await expect(b.locator('#f-servicesCovered')).toHaveValue('Riverside maternity unit');
  await expect(b.locator(cell(1, 'lead'))).toHaveValue('Typed in tab B');
  // … but changing that answer in tab a saves it, and it reaches tab b.
  await a.locator(cell(1, 'lead')).fill('Typed in tab A, again');
  await expect(b.locator(cell(1, 'lead'))).toHaveValue('Typed in tab A, again');

  await bannerA.getByRole('button', { name: 'Hide this message' }).click();
  await expect(bannerA).toBeHidden();
  await expectAccessibleAtDesktopAndPhone(b);
});

test('answers cleared in one tab are cleared in the other, which says so', async ({ page, context }) => {
  const [a, b] = await twoTabs(page, context);
  await a.locator('#f-mvpName').fill('Riverside MVP');
  await expect(b.locator('#f-mvpName')).toHaveValue('Riverside MVP');
  await a.getByRole('button', { name: 'Clear my answers' }).click();
  await a.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(a.locator('#f-mvpName')).toHaveValue('');
  await expect(b.locator('#f-mvpName')).toHaveValue('');
  await expect(b.getByRole('region', { name: 'Answers cleared in another tab' })).toBeVisible();
  expect(await saved(a)).toBeNull();
});

test('the answers file of every released version of every template loads through “Load answers from a file”', async ({ page }) => {
  for (const def of templates) {
    await page.goto(`/templates/${def.slug}/`);
    for (let version = 1; version <= def.version; version++) {
      await page.locator('#f-mvpName').fill('Typed before loading');
      await loadFile(page, 'Load answers from a file', `${def.slug}-v${version}.json`, fixture(def.slug, version));
      const status = page.getByRole('status').filter({ hasText: `${def.slug}-v${version}.json` });
      await expect(status, `${def.slug} v${version}`).toHaveText(`Answers loaded from “${def.slug}-v${version}.json”.`);
      await expect(page.locator('#f-mvpName')).toHaveValue('Riverside Maternity and Neonatal Voices Partnership');
    }
  }
  // The workplan's version 1 quarters arrive as words in the typed timescale, and are kept on reload.
  await page.goto(WORKPLAN);
  await loadFile(page, 'Load answers from a file', 'workplan-v1.json', fixture('workplan', 1));
  await expect(page.locator(cell(0, 'timescale'))).toHaveValue('Q4 (January to March)');
  await expect(page.locator(cell(1, 'timescale'))).toHaveValue('All year');
  await page.reload();
  await expect(page.locator(cell(0, 'timescale'))).toHaveValue('Q4 (January to March)');
  expect((await saved(page))!.version).toBe(workplan.version);
});

test('an old file with answers that no longer fit loads the rest and lists what was not carried over', async ({ page }) => {
  await page.goto(WORKPLAN);
  const old = JSON.parse(fixture('workplan', 1)) as { answers: { priorities: Array<Record<string, string>> } };
  old.answers.priorities[2].evidence = 'horoscope';
  await loadFile(page, 'Load answers from a file', 'odd.json', JSON.stringify(old));
  const status = page.getByRole('status').filter({ hasText: 'odd.json' });
  await expect(status).toContainText(
    'one answer could not be carried over, so check it: Priorities for the year, priority 3: Evidence behind it: “horoscope”.',
  );
  await expect(page.locator(cell(2, 'evidence'))).toHaveValue('');
  await expect(page.locator(cell(2, 'priority'))).toHaveValue(old.answers.priorities[2].priority);
  await expect(page.locator(cell(0, 'timescale'))).toHaveValue('Q4 (January to March)');

  // Bad files still change nothing: an old one with no answer that fits, and one from a newer version.
  const cases: Array<[string, string, RegExp]> = [
    ['junk.json', JSON.stringify({ ...old, answers: { shoeSize: '9', priorities: 'lots' } }), /None of the answers in the file fit this template/],
    ['future.json', JSON.stringify({ ...old, version: workplan.version + 1 }), new RegExp(`version ${workplan.version + 1} of this template, which is newer`)],
  ];
  for (const [name, contents, reason] of cases) {
    await loadFile(page, 'Load answers from a file', name, contents);
    const refused = page.getByRole('status').filter({ hasText: name });
    await expect(refused).toContainText(reason);
    await expect(refused).toContainText('Nothing has been changed.');
    await expect(page.locator(cell(2, 'priority'))).toHaveValue(old.answers.priorities[2].priority);
  }
});

test('answers kept in the browser by an older version of the template load into the new one', async ({ page }) => {
  await page.goto(WORKPLAN);
  const old = JSON.parse(fixture('workplan', 1)) as { answers: { priorities: Array<Record<string, string>> } };
  await page.evaluate(([key, answers]) => localStorage.setItem(key, JSON.stringify({ version: 1, savedAt: '2026-11-22T12:00:00.000Z', answers })), [
    storageKey(workplan),
    old.answers,
  ] as const);
  await page.reload();
  await expect(page.locator('#f-mvpName')).toHaveValue('Riverside Maternity and Neonatal Voices Partnership');
  await expect(page.locator(cell(0, 'timescale'))).toHaveValue('Q4 (January to March)');
  await expect(page.locator('[data-sync-banner]')).toBeHidden();

  // One that cannot all be carried over says what to check, without taking focus.
  old.answers.priorities[0].tier = 'galactic';
  await page.evaluate(([key, answers]) => localStorage.setItem(key, JSON.stringify({ version: 1, savedAt: '2026-11-22T12:00:00.000Z', answers })), [
    storageKey(workplan),
    old.answers,
  ] as const);
  await page.reload();
  const banner = page.getByRole('region', { name: 'Some saved answers need checking' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('listitem')).toHaveText(['Priorities for the year, priority 1: Tier: “galactic”']);
  await expect(page.locator(cell(0, 'tier'))).toHaveValue('');
  await expect(page.locator('body')).toBeFocused();
  // Once something is typed, the answers are kept in the new version.
  await page.locator('#f-servicesCovered').fill('Riverside maternity unit');
  await expect.poll(async () => (await saved(page))?.version).toBe(workplan.version);
  await page.reload();
  await expect(page.locator('[data-sync-banner]')).toBeHidden();
  await expect(page.locator(cell(0, 'timescale'))).toHaveValue('Q4 (January to March)');
});

test('“Start from last year’s workplan” works from a file saved by an earlier version', async ({ page }) => {
  await page.goto(WORKPLAN);
  await loadFile(page, 'Start from last year’s workplan', 'last-year.json', fixture('workplan', 1));
  await expect(page.getByRole('status')).toContainText('each status is back to “Not started”');
  await expect(page.getByRole('status')).not.toContainText('could not be carried over');
  await expect(page.locator('#f-mvpName')).toHaveValue('Riverside Maternity and Neonatal Voices Partnership');
  await expect(page.locator('#f-planYear')).toHaveValue('');
  await expect(page.locator(cell(0, 'timescale'))).toHaveValue('Q4 (January to March)');
  await expect(page.locator(cell(0, 'status'))).toHaveValue('notStarted');
});

test('the annual report loads a workplan file and a budget file saved by an earlier version', async ({ page }) => {
  await page.goto('/templates/annual-report/');
  await loadFile(page, 'Load your workplan file', 'workplan-v1.json', fixture('workplan', 1));
  await expect(page.getByRole('status')).toContainText('9 rows loaded from “workplan-v1.json”');
  await loadFile(page, 'Load your budget file', 'budget-v1.json', fixture('budget', 1));
  await expect(page.getByRole('status')).toContainText('the total of the budget in “budget-v1.json”');
});
