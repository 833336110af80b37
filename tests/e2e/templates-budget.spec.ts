// The budget builder in Chromium: fill a budget, watch the totals, download Word, Excel and CSV,
// and have LibreOffice open them and recalculate the spreadsheet to the same pence.
import { test, expect, type Page } from '@playwright/test';
import { expectAccessibleAtDesktopAndPhone } from '../support/axe.ts';
import def from '../../templates/budget/definition.ts';
import { costTotals } from '../../src/templates-engine/costs.ts';
import { validateDraft } from '../../src/templates-engine/schema.ts';
import { formatPence } from '../../src/templates-engine/money.ts';
import type { Draft, RowsField } from '../../src/templates-engine/types.ts';
import { docxToText, xlsxToCsv } from '../support/libreoffice.ts';
import { downloadDocx, HOSTILE } from '../support/template-form.ts';
import { amountIn, parseCsv, spoilCachedValues } from '../support/sheets.ts';

const PAGE = '/templates/budget/';
const pounds = (p: number) => formatPence(p, true);
const fields = def.sections.flatMap((s) => s.fields);
const rowsField = (name: string) => fields.find((f) => f.name === name) as RowsField;

/** What the test types: amounts in the forms people use, a half-penny tie, lines scaled by units. */
const typed = {
  mvpName: `Riverside ${HOSTILE}`,
  providers: 'Riverside NHS Trust',
  unitCount: '3',
  financialYear: '2026 to 2027',
  overhead: '12.5',
  contingency: '3.33',
  leadership: [
    { role: 'Chair', days: '4.5', months: '12', dayRate: '£150', scale: 'each', basis: '' },
    { role: 'Vice-chair', days: '0.33', months: '7.5', dayRate: '151.01', scale: 'once', basis: '' },
  ],
  posts: [{ post: 'MNVP Lead', wte: '0.6', salary: '£48,526.25', onCosts: '23.7', scale: 'once', basis: '' }],
  engagement: [
    { item: 'Venue hire', quantity: '10', unit: 'sessions', rate: '£1,250.50', scale: 'each', basis: '' },
    { item: HOSTILE, quantity: '2.5', unit: '', rate: ' 1 250 ', scale: 'once', basis: HOSTILE },
  ],
  research: [{ item: 'Commissioned research', quantity: '1', unit: '', rate: '1250', scale: 'once', basis: '' }],
};

async function fillRows(page: Page, name: keyof typeof typed, rows: Array<Record<string, string>>) {
  const remove = page.locator(`button[data-remove="${name}"]`);
  while ((await remove.count()) > 0) await remove.first().click();
  for (const [i, row] of rows.entries()) {
    await page.locator(`#f-${name}-add`).click();
    for (const [column, value] of Object.entries(row)) {
      const control = page.locator(`#f-${name}-${i + 1}-${column}`);
      if (rowsField(name).columns.find((c) => c.name === column)?.type === 'choice') await control.selectOption(value);
      else await control.fill(value);
    }
  }
}

async function fillBudget(page: Page) {
  await page.goto(PAGE);
  for (const name of ['mvpName', 'providers', 'unitCount', 'financialYear', 'overhead', 'contingency'] as const)
    await page.locator(`#f-${name}`).fill(typed[name]);
  for (const group of def.costs!.groups) {
    await fillRows(page, group as keyof typeof typed, (typed as unknown as Record<string, Array<Record<string, string>>>)[group] ?? []);
  }
}

function expectedTotals() {
  const draft: Draft = Object.fromEntries(fields.map((f) => [f.name, f.type === 'rows' ? [] : '']));
  Object.assign(draft, typed);
  const result = validateDraft(def, draft);
  if (!result.ok) throw new Error(result.errors[0].message);
  return costTotals(def, result.answers);
}

async function download(page: Page, button: string) {
  return downloadDocx(page, button);
}

test('fill a budget: totals update as you type, survive a reload, and Word, Excel and CSV agree to the penny', { tag: '@smoke' }, async ({ page, baseURL }) => {
  // Three LibreOffice starts (Word, and Excel twice): on a busy 2-core machine that alone can take most of a minute.
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const requests: Array<{ url: string; method: string; body: string | null }> = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  await fillBudget(page);
  const totals = expectedTotals();
  // Worked out by hand: 4.5 × 12 × £150 × 3 units; 10 × £1,250.50 × 3 units; 2.5 × £1,250.
  expect(totals.groups[0].lines[0]).toBe(2_430_000);
  expect(totals.groups.find((g) => g.name === 'engagement')!.lines).toEqual([3_751_500, 312_500]);

  const costs = page.locator('[data-display="costs"]');
  await expect(page.locator('[data-amount-of="leadership"][data-index="0"]')).toHaveText('Cost of this line: £24,300.00');
  await expect(page.locator('[data-amount-of="leadership"][data-index="1"]')).toHaveText('Cost of this line: £373.75');
  await expect(page.locator('[data-amount-of="posts"][data-index="0"]')).toHaveText('Cost of this line: £36,016.18');
  await expect(page.locator('[data-totals="engagement"]')).toHaveText(`Total for engagement and outreach: ${pounds(40_640_00)}`);
  await expect(costs.locator('[data-costs="grand"]')).toHaveText(pounds(totals.total));
  await expect(costs.locator('[data-costs="per"]')).toHaveText(pounds(totals.perEach!));
  await expect(costs.locator('[data-costs="total"]')).toHaveText(
    `The budget comes to ${pounds(totals.total)}, or ${pounds(totals.perEach!)} for each of the 3 maternity units.`,
  );
  const largest = [...totals.groups].sort((a, b) => b.total - a.total)[0];
  await expect(costs.locator('[data-costs="summary"]')).toContainText(
    `${largest.label} is ${Math.round((largest.total * 100) / totals.total)}% of the budget, the largest share.`,
  );
  await expect(costs.getByRole('table', { name: 'Spend by group' }).getByRole('row', { name: /Employed posts/ })).toContainText('£36,016.18');

  // Typing changes the totals at once.
  await page.locator('#f-unitCount').fill('4');
  await expect(page.locator('[data-amount-of="leadership"][data-index="0"]')).toHaveText('Cost of this line: £32,400.00');
  await page.locator('#f-unitCount').fill('3');

  await page.reload();
  await expect(page.locator('#f-engagement-1-rate')).toHaveValue('£1,250.50');
  await expect(costs.locator('[data-costs="grand"]')).toHaveText(pounds(totals.total));

  const word = await download(page, 'Download as Word');
  expect(word.name).toMatch(/ - Budget - \d{4}-\d{2}-\d{2}\.docx$/);
  const text = await docxToText(word.bytes);
  for (const expected of [
    pounds(totals.total),
    pounds(totals.perEach!),
    '£24,300.00',
    '4.5 days a month × 12 months × £150.00, × 3 maternity units',
    '0.6 WTE × £48,526.25 + 23.7% on-costs',
    HOSTILE,
    'half a penny rounded up',
  ]) {
    expect(text, expected).toContain(expected);
  }

  const excel = await download(page, 'Download as Excel');
  expect(excel.name).toMatch(/ - Budget - \d{4}-\d{2}-\d{2}\.xlsx$/);
  const spoiled = await spoilCachedValues(excel.bytes);
  for (const rows of [parseCsv(await xlsxToCsv(excel.bytes, false)), parseCsv(await xlsxToCsv(spoiled.bytes, true))]) {
    for (const g of totals.groups) expect(amountIn(rows, g.label), g.label).toBe(g.total);
    expect(amountIn(rows, 'Total of all lines')).toBe(totals.subtotal);
    expect(amountIn(rows, 'Hosting organisation overhead')).toBe(totals.additions[0].amount);
    expect(amountIn(rows, 'Contingency')).toBe(totals.additions[1].amount);
    expect(amountIn(rows, 'Total budget')).toBe(totals.total);
    expect(amountIn(rows, 'Cost for each maternity unit')).toBe(totals.perEach);
    expect(rows.some((r) => r[0] === HOSTILE)).toBe(true);
  }

  const csv = await download(page, 'Download as CSV');
  expect(csv.name).toMatch(/ - Budget - \d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(new TextDecoder().decode(csv.bytes));
  expect(amountIn(rows, 'Total budget')).toBe(totals.total);
  expect(amountIn(rows, 'Cost for each maternity unit')).toBe(totals.perEach);
  expect(rows.some((r) => r[0] === HOSTILE)).toBe(true);

  const elsewhere = requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  expect(elsewhere.map((r) => r.url)).toEqual([]);
  expect(requests.filter((r) => r.method !== 'GET' || r.body).map((r) => `${r.method} ${r.url}`)).toEqual([]);
});

test('the cost code loads when first needed: not with a blank budget, at once with kept answers, and no wrong figure is ever shown', async ({ page }) => {
  const costCode: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/(costs|costs-dom|line-amounts-dom)\.[\w-]+\.js$/.test(r.url())) costCode.push(r.url());
  });
  await page.goto(PAGE);
  await expect(page.locator('.template-form.is-ready')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(costCode, 'no cost code on the first load of a blank budget').toEqual([]);
  // The figures of the suggested answers are drawn at build time (components/templates/markup/costs.ts).
  await expect(page.locator('[data-bar-total]')).toHaveText('Budget so far: £0.00');
  // With no answers kept they are right, and shown from the start.
  await expect(page.locator('[data-bar-total]')).toBeVisible();

  // Starting on the form loads it; the first line's cost then shows as it is typed.
  await page.locator('#f-leadership-1-days').fill('4');
  await expect(page.locator('[data-amount-of="leadership"][data-index="0"]')).toHaveText(/^Cost of this line: £[\d,]+\.\d\d$/);
  expect(costCode.length).toBeGreaterThan(0);
  const line = await page.locator('[data-amount-of="leadership"][data-index="0"]').textContent();
  const total = await page.locator('[data-bar-total]').textContent();
  expect(total).toMatch(/^Budget so far: £[\d,]+\.\d\d$/);

  // After a reload the kept answers' figures show without anything being touched, and nothing else is shown first.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400))); // the answers are saved once typing pauses
  // What is on the screen at each frame: the figures drawn at build time are those of the suggested answers (£0.00),
  // so they must not be shown while the kept answers' figures are worked out (their place is kept, template-form.css).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const look = () => {
      for (const el of document.querySelectorAll('[data-bar-total], [data-amount-of="leadership"][data-index="0"]'))
        if (el.checkVisibility({ visibilityProperty: true })) seen.push(el.textContent ?? '');
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.reload();
  await expect(page.locator('[data-bar-total]')).toHaveText(total!);
  await expect(page.locator('[data-amount-of="leadership"][data-index="0"]')).toHaveText(line!);
  await expect(page.locator('[data-bar-total]')).toBeVisible();
  await expect(page.locator('[data-amount-of="leadership"][data-index="0"]')).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(
    seen.filter((text) => text !== '' && text !== total && text !== line),
    'only the right figures shown, or nothing yet',
  ).toEqual([]);
});

test('wrong figures get a message beside the field as they are typed, which goes when put right', async ({ page }) => {
  await page.goto(PAGE);
  const rate = page.locator('#f-leadership-1-dayRate');
  const cases: Array<[string, string]> = [
    ['-150', 'Day rate for remuneration line 1 must be £0 or more'],
    ['lots', 'Day rate for remuneration line 1 must be an amount of money, like £150 or £1,250.50'],
    ['£20,000', 'Day rate for remuneration line 1 must be £2,000 or less'],
  ];
  for (const [value, message] of cases) {
    await rate.fill(value);
    await rate.blur();
    await expect(page.locator('#f-leadership-1-dayRate-error')).toHaveText(`Error: ${message}`);
    await expect(rate).toHaveAttribute('aria-invalid', 'true');
    await expect(rate).toHaveAccessibleDescription(new RegExp(message.replace(/[£(),.]/g, '.')));
  }
  await page.locator('#f-leadership-1-days').fill('4.555');
  await page.locator('#f-leadership-1-days').blur();
  await expect(page.locator('#f-leadership-1-days-error')).toHaveText(
    'Error: Days a month for remuneration line 1 must have 2 decimal places or fewer, like 1.25',
  );
  await expect(page.locator('[data-costs="incomplete"]')).toContainText('left out of the totals');
  await rate.fill('£150');
  await expect(page.locator('#f-leadership-1-dayRate-error')).toBeHidden();
  await expect(rate).not.toHaveAttribute('aria-invalid');
});

test('axe finds no violation on the budget with errors showing, at 320px too, and nothing overflows', async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('#f-leadership-1-dayRate').fill('-5');
  await page.locator('#f-posts-1-wte').fill('many');
  await page.locator('#f-overhead').fill('80');
  await page.getByRole('button', { name: 'Download as Excel' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Hosting organisation overhead must be 50 or less' })).toBeVisible();
  await expectAccessibleAtDesktopAndPhone(page);
});

test('budget answers save to a file and load back with the same totals; the zip library loads only for Excel', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(PAGE);
  await page.locator('#f-leadership-1-days').fill('2');
  const grand = page.locator('[data-costs="grand"]');
  await expect(grand).toHaveText('£3,600.00');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save answers to a file' }).click()]);
  const contents = Buffer.concat(await (await saved.createReadStream()).toArray());
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(grand).toHaveText('£0.00');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load answers from a file' }).click()]);
  await chooser.setFiles({ name: 'budget.json', mimeType: 'application/json', buffer: contents });
  await expect(grand).toHaveText('£3,600.00');

  expect(scripts.filter((s) => /jszip|sheet-browser/.test(s))).toEqual([]);
  await fillBudget(page);
  await download(page, 'Download as Excel');
  expect(scripts.some((s) => /sheet-browser/.test(s))).toBe(true);
});

test('FAQ questions 5 and 10 link to the budget, and toolkit 2.4 and 4.20 list it', async ({ page }) => {
  await page.goto('/faq/');
  await expect(page.getByRole('link', { name: /Budget template/ })).toHaveCount(2);
  await page.goto('/toolkit/setting-up/budget/');
  await page.getByRole('complementary', { name: 'Templates for this section' }).getByRole('link', { name: 'MVP budget' }).click();
  await expect(page).toHaveURL(/\/templates\/budget\/$/);
  await page.goto('/toolkit/consolidating/budget/');
  await expect(page.getByRole('complementary', { name: 'Templates for this section' }).getByRole('link', { name: 'MVP budget' })).toBeVisible();
});

test('the blank budget downloads as a Word paper with write-in lines', async ({ page }) => {
  await page.goto(PAGE);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download a blank MVP budget' }).click()]);
  expect(file.suggestedFilename()).toBe('Budget (blank).docx');
  const text = await docxToText(new Uint8Array(Buffer.concat(await (await file.createReadStream()).toArray())));
  for (const heading of ['Summary', 'Service user leadership remuneration', 'Employed posts', 'Total budget', '______']) expect(text).toContain(heading);
  expect(text).not.toMatch(/undefined|\+\+\+/);
});
