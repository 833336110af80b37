// The workplan, annual report, terms of reference, agenda, confirmation letters, welcome information and social
// media guidelines in the browser: every answer into Word,
// the coverage grid and percentage, files feeding each other, reordering by keyboard, accessibility.
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { templateBySlug } from '../../templates/index.ts';
import { allFields } from '../../src/templates-engine/schema.ts';
import { cellId, fieldId } from '../../src/templates-engine/ids.ts';
import { toAnswersFile } from '../../src/templates-engine/answers-file.ts';
import { defaultDraft } from '../../src/templates-engine/draft.ts';
import { validateDraft } from '../../src/templates-engine/schema.ts';
import { costTotals, tableAmounts } from '../../src/templates-engine/costs.ts';
import { formatPence } from '../../src/templates-engine/money.ts';
import type { Draft } from '../../src/templates-engine/types.ts';
import { docxToText, xlsxToCsv } from '../support/libreoffice.ts';
import { HOSTILE, downloadDocx, fillEverything } from '../support/template-form.ts';
import { amountIn, parseCsv, penceOf, spoilCachedValues } from '../support/sheets.ts';

const workplan = templateBySlug('workplan')!;
const report = templateBySlug('annual-report')!;
const budget = templateBySlug('budget')!;

/** Said in the document once every answer is filled in by fillEverything (last option of every choice). */
const ALSO_IN_DOCUMENT: Record<string, string[]> = {
  workplan: [
    'No priority has Safety, Choice & personalisation, Equity or Neonatal as its area of focus.',
    'No priority has Gathering feedback, Reviewing services, Coproduction or Representation as its activity.',
  ],
  'annual-report': ['100% of the MVP’s parent members are from ethnic minority groups (3 of 3).', 'We gathered 3 pieces of feedback this year.'],
  'terms-of-reference': [
    'Be forensic in the pursuit of continuous quality improvement with a particular focus on closing inequality gaps.”',
    'Each term lasts 3 years.',
  ],
  'meeting-agenda': ['1.'],
  'remuneration-confirmation': [
    '“Written confirmation from the service user chair that they are being remunerated as agreed and that this remuneration reflects the time commitment and requirements of the role given the agreed work programme.”',
    'Signature: ______',
  ],
  'expenses-confirmation': [
    '“Written confirmation from the service user chair that they and other service user members of the MVP committee are able to claim out of pocket expenses, including childcare costs in a timely way.”',
    'Signature: ______',
  ],
  'welcome-information': ['Information for new members'],
  'social-media-guidelines': ['We aim to reply within 3 working days.'],
  'meeting-minutes': ['The MVP reviewed progress on its workplan'],
  // 3.5 miles × £0.45 = 157.5p, rounded up to 158p, plus four parts of £987.50.
  'expenses-claim': ['£3,951.58', 'Sort code: ______', 'Signature: ______'],
  'we-said-we-did': ['You said, we did'],
  'feedback-visit-record': ['Anonymous: no names'],
};

for (const slug of Object.keys(ALSO_IN_DOCUMENT)) {
  const def = templateBySlug(slug)!;
  test(`${def.title}: every answer survives a reload and appears literally in the Word document`, async ({ page, baseURL }) => {
    // Two LibreOffice conversions (Word and Excel) on a loaded machine.
    test.setTimeout(120_000);
    const origin = new URL(baseURL!).origin;
    const requests: Array<{ url: string; method: string; body: string | null }> = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));

    await page.goto(`/templates/${slug}/`);
    const expected = await fillEverything(page, def);
    await page.reload();
    await expect(page.locator(`#${fieldId(def.nameField)}`)).toHaveValue(`[${def.nameField}] ${HOSTILE}`);
    const rows = allFields(def).find((f) => f.type === 'rows');
    const textColumn = rows?.type === 'rows' ? rows.columns.find((c) => c.type === 'text') : undefined;
    if (rows && textColumn) await expect(page.locator(`#${cellId(rows.name, 0, textColumn.name)}`)).toHaveValue(`[${rows.name}]${textColumn.name} ${HOSTILE}`);

    const { name, bytes } = await downloadDocx(page);
    expect(name).toContain(` - ${def.fileLabel} - `);
    const text = await docxToText(bytes);
    for (const value of [...expected, ...ALSO_IN_DOCUMENT[slug]]) expect(text, `document shows ${value}`).toContain(value);
    expect(text).not.toMatch(/undefined|null|\+\+\+INS [^7]|\b42\b/);

    // Every typed text is a cell of its own in the spreadsheet, exactly as typed, as LibreOffice opens it.
    if (def.outputs.includes('xlsx')) {
      const excel = await downloadDocx(page, 'Download as Excel');
      const cells = new Set(parseCsv(await xlsxToCsv(excel.bytes, false)).flat());
      for (const value of expected.filter((v) => v.includes(HOSTILE))) expect(cells.has(value), `spreadsheet shows ${value}`).toBe(true);
    }

    const elsewhere = requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
    expect(elsewhere.map((r) => r.url)).toEqual([]);
    expect(requests.filter((r) => r.method !== 'GET' || r.body).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });
}

test('the coverage grid says in words where the workplan has nothing, and keeps up as priorities change', async ({ page }) => {
  await page.goto('/templates/workplan/');
  // The summary's code loads as the question it sums up comes near the screen (components/templates/when-needed.ts).
  await page.locator('#group-priorities').scrollIntoViewIfNeeded();
  const panel = page.getByRole('region', { name: 'Where the plan has nothing' });
  await expect(panel).toContainText('No priority has Perinatal mental health as its area of focus.');
  const grid = panel.getByRole('table', { name: 'Where the plan has nothing' });
  await expect(grid.getByRole('row', { name: /^Coproduction/ }).getByRole('cell')).toHaveText(['None', '1', 'None', 'None', 'None']);
  await page.locator(`#${cellId('priorities', 5, 'focus')}`).selectOption('mentalHealth');
  await expect(panel).toContainText('Every activity and every area of focus has at least one priority.');
  await expect(grid.getByRole('row', { name: /^Coproduction/ }).getByRole('cell')).toHaveText(['None', 'None', 'None', 'None', '1']);
  await page.locator(`#${cellId('priorities', 5, 'activity')}`).selectOption('');
  await expect(panel).toContainText('No priority has Coproduction as its activity.');
  await expect(panel).toContainText('1 priority is not in the grid');
});

async function chooseFile(page: Page, button: string, name: string, contents: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

async function saveAnswers(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save answers to a file' }).click()]);
  return Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
}

test('the annual report loads a saved workplan into its progress table; a file that does not fit changes nothing', async ({ page }) => {
  await page.goto('/templates/workplan/');
  await page.locator('#f-mvpName').fill('Riverside MVP');
  await page.locator(`#${cellId('priorities', 0, 'priority')}`).fill(`Outreach ${HOSTILE}`);
  await page.locator(`#${cellId('priorities', 0, 'status')}`).selectOption('done');
  const file = await saveAnswers(page);

  await page.goto('/templates/annual-report/');
  const status = page.getByRole('status');
  const cases: Array<[string, string, RegExp]> = [
    ['report.json', toAnswersFile(report, defaultDraft(report)), /answers for the Annual report, not the Annual workplan/],
    ['broken.json', '{ nope', /could not be read as JSON/],
    ['old.json', JSON.stringify({ ...JSON.parse(file), version: 7 }), /version 7 of this template/],
    ['empty.json', JSON.stringify({ ...JSON.parse(file), answers: { priorities: [] } }), /no priority rows/],
  ];
  for (const [name, contents, reason] of cases) {
    await chooseFile(page, 'Load your workplan file', name, contents);
    await expect(status).toContainText(reason);
    await expect(status).toContainText('Nothing has been changed.');
    await expect(page.locator('[data-row-of="progress"]')).toHaveCount(0);
  }

  await chooseFile(page, 'Load your workplan file', 'workplan.json', file);
  await expect(status).toContainText(`${(defaultDraft(workplan).priorities as unknown[]).length} rows loaded from “workplan.json”`);
  await expect(page.locator(`#${cellId('progress', 0, 'priority')}`)).toHaveValue(`Outreach ${HOSTILE}`);
  await expect(page.locator(`#${cellId('progress', 0, 'status')}`)).toHaveValue('done');
  await expect(page.locator(`#${cellId('progress', 1, 'status')}`)).toHaveValue('notStarted');
  await expect(page.locator(`#${cellId('progress', 1, 'planned')}`)).toHaveValue(/A feedback report at every meeting/);
  await page.reload();
  await expect(page.locator(`#${cellId('progress', 0, 'priority')}`)).toHaveValue(`Outreach ${HOSTILE}`);

  // The loaded rows reach the downloaded report.
  await page.locator('#f-mvpName').fill('Riverside MVP');
  await page.locator('#f-reportYear').fill('April 2026 to March 2027');
  await page.locator('#f-foreword').fill('A good year.');
  const text = await docxToText((await downloadDocx(page)).bytes);
  expect(text).toContain(`Outreach ${HOSTILE}`);
  expect(text).toMatch(/A feedback report at every meeting/);
});

test('next year’s workplan starts from this year’s file: priorities kept, status and dates reset', async ({ page }) => {
  await page.goto('/templates/workplan/');
  await page.locator('#f-mvpName').fill('Riverside MVP');
  await page.locator('#f-planYear').fill('April 2025 to March 2026');
  await page.locator('#f-agreedOn').fill('2025-03-12');
  await page.locator(`#${cellId('priorities', 0, 'priority')}`).fill('Our own priority');
  await page.locator(`#${cellId('priorities', 0, 'status')}`).selectOption('done');
  const file = await saveAnswers(page);
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();

  await chooseFile(page, 'Start from last year’s workplan', 'last-year.json', file);
  await expect(page.getByRole('status')).toContainText('each status is back to “Not started”');
  await expect(page.locator('#f-mvpName')).toHaveValue('Riverside MVP');
  await expect(page.locator(`#${cellId('priorities', 0, 'priority')}`)).toHaveValue('Our own priority');
  await expect(page.locator(`#${cellId('priorities', 0, 'status')}`)).toHaveValue('notStarted');
  await expect(page.locator('#f-planYear')).toHaveValue('');
  await expect(page.locator('#f-agreedOn')).toHaveValue('');
});

test('agenda items can be reordered by keyboard, with focus kept and the move announced', async ({ page }) => {
  await page.goto('/templates/meeting-agenda/');
  const item = (i: number) => page.locator(`#${cellId('agendaItems', i, 'item')}`);
  const live = page.locator('[data-live]');
  await expect(page.getByRole('button', { name: 'Move up agenda item 1' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Move down agenda item 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(item(0)).toHaveValue('Summary of feedback received since the last meeting');
  await expect(item(1)).toHaveValue('Welcome and introductions');
  await expect(page.getByRole('button', { name: 'Move down agenda item 2' })).toBeFocused();
  await expect(live).toHaveText('“Welcome and introductions” moved down to agenda item 2 of 7.');

  await page.getByRole('button', { name: 'Move up agenda item 7' }).focus();
  await page.keyboard.press('Space');
  await expect(item(5)).toHaveValue('Any other business');
  await expect(page.getByRole('button', { name: 'Move up agenda item 6' })).toBeFocused();
  await expect(live).toHaveText('“Any other business” moved up to agenda item 6 of 7.');
  await page.getByRole('button', { name: 'Move down agenda item 6' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Move up agenda item 7' })).toBeFocused();

  await page.reload();
  await expect(item(0)).toHaveValue('Summary of feedback received since the last meeting');
});

test('the percentage is worked out as counts are typed, and a part larger than the whole is an error; axe passes with errors showing, at 320px too', async ({
  page,
}) => {
  await page.goto('/templates/annual-report/');
  await page.locator('#group-ethnicMinorityMembers').scrollIntoViewIfNeeded();
  const panel = page.getByRole('region', { name: /% of parent members/ });
  await expect(panel).toContainText('to see the percentage');
  await page.locator('#f-parentMembers').fill('12');
  await page.locator('#f-ethnicMinorityMembers').fill('3');
  await expect(panel).toContainText('25% of the MVP’s parent members are from ethnic minority groups (3 of 12).');

  await page.locator('#f-mvpName').fill('Riverside MVP');
  await page.locator('#f-reportYear').fill('2025 to 2026');
  await page.locator('#f-foreword').fill('A good year.');
  await page.locator('#f-ethnicMinorityMembers').fill('13');
  await page.getByRole('button', { name: 'Download as Word' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText(['Parent members from ethnic minority groups must be no more than the number of parent members']);
  await expect(page.locator('#f-ethnicMinorityMembers')).toHaveAttribute('aria-invalid', 'true');

  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/templates/workplan/');
  await page.locator('#f-planYear').fill('');
  await page.getByRole('button', { name: 'Download as Word' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await axeViolations(page), 'at 320 px').toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('FAQ questions 12 and 17 link to the new templates', async ({ page }) => {
  await page.goto('/faq/');
  await expect(page.getByRole('link', { name: 'Annual workplan template, with starter rows from this answer' })).toHaveAttribute(
    'href',
    /\/templates\/workplan\/$/,
  );
  await expect(page.getByRole('link', { name: 'Terms of reference template' })).toHaveAttribute('href', /\/templates\/terms-of-reference\/$/);
  await expect(page.getByRole('link', { name: 'Annual report template' })).toHaveAttribute('href', /\/templates\/annual-report\/$/);
});

test('the workplan downloads as Excel and CSV: a row for each priority, choices by their labels, typed text kept as text', async ({ page }) => {
  await page.goto('/templates/workplan/');
  await page.locator('#f-mvpName').fill(`Riverside ${HOSTILE}`);
  await page.locator('#f-planYear').fill('April 2026 to March 2027');
  await page.locator(`#${cellId('priorities', 0, 'priority')}`).fill(`=1+1 ${HOSTILE}`);
  await page.locator(`#${cellId('priorities', 0, 'status')}`).selectOption('onTrack');
  await page.locator(`#${cellId('priorities', 1, 'timescale')}`).fill('Q3 to Q4');

  const priorities = allFields(workplan).find((f) => f.name === 'priorities');
  if (priorities?.type !== 'rows') throw new Error('the workplan has no priorities table');
  const header = priorities.columns.map((c) => c.label);
  const typed = (defaultDraft(workplan).priorities as Array<Record<string, string>>).map((row) => ({ ...row }));
  Object.assign(typed[0], { priority: `=1+1 ${HOSTILE}`, status: 'onTrack' });
  typed[1].timescale = 'Q3 to Q4';
  const expected = typed.map((row) =>
    priorities.columns.map((c) => (c.type === 'choice' ? c.options.find((o) => o.value === row[c.name])!.label : row[c.name])),
  );
  const stored = new Set(priorities.columns.flatMap((c) => (c.type === 'choice' ? c.options.filter((o) => o.value !== o.label).map((o) => o.value) : [])));

  const excel = await downloadDocx(page, 'Download as Excel');
  expect(excel.name).toMatch(/ - Annual workplan - \d{4}-\d{2}-\d{2}\.xlsx$/);
  const csv = await downloadDocx(page, 'Download as CSV');
  expect(csv.name).toMatch(/ - Annual workplan - \d{4}-\d{2}-\d{2}\.csv$/);
  const sheets: Array<[string, string[][], string]> = [
    ['Excel, as LibreOffice opens it', parseCsv(await xlsxToCsv(excel.bytes, false)), `=1+1 ${HOSTILE}`],
    // In CSV, text that starts like a formula gets a leading apostrophe so it stays text.
    ['CSV', parseCsv(new TextDecoder().decode(csv.bytes)), `'=1+1 ${HOSTILE}`],
  ];
  for (const [what, rows, first] of sheets) {
    const at = rows.findIndex((r) => r.slice(0, header.length).join('|') === header.join('|'));
    expect(at, `${what}: the priorities table has its headings`).toBeGreaterThan(0);
    const wanted = expected.map((row, i) => (i === 0 ? [first, ...row.slice(1)] : row));
    expect(
      rows.slice(at + 1, at + 1 + wanted.length).map((r) => r.slice(0, header.length)),
      what,
    ).toEqual(wanted);
    expect(rows[at + 1][header.indexOf('Status')], what).toBe('Under way, on track');
    expect(
      rows.some((r) => r[0] === 'Year the plan covers' && r[1] === 'April 2026 to March 2027'),
      what,
    ).toBe(true);
    expect(
      rows.flat().filter((cell) => stored.has(cell)),
      `${what}: no stored choice value`,
    ).toEqual([]);
  }
});

/** A budget's answers: a valid one, with a half-penny in its overhead. */
function budgetDraft(): Draft {
  return {
    ...defaultDraft(budget),
    ...Object.fromEntries(budget.costs!.groups.map((g) => [g, []])),
    mvpName: 'Riverside MVP',
    providers: 'Riverside NHS Trust',
    unitCount: '2',
    financialYear: '2026 to 2027',
    overhead: '12.5',
    contingency: '3.33',
    leadership: [{ role: 'Chair', days: '4.5', months: '12', dayRate: '£150', scale: 'each', basis: '' }],
    engagement: [{ item: HOSTILE, quantity: '2.5', unit: '', rate: '£1,250.50', scale: 'once', basis: '' }],
  };
}

test('the annual report takes its budget for the year from a saved budget file; spend stays as typed; a file that does not fit changes nothing', async ({
  page,
}) => {
  const draft = budgetDraft();
  const valid = validateDraft(budget, draft);
  if (!valid.ok) throw new Error(valid.errors[0].message);
  const total = costTotals(budget, valid.answers).total;
  const file = toAnswersFile(budget, draft);

  // The budget template itself shows the same grand total for this file.
  await page.goto('/templates/budget/');
  await chooseFile(page, 'Load answers from a file', 'budget.json', file);
  await expect(page.locator('[data-costs="grand"]')).toHaveText(formatPence(total, true));

  await page.goto('/templates/annual-report/');
  const status = page.getByRole('status');
  const budgetTotal = page.locator('#f-budgetTotal');
  await page.locator('#f-spendTotal').fill('£20,000');
  const cases: Array<[string, string, RegExp]> = [
    ['workplan.json', toAnswersFile(workplan, defaultDraft(workplan)), /answers for the Annual workplan, not the MVP budget/],
    ['broken.json', '{ nope', /could not be read as JSON/],
    [
      'unfinished.json',
      toAnswersFile(budget, { ...draft, overhead: '80' }),
      /The budget in the file is not complete or has a mistake: Hosting organisation overhead must be 50 or less\./,
    ],
    ['empty.json', toAnswersFile(budget, { ...draft, leadership: [], engagement: [] }), /comes to £0\.00/],
  ];
  for (const [name, contents, reason] of cases) {
    await chooseFile(page, 'Load your budget file', name, contents);
    await expect(status).toContainText(reason);
    await expect(status).toContainText('Nothing has been changed.');
    await expect(budgetTotal).toHaveValue('');
  }

  await chooseFile(page, 'Load your budget file', 'budget.json', file);
  await expect(status).toContainText(`“Budget for the year” is now ${formatPence(total, true)}, the total of the budget in “budget.json”.`);
  await expect(budgetTotal).toHaveValue(formatPence(total, true));
  await expect(page.locator('#f-spendTotal')).toHaveValue('£20,000');
  await page.reload();
  await expect(budgetTotal).toHaveValue(formatPence(total, true));

  await page.locator('#f-mvpName').fill('Riverside MVP');
  await page.locator('#f-reportYear').fill('April 2026 to March 2027');
  await page.locator('#f-foreword').fill('A good year.');
  const text = await docxToText((await downloadDocx(page)).bytes);
  expect(text).toContain(formatPence(total, total % 100 !== 0));
  expect(text).toContain('£20,000');
});

test('the minutes start from a saved agenda file: its items, in its order, become the minutes’ items; a file that does not fit changes nothing', async ({
  page,
}) => {
  const minutes = templateBySlug('meeting-minutes')!;
  await page.goto('/templates/meeting-agenda/');
  await page.locator('#f-mvpName').fill('Riverside MVP');
  await page.locator('#f-meetingDate').fill('2026-06-10');
  await page.getByRole('button', { name: 'Move down agenda item 1' }).click();
  // The move redraws the rows (its code may still be loading): type only into the redrawn ones.
  await expect(page.getByRole('button', { name: 'Move down agenda item 2' })).toBeFocused();
  await page.locator(`#${cellId('agendaItems', 2, 'item')}`).fill(`Maternity dashboard ${HOSTILE}`);
  await page.locator(`#${cellId('agendaItems', 2, 'owner')}`).fill('Head of midwifery');
  const file = await saveAnswers(page);
  const agendaItems = JSON.parse(file).answers.agendaItems as Array<Record<string, string>>;

  await page.goto('/templates/meeting-minutes/');
  const status = page.getByRole('status');
  const before = (defaultDraft(minutes).items as Array<Record<string, string>>).map((r) => r.item);
  const cases: Array<[string, string, RegExp]> = [
    ['minutes.json', toAnswersFile(minutes, defaultDraft(minutes)), /answers for the Meeting minutes and action log, not the Meeting agenda/],
    ['broken.json', '{ nope', /could not be read as JSON/],
    ['empty.json', JSON.stringify({ ...JSON.parse(file), answers: { ...JSON.parse(file).answers, agendaItems: [] } }), /no agenda item rows/],
  ];
  for (const [name, contents, reason] of cases) {
    await chooseFile(page, 'Load your saved agenda file', name, contents);
    await expect(status).toContainText(reason);
    await expect(status).toContainText('Nothing has been changed.');
    await expect(page.locator(`#${cellId('items', 0, 'item')}`)).toHaveValue(before[0]);
  }

  await chooseFile(page, 'Load your saved agenda file', 'agenda.json', file);
  await expect(status).toContainText(`${agendaItems.length} rows loaded from “agenda.json” into “Items”. Add what was discussed and decided under each one.`);
  for (const [i, row] of agendaItems.entries()) {
    await expect(page.locator(`#${cellId('items', i, 'item')}`)).toHaveValue(row.item);
    await expect(page.locator(`#${cellId('items', i, 'lead')}`)).toHaveValue(row.owner);
  }
  await expect(page.locator(`#${cellId('items', 0, 'item')}`)).toHaveValue('Summary of feedback received since the last meeting');
  await expect(page.locator(`#${cellId('items', 2, 'item')}`)).toHaveValue(`Maternity dashboard ${HOSTILE}`);
  await page.locator(`#${cellId('items', 2, 'decision')}`).fill(`Ask for the dashboard a week early ${HOSTILE}`);
  await page.reload();
  await expect(page.locator(`#${cellId('items', 2, 'lead')}`)).toHaveValue('Head of midwifery');

  await page.locator('#f-mvpName').fill('Riverside MVP');
  await page.locator('#f-meetingDate').fill('2026-06-10');
  const text = await docxToText((await downloadDocx(page)).bytes);
  expect(text).toContain(`Maternity dashboard ${HOSTILE}`);
  expect(text).toContain(`Ask for the dashboard a week early ${HOSTILE}`);
  expect(text.indexOf('Summary of feedback received since the last meeting')).toBeLessThan(text.indexOf('Welcome and introductions'));
});

test('what was discussed at a meeting takes several lines: Enter breaks the line at a desk, and every line reaches Word and survives a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/templates/meeting-minutes/');
  const discussion = page.locator(`#${cellId('items', 1, 'discussion')}`);
  await expect(discussion).toHaveJSProperty('tagName', 'TEXTAREA');
  await expect(discussion).toHaveAccessibleName('What was discussed (optional) (item 2)');
  await expect(page.locator('#group-items .rows-grid__keys')).toContainText('In a box of several lines, Enter starts a new line.');
  await discussion.focus();
  await page.keyboard.type('Three families said the car park is full at visiting time.');
  await page.keyboard.press('Enter');
  await expect(discussion, 'Enter breaks the line rather than moving to the next item').toBeFocused();
  await page.keyboard.type(`The trust will look at a drop-off bay. ${HOSTILE}`);
  await page.keyboard.press('ArrowUp');
  await expect(discussion, 'up moves within the box').toBeFocused();
  const typed = `Three families said the car park is full at visiting time.\nThe trust will look at a drop-off bay. ${HOSTILE}`;
  await expect(discussion).toHaveValue(typed);
  // Left from the start of the box still moves to the box before, as in the rest of the grid.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(`#${cellId('items', 1, 'lead')}`)).toBeFocused();
  // Too long gets the message beside the box and in the summary, as any answer does.
  await page.locator(`#${cellId('items', 2, 'decision')}`).fill('x'.repeat(1001));
  await page.locator('#f-mvpName').fill('Riverside MVP');
  await page.locator('#f-meetingDate').fill('2026-06-10');
  await page.getByRole('button', { name: 'Download as Word' }).click();
  await expect(page.locator('.error-summary')).toContainText('Decided for item 3 must be 1,000 characters or fewer');
  await expect(page.locator(`#${cellId('items', 2, 'decision')}-error`)).toContainText('must be 1,000 characters or fewer');
  await page.locator(`#${cellId('items', 2, 'decision')}`).fill('Agreed');

  await page.reload();
  await expect(discussion).toHaveValue(typed);
  const text = await docxToText((await downloadDocx(page)).bytes);
  expect(text).toMatch(/Three families said the car park is full at visiting time\.\s*\n\s*The trust will look at a drop-off bay\./);
  expect(text).toContain(HOSTILE);
});

test('an expenses claim with no rate per mile: fares alone download; a line with miles gets the message beside the rate and in the summary', async ({
  page,
}) => {
  await page.goto('/templates/expenses-claim/');
  for (const [name, value] of Object.entries({ mvpName: 'Riverside MVP', claimant: 'Sam Jones', role: 'Service user member', period: 'April 2026' })) {
    await page.locator(`#f-${name}`).fill(value);
  }
  await page.getByRole('button', { name: 'Add another line' }).click();
  await page.locator(`#${cellId('claims', 0, 'date')}`).fill('2026-04-01');
  await page.locator(`#${cellId('claims', 0, 'purpose')}`).fill('Bus to the MVP meeting');
  await page.locator(`#${cellId('claims', 0, 'fares')}`).fill('4.20');
  const text = await docxToText((await downloadDocx(page)).bytes);
  expect(text).toContain('£4.20');

  await page.locator(`#${cellId('claims', 0, 'miles')}`).fill('12');
  await page.getByRole('button', { name: 'Download as Word' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter the rate per mile, as a line claims miles driven']);
  await expect(page.locator('#f-ratePerMile')).toHaveAccessibleDescription(/Enter the rate per mile, as a line claims miles driven/);
  await summary.getByRole('link').click();
  await expect(page.locator('#f-ratePerMile')).toBeFocused();
});

test('an expenses claim: each line’s amount and the total as you type, and Word, Excel (recalculated by LibreOffice) and CSV agree to the penny', async ({
  page,
}) => {
  // Three LibreOffice starts (Word, and Excel twice): on a busy 2-core machine that alone can take most of a minute.
  test.setTimeout(120_000);
  const expenses = templateBySlug('expenses-claim')!;
  const lines = [
    { date: '2026-04-01', purpose: 'Full MVP meeting', from: 'Home', to: 'Riverside Hospital', miles: '12.5', parking: '£3.20' },
    { date: '2026-04-15', purpose: `=1+1 ${HOSTILE}`, fares: '4.20', care: '£25', other: '0.01' },
    { date: '2026-05-02', purpose: 'Walk the Patch', miles: '0.1', care: '1,000' },
  ];
  await page.goto('/templates/expenses-claim/');
  for (const [name, value] of Object.entries({
    mvpName: 'Riverside MVP',
    claimant: 'Sam Jones',
    role: 'Service user member',
    period: 'April to May 2026',
    ratePerMile: '0.45',
  })) {
    await page.locator(`#${fieldId(name)}`).fill(value);
  }
  for (const [i, line] of lines.entries()) {
    await page.locator('#f-claims-add').click();
    for (const [column, value] of Object.entries(line)) await page.locator(`#${cellId('claims', i, column)}`).fill(value);
  }
  const draft: Draft = {
    ...defaultDraft(expenses),
    mvpName: 'Riverside MVP',
    claimant: 'Sam Jones',
    role: 'Service user member',
    period: 'April to May 2026',
    ratePerMile: '0.45',
    claims: lines.map((l) => ({ from: '', to: '', miles: '', fares: '', parking: '', care: '', other: '', ...l })),
  };
  const valid = validateDraft(expenses, draft);
  if (!valid.ok) throw new Error(valid.errors[0].message);
  const [claimed] = tableAmounts(expenses, valid.answers);
  // Worked out by hand: 12.5 × 45p = 562.5p, rounded up, + £3.20; £4.20 + £25 + 1p; 0.1 × 45p = 4.5p, rounded up, + £1,000.
  expect(claimed.lines).toEqual([883, 2921, 100_005]);
  expect(claimed.total).toBe(103_809);

  await expect(page.locator('[data-amount-of="claims"][data-index="0"]')).toHaveText('Amount claimed for this line: £8.83');
  await expect(page.locator('[data-amount-of="claims"][data-index="2"]')).toHaveText('Amount claimed for this line: £1,000.05');
  await expect(page.locator('[data-totals="claims"][data-amount-total]')).toHaveText('Total amount claimed: £1,038.09');
  await expect(page.locator('[data-totals="claims"]').first()).toHaveText(
    'Total miles driven: 12.6 miles. Total fares: £4.20. Total parking: £3.20. Total childcare or other caring costs: £1,025.00. Total other costs: £0.01',
  );
  await page.locator('#f-ratePerMile').fill('');
  // The words are read out; a grid at a desk shows a dash in their place (line-amounts-dom.ts).
  await expect(page.locator('[data-amount-of="claims"][data-index="0"] .row-amount__pending')).toHaveText('fill in the figures to see it');
  await expect(page.locator('[data-amount-of="claims"][data-index="0"] strong')).toHaveText('Amount claimed for this line: ');
  await expect(page.locator('[data-amount-of="claims"][data-index="1"]')).toHaveText('Amount claimed for this line: £29.21');
  await expect(page.locator('[data-amounts="incomplete"]')).toHaveText('2 lines are left out of the total until their figures are filled in or put right.');
  await page.locator('#f-ratePerMile').fill('0.45');
  await page.reload();
  await expect(page.locator('[data-totals="claims"][data-amount-total]')).toHaveText('Total amount claimed: £1,038.09');

  const text = await docxToText((await downloadDocx(page)).bytes);
  for (const value of ['£8.83', '£29.21', '£1,000.05', '£1,038.09', `=1+1 ${HOSTILE}`, 'Account number: ______']) expect(text, value).toContain(value);

  const excel = await downloadDocx(page, 'Download as Excel');
  expect(excel.name).toMatch(/ - Expenses claim - \d{4}-\d{2}-\d{2}\.xlsx$/);
  const spoiled = await spoilCachedValues(excel.bytes);
  expect(spoiled.formulas).toBeGreaterThanOrEqual(lines.length + 1);
  for (const rows of [parseCsv(await xlsxToCsv(excel.bytes, false)), parseCsv(await xlsxToCsv(spoiled.bytes, true))]) {
    const header = rows.findIndex((r) => r[0] === 'Date' && r[1] === 'What it was for');
    const column = rows[header].indexOf('Amount claimed');
    expect(rows.slice(header + 1, header + 1 + lines.length).map((r) => penceOf(r[column]))).toEqual(claimed.lines);
    expect(amountIn(rows, 'Total: journeys and costs')).toBe(claimed.total);
    expect(rows[header + 2][1]).toBe(`=1+1 ${HOSTILE}`);
  }
  const csv = parseCsv(new TextDecoder().decode((await downloadDocx(page, 'Download as CSV')).bytes));
  expect(amountIn(csv, 'Total: journeys and costs')).toBe(claimed.total);
  expect(csv.flat()).toContain(`'=1+1 ${HOSTILE}`);
  await expect(page.getByRole('heading', { name: 'Bank details and signature' })).toBeVisible();
  await expect(page.getByText('you should not type them anywhere on this site')).toBeVisible();
});

test('the new templates are listed by kind, linked from the toolkit sections they serve, and the expenses form asks for no bank details', async ({ page }) => {
  await page.goto('/templates/');
  for (const [heading, title] of [
    ['Budgets and expenses', 'Expenses claim form'],
    ['Meetings and governance', 'Meeting minutes and action log'],
    ['Plans and reports', 'We said, we did report'],
    ['Gathering feedback', 'Feedback visit record: Walk the Patch and 15 Steps'],
  ]) {
    const id = await page.getByRole('heading', { name: heading, exact: true }).getAttribute('id');
    await expect(page.locator(`ul[aria-labelledby="${id}"]`).getByRole('link', { name: title, exact: true })).toBeVisible();
  }
  const served: Array<[string, string]> = [
    ['/toolkit/setting-up/paying-remuneration-and-expenses/', 'Expenses claim form'],
    ['/toolkit/consolidating/budget/', 'Expenses claim form'],
    ['/toolkit/getting-established/meetings/', 'Meeting minutes and action log'],
    ['/toolkit/consolidating/meeting-format/', 'Meeting minutes and action log'],
    ['/toolkit/consolidating/annual-workplan/', 'Meeting minutes and action log'],
    ['/toolkit/pioneering/helping-to-do-the-work/', 'We said, we did report'],
    ['/toolkit/consolidating/coproduction/', 'We said, we did report'],
    ['/toolkit/consolidating/reviewing-services/', 'We said, we did report'],
    ['/toolkit/consolidating/feedback/', 'Feedback visit record: Walk the Patch and 15 Steps'],
    ['/toolkit/getting-established/identifying-priority-issues/', 'Feedback visit record: Walk the Patch and 15 Steps'],
  ];
  for (const [path, title] of served) {
    await page.goto(path);
    await expect(page.getByRole('complementary', { name: 'Templates for this section' }).getByRole('link', { name: title, exact: true }), path).toBeVisible();
  }
  await page.goto('/templates/expenses-claim/');
  const labels = await page.locator('label, legend').allTextContents();
  expect(labels.filter((l) => /bank|sort code|account/i.test(l))).toEqual([]);
});
