// The form's behaviour: errors, answer files, clearing, blank downloads, accessibility, small screens.
import { test, expect, type Page } from '@playwright/test';
import { expectAccessibleAtDesktopAndPhone } from '../support/axe.ts';
import { templates } from '../../templates/index.ts';
import { toAnswersFile } from '../../src/templates-engine/answers-file.ts';
import { defaultDraft } from '../../src/templates-engine/draft.ts';
import { docxToText, docxToTexts } from '../support/libreoffice.ts';
import { downloadDocx } from '../support/template-form.ts';
import { allFields } from '../../src/templates-engine/schema.ts';
import { fieldId } from '../../src/templates-engine/ids.ts';

const chair = templates.find((t) => t.slug === 'chair-role-description')!;
const vice = templates.find((t) => t.slug === 'vice-chair-role-description')!;
const PAGE = `/templates/${chair.slug}/`;

async function showErrors(page: Page) {
  await page.goto(PAGE);
  await page.locator('#f-roleTitle').fill('');
  await page.locator('#f-purpose').fill('x'.repeat(2001));
  await page.locator('#f-dayRate').fill('-5');
  await page.locator('#f-daysPerMonth').fill('lots');
  await page.locator('#f-timeBreakdown-1-days').fill('40');
  await page.locator('#f-responsibilities-1').fill('y'.repeat(501));
  await page.getByRole('button', { name: 'Download as Word' }).click();
}

test('errors show in a focused summary that links to each field, and beside each field', { tag: '@smoke' }, async ({ page }) => {
  await showErrors(page);
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const expected = [
    'Enter your MVP’s name',
    'Enter the role title',
    'Purpose of the role must be 2,000 characters or fewer',
    'Responsibility 1 must be 500 characters or fewer',
    'Days a month must be a number, like 2 or 2.5',
    'Days a month for activity 1 must be 31 or less',
    'Day rate must be £0 or more',
  ];
  await expect(summary.getByRole('link')).toHaveText(expected);
  for (const message of expected) await expect(page.locator('.error-message').filter({ hasText: message })).toBeVisible();
  await expect(page.locator('#f-dayRate')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-dayRate')).toHaveAccessibleDescription(/Day rate must be £0 or more/);
  await expect(page.locator('#f-purpose-count')).toHaveText('You have 1 character too many');

  await summary.getByRole('link', { name: 'Day rate must be £0 or more' }).click();
  await expect(page.locator('#f-dayRate')).toBeFocused();
});

test('axe finds no violation on a template page with errors showing, at 320px too', async ({ page }) => {
  await showErrors(page);
  await expectAccessibleAtDesktopAndPhone(page);
});

// Every other template, with each of its required text answers emptied. The role descriptions are one form
// (templates/role-description.ts), covered by the chair's test above.
for (const def of templates.filter((t) => t.category !== 'Role descriptions')) {
  test(`axe finds no violation on the ${def.title} with errors showing, at 320px too`, async ({ page }) => {
    await page.goto(`/templates/${def.slug}/`);
    const emptied = allFields(def).filter((f) => f.required && (f.type === 'text' || f.type === 'longText'));
    for (const field of emptied) await page.locator(`#${fieldId(field.name)}`).fill('');
    await page.getByRole('button', { name: 'Download as Word' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(emptied.length);
    await expect(page.locator(`#${fieldId(def.nameField)}`)).toHaveAttribute('aria-invalid', 'true');
    await expectAccessibleAtDesktopAndPhone(page);
  });
}

test('a list can be added to and removed from by keyboard alone', async ({ page }) => {
  await page.goto(PAGE);
  const items = page.locator('[data-item-of="desirable"]');
  const before = await items.count();
  await page.locator('#f-desirable-add').focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(before + 1);
  await expect(page.locator(`#f-desirable-${before + 1}`)).toBeFocused();
  await page.keyboard.type('Speaks a community language');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Remove desirable requirement ${before + 1}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(before);
  await expect(page.locator(`#f-desirable-${before}`)).toBeFocused();
});

async function loadFile(page: Page, name: string, contents: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load answers from a file' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test('an answers file that does not fit this template is refused with a reason, changing nothing', async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('#f-mvpName').fill('Riverside MVP');
  const good = JSON.parse(toAnswersFile(chair, { ...defaultDraft(chair), mvpName: 'From file' }));
  const cases: Array<[string, string, RegExp]> = [
    ['bad.json', '{ not json', /could not be read as JSON/],
    ['other.json', toAnswersFile(vice, defaultDraft(vice)), /answers for the Vice-chair role description, not the Chair role description/],
    ['old.json', JSON.stringify({ ...good, version: 99 }), /version 99 of this template/],
    [
      'type.json',
      JSON.stringify({ ...good, answers: { ...good.answers, responsibilities: 'one big string' } }),
      /“Key responsibilities” in the file should be a list of text, but it is text/,
    ],
    [
      'choice.json',
      JSON.stringify({ ...good, answers: { ...good.answers, payBasis: 'barter' } }),
      /“How the role is paid” in the file should be one of the listed options/,
    ],
    ['extra.json', JSON.stringify({ ...good, answers: { ...good.answers, password: 'x' } }), /called “password”, which this template does not have/],
    ['random.json', '{"hello": 1}', /not a saved answers file/],
  ];
  for (const [name, contents, reason] of cases) {
    await loadFile(page, name, contents);
    const status = page.getByRole('status');
    await expect(status).toContainText(reason);
    await expect(status).toContainText('Nothing has been changed.');
    await expect(page.locator('#f-mvpName')).toHaveValue('Riverside MVP');
  }
  await loadFile(page, 'good.json', JSON.stringify(good));
  await expect(page.locator('#f-mvpName')).toHaveValue('From file');
});

test('answers saved to a file load back, and clearing asks first', async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('#f-mvpName').fill('Saved MVP');
  await page.locator('#f-contact').fill('chair@example.org');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save answers to a file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Saved MVP - Chair role description answers - \d{4}-\d{2}-\d{2}\.json$/);
  const saved = await (await download.createReadStream()).toArray();

  await page.getByRole('button', { name: 'Clear my answers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear all your answers?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'No, keep my answers' }).click();
  await expect(page.locator('#f-mvpName')).toHaveValue('Saved MVP');

  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await dialog.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.locator('#f-mvpName')).toHaveValue('');
  await page.reload();
  await expect(page.locator('#f-mvpName')).toHaveValue('');

  await loadFile(page, 'saved.json', Buffer.concat(saved).toString('utf8'));
  await expect(page.locator('#f-mvpName')).toHaveValue('Saved MVP');
  await expect(page.locator('#f-contact')).toHaveValue('chair@example.org');
});

test('empty optional answers give a tidy document with no empty headings', async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('#f-mvpName').fill('Tidy MVP');
  await page.locator('#f-daysPerMonth').fill('4');
  await page.locator('#f-worksWith').fill('');
  for (const name of ['timeBreakdown', 'desirable', 'support', 'training', 'it']) {
    const remove = page.locator(`button[data-remove="${name}"]`);
    while ((await remove.count()) > 0) await remove.first().click();
  }
  await page.locator('#f-purpose').fill('p'.repeat(2000));
  const { bytes } = await downloadDocx(page);
  const text = await docxToText(bytes);
  expect(text).toContain('p'.repeat(2000));
  for (const heading of ['Works closely with', 'How the time is spent', 'Desirable', 'Support, training and IT', 'Contact', 'Agreed on']) {
    expect(text.split('\n').map((l) => l.trim())).not.toContain(heading);
  }
  expect(text).not.toMatch(/undefined|null|\+\+\+/);
  expect(text).toContain('£150');
});

/** A heading each blank document shows; role descriptions all show "Purpose of the role". */
const BLANK_HEADING: Record<string, string> = {
  budget: 'Summary',
  workplan: 'Where the plan has nothing',
  'annual-report': 'You said, we did',
  'terms-of-reference': 'Founding principles',
  'meeting-agenda': 'Agenda',
  'remuneration-confirmation': 'What this letter is for',
  'expenses-confirmation': 'What this letter is for',
  'welcome-information': 'Getting involved',
  'social-media-guidelines': 'Independence',
  'meeting-minutes': 'Action log',
  'expenses-claim': 'Bank details',
  'we-said-we-did': 'What you said and what we did',
  'feedback-visit-record': 'Themes',
};

test('every template page offers its blank Word document, and each opens in LibreOffice with its headings and lines to write on', async ({ page }) => {
  test.setTimeout(180_000);
  const blanks: Uint8Array[] = [];
  for (const def of templates) {
    await page.goto(`/templates/${def.slug}/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Download a blank ${def.title}` }).click()]);
    expect(download.suggestedFilename()).toBe(`${def.fileLabel} (blank).docx`);
    blanks.push(new Uint8Array(Buffer.concat(await (await download.createReadStream()).toArray())));
  }
  // One LibreOffice start opens them all (a start costs seconds; the documents are the same either way).
  const texts = await docxToTexts(blanks);
  templates.forEach((def, i) => {
    const text = texts[i]!;
    expect.soft(text, def.slug).toContain(BLANK_HEADING[def.slug] ?? 'Purpose of the role');
    expect.soft(text, def.slug).toContain('______');
    if (def.category === 'Role descriptions') expect.soft(text, def.slug).toContain('☐ Involvement payment at a day rate');
    expect.soft(text, def.slug).not.toMatch(/undefined|\+\+\+/);
  });
});

test('the templates index lists every template, and toolkit sections link to the templates that serve them', async ({ page }) => {
  await page.goto('/templates/');
  for (const def of templates) await expect(page.getByRole('link', { name: def.title, exact: true })).toBeVisible();
  await page.goto('/toolkit/setting-up/paying-remuneration-and-expenses/');
  const related = page.getByRole('complementary', { name: 'Templates for this section' });
  await related.getByRole('link', { name: 'Chair role description', exact: true }).click();
  await expect(page).toHaveURL(/\/templates\/chair-role-description\/$/);
  await expect(page.getByRole('link', { name: '2.5 Determining the mechanism for paying remuneration and expenses to service users' })).toBeVisible();
});

test('content pages load no template code; the Word library loads only on download', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/toolkit/setting-up/paying-remuneration-and-expenses/');
  expect(scripts.filter((s) => /TemplateForm|browser\.|docx/.test(s))).toEqual([]);
  await page.goto(PAGE);
  expect(scripts.some((s) => /TemplateForm/.test(s))).toBe(true);
  expect(scripts.filter((s) => /browser\.|docx-browser/.test(s))).toEqual([]);
  await page.locator('#f-mvpName').fill('Lazy MVP');
  await page.locator('#f-daysPerMonth').fill('4');
  await downloadDocx(page);
  expect(scripts.some((s) => /browser\./.test(s))).toBe(true);
});
