// The progress check at /progress/: statuses across the four stages survive a reload and move the
// stage summary and the next steps; answer files save and load (a bad one changes nothing); the Word
// report, the Safety Action 7 evidence list and the Excel sheet open in LibreOffice with every value.
import { test, expect, type Page } from '@playwright/test';
import { progressCheck as def } from '../../templates/index.ts';
import { allFields } from '../../src/templates-engine/schema.ts';
import type { CheckpointsField } from '../../src/templates-engine/checkpoints/types.ts';
import { checkpointsInOrder } from '../../src/templates-engine/checkpoints/order.ts';
import { docxToText, xlsxToCsv } from '../support/libreoffice.ts';
import { HOSTILE, downloadDocx } from '../support/template-form.ts';
import { parseCsv } from '../support/sheets.ts';
import { expectAccessibleAtDesktopAndPhone } from '../support/axe.ts';

const field = allFields(def).find((f): f is CheckpointsField => f.type === 'checkpoints')!;
const ordered = checkpointsInOrder(field);
const at = (id: string) => ordered.find((c) => c.checkpoint.id === id)!;
const statusRadio = (page: Page, id: string, label: string) => page.locator(`[data-checkpoint="${id}"]`).getByRole('radio', { name: label, exact: true });
const summary = (page: Page) => page.locator('[data-display="progress"]');

/** One checkpoint from each of the four stages, and one that does not apply. */
const MARKS: Array<[string, string]> = [
  ['chair-paid-regularly', 'In place'],
  ['budget-agreed', 'In place'],
  ['first-meeting-held', 'In progress'],
  ['feedback-in-minutes', 'In place'],
  ['research-decisions', 'Not applicable'],
];

async function markAll(page: Page) {
  for (const [id, label] of MARKS) await statusRadio(page, id, label).check();
}

async function openNotes(page: Page, id: string) {
  const details = page.locator(`[data-checkpoint="${id}"] details`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  return details;
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  return downloadDocx(page, button);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.locator('.template-form.is-ready')).toBeVisible();
  // The summary's code loads as it comes near the screen (components/templates/when-needed.ts).
  await summary(page).scrollIntoViewIfNeeded();
  await expect(summary(page)).toContainText('Nothing is marked as in place yet');
});

test('the home page links to the progress check', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Check where your MVP is now' }).click();
  await expect(page).toHaveURL(/\/progress\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Where is your MVP now?');
});

test('statuses across all four stages are kept after a reload, and the summary and next steps follow them', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(blob|data):/.test(r.url())) elsewhere.push(r.url());
  });

  const next = summary(page).locator('ol > li');
  await expect(next).toHaveCount(5);
  await expect(next.first()).toContainText(ordered[0].checkpoint.text);

  // Everything in the introduction in place moves the next steps on to Setting up.
  for (const { checkpoint } of ordered.filter((c) => c.group.id === 'introduction')) await statusRadio(page, checkpoint.id, 'In place').check();
  await expect(next.first()).toContainText(ordered.find((c) => c.group.id === 'setting-up')!.checkpoint.text);
  await expect(page.getByRole('heading', { name: 'Introduction: 4 of 4 in place' })).toBeVisible();
  await markAll(page);
  await expect(summary(page)).toContainText('Your MVP is at the Setting up stage: 2 of its 14 checkpoints are in place.');
  await expect(summary(page)).toContainText('Some later work is in place too: 1 in Consolidating.');
  await expect(page.getByRole('heading', { name: 'Setting up: 2 of 14 in place' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pioneering: 0 of 5 in place (1 not applicable)' })).toBeVisible();

  // Every next step links to its toolkit section, and to a template that helps where there is one.
  const first = next.first();
  const section = at('named-lead-agreed').section;
  await expect(first).toContainText('Commissioners and providers have agreed who is responsible');
  await expect(first.getByRole('link', { name: `${section.number} ${section.title}` })).toHaveAttribute('href', section.path);
  const budgetStep = next.filter({ hasText: at('both-levels-funded').checkpoint.text });
  await expect(budgetStep.getByRole('link', { name: 'MVP budget' })).toHaveAttribute('href', '/templates/budget/');

  const notes = await openNotes(page, 'chair-paid-regularly');
  await notes.getByLabel('Note (optional)').fill(`Note ${HOSTILE}`);
  await notes.getByLabel('Evidence (optional)').fill('Payroll record, finance office');

  await page.reload();
  await expect(page.locator('.template-form.is-ready')).toBeVisible();
  for (const [id, label] of MARKS) await expect(statusRadio(page, id, label)).toBeChecked();
  await expect(page.locator(`[data-checkpoint="chair-paid-regularly"] textarea`).first()).toHaveValue(`Note ${HOSTILE}`);
  await expect(summary(page)).toContainText('2 of its 14 checkpoints are in place');

  // Finishing Setting up moves the MVP on to Getting established.
  for (const { checkpoint } of ordered.filter((c) => c.group.id === 'setting-up')) await statusRadio(page, checkpoint.id, 'In place').check();
  await expect(summary(page)).toContainText(
    'Your MVP has done everything in Setting up and is at the Getting established stage: 0 of its 18 checkpoints are in place.',
  );
  await expect(next.first()).toContainText(ordered.find((c) => c.group.id === 'getting-established')!.checkpoint.text);
  expect(elsewhere).toEqual([]);
});

test('answers save to a file and load back; a bad file changes nothing and says why', async ({ page }) => {
  await page.getByLabel('Your MVP’s name').fill('Riverside MVP');
  await markAll(page);
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save answers to a file' }).click()]);
  const contents = Buffer.concat(await (await saved.createReadStream()).toArray()).toString('utf8');
  expect(JSON.parse(contents)).toMatchObject({ format: 'mvp-toolkit-answers', template: 'progress-check' });

  const choose = async (name: string, text: string) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load answers from a file' }).click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(statusRadio(page, 'budget-agreed', 'In place')).not.toBeChecked();
  await expect(summary(page)).toContainText('Nothing is marked as in place yet');

  await choose('progress.json', contents);
  await expect(page.getByRole('status')).toContainText('Answers loaded from “progress.json”.');
  for (const [id, label] of MARKS) await expect(statusRadio(page, id, label)).toBeChecked();
  await expect(page.getByLabel('Your MVP’s name')).toHaveValue('Riverside MVP');

  const bad = JSON.parse(contents);
  bad.answers.progress = [{ id: 'made-up-checkpoint', status: 'in-place' }];
  await choose('bad.json', JSON.stringify(bad));
  await expect(page.getByRole('status')).toContainText(
    '“bad.json” could not be loaded. The answer to “Checkpoints” in the file has a checkpoint called “made-up-checkpoint”, which this page does not have. Nothing has been changed.',
  );
  for (const [id, label] of MARKS) await expect(statusRadio(page, id, label)).toBeChecked();
  await page.reload();
  for (const [id, label] of MARKS) await expect(statusRadio(page, id, label)).toBeChecked();
});

test('the Word report, the Safety Action 7 evidence list and the Excel sheet open in LibreOffice with every value', async ({ page }) => {
  test.slow();
  await page.getByLabel('Your MVP’s name').fill(`MVP ${HOSTILE}`);
  await page.getByLabel('Date of this check (optional)').fill('2026-03-03');
  await markAll(page);
  const notes = await openNotes(page, 'feedback-in-minutes');
  await notes.getByLabel('Note (optional)').fill(`Note ${HOSTILE}`);
  await notes.getByLabel('Evidence (optional)').fill('Minutes of 3 March, item 4');

  const word = await download(page, 'Download as Word');
  expect(word.name).toMatch(/ - Progress check - \d{4}-\d{2}-\d{2}\.docx$/);
  const text = await docxToText(word.bytes);
  for (const value of [
    `MVP ${HOSTILE}`,
    'Progress report',
    '3 March 2026',
    'Setting up: 2 of 14 in place',
    'Pioneering: 0 of 5 in place (1 not applicable)',
    'Your MVP is at the Setting up stage',
    'Next steps',
    at('named-lead-agreed').checkpoint.text,
    `Note ${HOSTILE}`,
    'Minutes of 3 March, item 4',
    'In progress',
    'Not applicable',
    'Safety Action 7 evidence',
  ]) {
    expect(text, value).toContain(value);
  }
  for (const { checkpoint } of ordered) expect(text, checkpoint.id).toContain(checkpoint.text);
  expect(text).not.toMatch(/undefined|null|\+\+\+INS [^7]|\b42\b/);

  await page.getByRole('radio', { name: 'Safety Action 7 evidence list' }).check();
  const sa7 = await docxToText((await download(page, 'Download as Word')).bytes);
  expect(sa7).toContain('Safety Action 7 evidence list');
  expect(sa7).toContain('Minutes of 3 March, item 4');
  expect(sa7).toContain('check the current year’s requirements with NHS Resolution');
  for (const { checkpoint } of ordered) expect(sa7.includes(checkpoint.text), checkpoint.id).toBe(Boolean(checkpoint.sa7));
  expect(sa7).not.toContain('Next steps');

  await page.getByRole('radio', { name: 'Progress report' }).check();
  const excel = await download(page, 'Download as Excel');
  expect(excel.name).toMatch(/\.xlsx$/);
  const rows = parseCsv(await xlsxToCsv(excel.bytes, false));
  expect(rows[0][0]).toBe(`Progress check: MVP ${HOSTILE}`);
  const byText = new Map(rows.map((r) => [r[0], r]));
  for (const { checkpoint, section } of ordered) expect(byText.get(checkpoint.text)?.[1], checkpoint.id).toBe(`${section.number} ${section.title}`);
  expect(byText.get(at('feedback-in-minutes').checkpoint.text)?.slice(3, 7)).toEqual(['Yes', 'In place', `Note ${HOSTILE}`, 'Minutes of 3 March, item 4']);
  expect(byText.get(at('research-decisions').checkpoint.text)?.[4]).toBe('Not applicable');
  expect(byText.get('Setting up')?.slice(0, 5)).toEqual(['Setting up', '2', '14', '0', '14']);
});

test('a note over the limit is shown beside it and in the error summary, and nothing downloads', async ({ page }) => {
  await page.getByLabel('Your MVP’s name').fill('Riverside MVP');
  const notes = await openNotes(page, 'budget-agreed');
  await notes.getByLabel('Evidence (optional)').fill('x'.repeat(1001));
  await notes.locator('summary').click();
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole('button', { name: 'Download as Word' }).click();
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('There is a problem');
  await problem.getByRole('link', { name: /^Evidence for checkpoint \d+ .* must be 1,000 characters or fewer$/ }).click();
  await expect(notes).toHaveAttribute('open', '');
  await expect(notes.getByLabel('Evidence (optional)')).toBeFocused();
  await expect(notes.locator('.error-message:not([hidden])')).toContainText('must be 1,000 characters or fewer');
  expect(downloads).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation, with and without answers, at desktop and 320 px', async ({ page }) => {
  test.slow();
  await expectAccessibleAtDesktopAndPhone(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await markAll(page);
  await openNotes(page, 'chair-paid-regularly');
  await page.getByRole('button', { name: 'Download as Word' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expectAccessibleAtDesktopAndPhone(page);
});

test('search finds the progress check in the words people use', async ({ page }) => {
  for (const query of ['progress check', 'where is our MVP now', 'self assessment', 'SA7 evidence checklist']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator('.search-page-results h2 a');
    await expect(results.first()).toBeVisible();
    const top = (await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).slice(0, 3);
    expect(top, query).toContain('/progress/');
  }
});
