// Drives the content editor (npm run edit) offline in Chromium and checks what it writes to disk, in a scratch
// copy of the project (tests/editor/project-copy.ts). Every request not to 127.0.0.1 is refused.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { copyDir, git } from './project-copy.ts';
import { EDITOR_PORT } from './playwright.config.ts';

const dir = copyDir(EDITOR_PORT);
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
/** Screenshots for docs/editing-content.md, taken when SCREENSHOTS=docs. */
const shoot = async (name: string) => {
  if (process.env.SCREENSHOTS === 'docs') await page.screenshot({ path: `docs/images/${name}.png` });
};

test.describe.configure({ mode: 'serial' });

let page: Page;
const refused = new Set<string>();

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    refused.add(url.hostname);
    return route.abort();
  });
  page = await context.newPage();
  await page.goto('/keystatic');
  await expect(page.getByRole('link', { name: 'Newer guidance notes' }).first()).toBeVisible({ timeout: 200_000 });
});

test.afterAll(() => {
  console.log(`Requests refused (not to 127.0.0.1): ${[...refused].join(', ') || 'none'}`);
});

/**
 * Runs something in the page again if the page reloaded under it: the dev server reloads the editor when it
 * prepares more of the editor's code, or after a save changes a content file it watches.
 */
async function settled<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt === 3 || !/context was destroyed|navigation/.test(String(error))) throw error;
      await page.waitForLoadState('load');
      await expect(page.getByRole('link', { name: 'Newer guidance notes' }).first()).toBeVisible();
    }
  }
}

/** Opens an editor page without reloading the editor (its own router follows history changes). */
async function open(path: string, shown: string) {
  await settled(() =>
    page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path),
  );
  await expect(page.getByText(shown, { exact: true }).first()).toBeVisible();
}

const saveButton = () => page.getByRole('button', { name: 'Save', exact: true });

test('a changed summary is saved as exactly that change', async () => {
  const path = 'content/toolkit/setting-up/budget.mdx';
  const before = read(path);
  await open('/keystatic/collection/toolkit/item/setting-up%2Fbudget', 'setting-up/budget');
  await expect(page.getByText('Published text (published, cannot be changed here)')).toBeVisible();
  await shoot('toolkit-section');
  const summary = 'Helps you set and fund an MVP budget: what it pays for, and why deprivation, rural travel and the number of units matter.';
  await page.getByLabel('Summary').fill(summary);
  await saveButton().click();
  await expect.poll(() => read(path)).not.toBe(before);
  const expected = before.replace(/^summary: [\s\S]*?(?=^topics:)/m, yaml.dump({ summary }));
  expect(read(path)).toBe(expected);
  const diff = git(dir, 'diff', '--unified=0', '--', path);
  const changed = diff.split('\n').filter((line) => /^[-+](?![-+])/.test(line));
  expect(changed.length).toBeGreaterThan(0);
  for (const line of changed) expect(line).toMatch(/^[-+](summary: | {2})/);
  console.log(diff);
});

test('a summary that is too long is refused with a message, and the file is unchanged', async () => {
  const path = 'content/toolkit/setting-up/budget.mdx';
  const before = read(path);
  const tooLong = 'A summary far longer than the limit. '.repeat(7);
  const box = page.getByLabel('Summary');
  // After the last save the editor reloads the entry from disk, which can undo typing done just before it.
  await expect(async () => {
    if ((await box.inputValue()) !== tooLong) await box.fill(tooLong);
    await page.waitForTimeout(1000);
    expect(await box.inputValue()).toBe(tooLong);
  }).toPass({ timeout: 30_000 });
  await saveButton().click();
  await expect(page.getByText('Summary must be no longer than 240 characters')).toBeVisible();
  await shoot('too-long-summary');
  await page.waitForTimeout(1500);
  expect(read(path)).toBe(before);
});

test('a new newer-guidance note with a quote is saved as the schema wants it', async () => {
  const file = 'content/newer-guidance/2-4-what-decides-the-budget.yaml';
  await open('/keystatic/collection/newerGuidance/create', 'Add');
  await page.getByLabel('Toolkit section').fill('2.4');
  await page.getByRole('checkbox', { name: 'Funding, hosting and employment' }).check();
  await page.getByLabel('Heading').fill('What decides how much an ICB budgets for its MNVPs');
  await page.getByLabel('File name').fill('2-4-what-decides-the-budget');
  await page.getByLabel('What the toolkit says').fill('The toolkit asks MVPs to put together a budget and lists what to think about when setting it.');
  await page
    .getByLabel('What the newer guidance says')
    .fill('The FAQ for ICBs says the money needed depends on how many providers and how big an area the ICB covers.');
  await page.getByRole('button', { name: 'Add' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'FAQ question number' }).fill('5');
  await dialog.getByLabel('Exact words').fill('How much funding you will need to identify for your MNVPs will depend on multiple factors.');
  await shoot('newer-guidance-quote');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await shoot('newer-guidance-note');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect.poll(() => existsSync(join(dir, file))).toBe(true);
  expect(yaml.load(read(file))).toEqual({
    section: '2.4',
    topics: ['funding-and-employment'],
    title: 'What decides how much an ICB budgets for its MNVPs',
    toolkitSays: 'The toolkit asks MVPs to put together a budget and lists what to think about when setting it.',
    nowSays: 'The FAQ for ICBs says the money needed depends on how many providers and how big an area the ICB covers.',
    quotes: [{ question: 5, words: 'How much funding you will need to identify for your MNVPs will depend on multiple factors.' }],
    otherSources: [],
  });
});

test('an equity action is inserted from the toolbar as a form, refused without its anchor, and written as the component', async () => {
  const path = 'content/background/how-the-system-fits.mdx';
  const before = read(path);
  await open('/keystatic/collection/explainers/item/how-the-system-fits', 'how-the-system-fits');
  const words = 'The 2018 article describes the system as a series of layers, each one part of a bigger one.';
  const paragraph = page.locator('[contenteditable=true] p', { hasText: words });
  await paragraph.click();
  // Select the first sentence, as an editor would by dragging over it.
  await paragraph.evaluate((p, length) => {
    const range = document.createRange();
    range.setStart(p.firstChild as Text, 0);
    range.setEnd(p.firstChild as Text, length);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, words.length);
  await page.getByRole('checkbox', { name: 'Equity action' }).click();
  const marked = paragraph.locator('strong[data-component="EquityAction"]');
  await expect(marked).toHaveText(words);
  // Its form is still empty: saving is refused with a message, and the file is unchanged.
  await saveButton().click();
  await expect(page.getByText(/Equity action: Anchor must not be empty/).first()).toBeVisible();
  await page.waitForTimeout(1500);
  expect(read(path)).toBe(before);
  // The pencil on the action opens its form.
  await marked.click();
  await page.getByRole('dialog').getByRole('button').first().click();
  const form = page.getByRole('dialog').filter({ hasText: 'Edit Equity action' });
  await form.getByLabel('Anchor').fill('equity-explainer-1');
  await shoot('equity-action');
  await form.getByRole('button', { name: 'Done' }).click();
  await saveButton().click();
  await expect.poll(() => read(path)).toContain(`<EquityAction id="equity-explainer-1">${words}</EquityAction>`);
  // Exactly that sentence is wrapped; nothing else in the file changes.
  const changed = git(dir, 'diff', '--unified=0', '--', path)
    .split('\n')
    .filter((line) => /^[-+](?![-+])/.test(line));
  expect(changed).toHaveLength(2);
  expect(changed[1]).toBe(`+${changed[0].slice(1).replace(words, `<EquityAction id="equity-explainer-1">${words}</EquityAction>`)}`);
});

/**
 * The editor's own error messages on the open entry: text in the form that reads like one, outside the text being
 * edited (fields, the page text) and the published text shown read-only (the toolkit's own words can say "must be").
 */
async function editorErrors(): Promise<string[]> {
  return settled(() =>
    page.evaluate(() => {
      const message = /validation failed|unexpected error|missing component|must be|must not|must have/i;
      return [...document.querySelectorAll('main *')]
        .filter(
          (el) => el.children.length === 0 && message.test(el.textContent ?? '') && !el.closest('[data-field], [contenteditable], textarea, input, select'),
        )
        .map((el) => el.textContent ?? '');
    }),
  );
}

test('every entry opens in the editor without a validation error', async () => {
  // About 190 entries, each opened as an editor would: the slowest of these tests.
  test.setTimeout(480_000);
  const entries: [string, string][] = [];
  for (const chapter of readdirSync(join(dir, 'content/toolkit'))) {
    for (const f of readdirSync(join(dir, 'content/toolkit', chapter))) entries.push(['toolkit', `${chapter}/${f.replace(/\.mdx$/, '')}`]);
  }
  for (const f of readdirSync(join(dir, 'content/newer-guidance'))) entries.push(['newerGuidance', f.replace(/\.yaml$/, '')]);
  for (const f of readdirSync(join(dir, 'content/faq'))) entries.push(['faq', f.replace(/\.md$/, '')]);
  for (const f of readdirSync(join(dir, 'content/glossary'))) entries.push(['glossary', f.replace(/\.md$/, '')]);
  entries.push(['explainers', 'how-the-system-fits']);
  const failures: string[] = [];
  for (const [collection, slug] of entries) {
    await open(`/keystatic/collection/${collection}/item/${encodeURIComponent(slug)}`, slug);
    await expect(saveButton()).toBeVisible();
    for (const text of await editorErrors()) failures.push(`${collection}/${slug}: ${text}`);
    if (slug === 'q05-how-much-funding') await shoot('faq-answer');
    if (slug === 'icb') await shoot('glossary-term');
  }
  // The lists kept in one file each, every entry open at once.
  for (const [singleton, shown] of [
    ['resources', 'Resources'],
    ['safetyAction7', 'Safety Action 7 requirements'],
    ['checkpoints', 'Progress check checkpoints'],
  ]) {
    await open(`/keystatic/singleton/${singleton}`, shown);
    await expect(saveButton()).toBeVisible();
    for (const text of await editorErrors()) failures.push(`${singleton}: ${text}`);
  }
  expect(failures).toEqual([]);
  expect(entries.length).toBeGreaterThan(180);
});

test('the built site shows the new note, with its quote, and the equity action', async () => {
  // The site as `npm run build` makes it, from the files the editor saved (Astro only: the Word templates are
  // already in public/docx/).
  const out = join(dir, 'dist-edited');
  execFileSync(process.execPath, [fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json'))), 'build', '--silent'], {
    cwd: dir,
    env: { ...process.env, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  const budget = readFileSync(join(out, 'toolkit/setting-up/budget/index.html'), 'utf8');
  expect(budget).toContain('What decides how much an ICB budgets for its MNVPs');
  expect(budget).toContain('How much funding you will need to identify for your MNVPs will depend on multiple factors.');
  const explainer = readFileSync(join(out, 'background/how-the-system-fits/index.html'), 'utf8');
  expect(explainer).toMatch(/<strong class="equity-action" id="equity-explainer-1">.*The 2018 article describes the system as a series of layers/s);
});
