// The expenses claim: a row's cost as a sum of parts (miles × a shared rate per mile, plus money
// columns), exact to the penny, and the same figure in the Word form, the spreadsheet and LibreOffice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import JSZip from 'jszip';
import { createReport } from 'docx-templates/lib/browser.js';
import def from '../../templates/expenses-claim/definition.ts';
import budget from '../../templates/budget/definition.ts';
import { rowAmount, rowWorking, tableAmounts } from '../../src/templates-engine/costs.ts';
import { answersSoFar } from '../../src/templates-engine/costs-draft.ts';
import { validateDraft } from '../../src/templates-engine/schema.ts';
import { defaultDraft } from '../../src/templates-engine/draft.ts';
import { prepareDocxData } from '../../src/templates-engine/docx-data.ts';
import { renderDocx } from '../../src/templates-engine/outputs/docx-render.ts';
import { buildWorkbook } from '../../src/templates-engine/sheet/build.ts';
import { writeXlsx, xlsxParts } from '../../src/templates-engine/sheet/xlsx.ts';
import { toCsv } from '../../src/templates-engine/sheet/csv.ts';
import { buildTemplateDocx } from '../../scripts/build-docx-templates.ts';
import type { Answers, Draft, RowAmount, RowsField } from '../../src/templates-engine/types.ts';
import { amountIn, parseCsv, penceOf, spoilCachedValues } from '../support/sheets.ts';
import { docxToText, xlsxToCsv } from '../support/libreoffice.ts';

const HOSTILE = '=HYPERLINK("http://x") Ünïcødé 😀 & <b>x</b> +++INS 7*6+++ ||<w:p/>||';
const claims = def.sections.flatMap((s) => s.fields).find((f) => f.name === 'claims') as RowsField;
const amount = claims.amount!;

const checked = (draft: Draft): Answers => {
  const result = validateDraft(def, draft);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.answers;
};

const row = (values: Partial<Record<'date' | 'purpose' | 'from' | 'to' | 'miles' | 'fares' | 'parking' | 'care' | 'other', string>>) => ({
  date: '2026-04-01',
  purpose: 'MVP meeting',
  from: '',
  to: '',
  miles: '',
  fares: '',
  parking: '',
  care: '',
  other: '',
  ...values,
});

test('a sum-of-parts cost: miles × the shared rate, plus each money column, an empty part counting nothing', () => {
  const rate = { ratePerMile: 45 };
  assert.equal(rowAmount(amount, { miles: 12.5, fares: null, parking: 320, care: null, other: null }, null, rate), 563 + 320); // 562.5p rounds up
  assert.equal(rowAmount(amount, { miles: null, fares: 420, parking: null, care: 2500, other: 1 }, null, rate), 2921);
  assert.equal(rowAmount(amount, { miles: null, fares: 420, parking: null, care: null, other: null }, null, {}), 420, 'no miles, so no rate is needed');
  assert.equal(
    rowAmount(amount, { miles: 3, fares: 420, parking: null, care: null, other: null }, null, {}),
    null,
    'miles without a rate cannot be worked out',
  );
  assert.equal(rowAmount(amount, { miles: 0.1, fares: null, parking: null, care: null, other: null }, null, { ratePerMile: 5 }), 1); // 0.5p rounds up
  assert.equal(rowAmount(amount, { miles: 0.1, fares: null, parking: null, care: null, other: null }, null, { ratePerMile: 4 }), 0); // 0.4p rounds down
  // A column named as the rate still wins over an answer of the same name, so a budget's lines are unchanged.
  const line: RowAmount = { label: 'Cost', factors: ['days'], rate: 'rate', maxPence: 1e12 };
  assert.equal(rowAmount(line, { days: 2, rate: 15000 }, null, { rate: 1 }), 30000);
  assert.equal(rowAmount(line, { days: null, rate: 15000 }, null), null, 'without `plus`, a missing factor still leaves the cost unknown');
});

test('property: each line is the exact sum of its parts, rounded once, half up; the claim total is the sum of the lines', () => {
  const tenths = fc.integer({ min: 0, max: 10_000 });
  const part = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null });
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 200 }),
      fc.array(fc.tuple(fc.option(tenths, { nil: null }), part, part, part, part), { minLength: 1, maxLength: 8 }),
      (ratePence, lines) => {
        const draft: Draft = {
          ...defaultDraft(def),
          mvpName: 'Any MVP',
          claimant: 'A member',
          role: 'Member',
          period: 'April 2026',
          ratePerMile: (ratePence / 100).toFixed(2),
          claims: lines.map(([miles, fares, parking, care, other]) =>
            row({
              miles: miles === null ? '' : (miles / 10).toFixed(1),
              ...Object.fromEntries(Object.entries({ fares, parking, care, other }).map(([k, p]) => [k, p === null ? '' : `£${(p / 100).toFixed(2)}`])),
            }),
          ),
        };
        const answers = checked(draft);
        const [group] = tableAmounts(def, answers);
        const oracle = lines.map(([miles, ...parts]) => {
          // miles/10 × rate, in tenths of a penny, then rounded half up to the penny.
          const tenthsOfPence = BigInt(miles ?? 0) * BigInt(ratePence) + 10n * parts.reduce<bigint>((s, p) => s + BigInt(p ?? 0), 0n);
          return Number((tenthsOfPence + 5n) / 10n);
        });
        assert.deepEqual(group.lines, oracle);
        assert.equal(
          group.total,
          oracle.reduce((a, b) => a + b, 0),
        );
        // What the page shows while typing agrees with the checked answers.
        assert.deepEqual(tableAmounts(def, answersSoFar(def, draft)), [group]);
      },
    ),
    { numRuns: 200 },
  );
});

test('the budget’s figures are unchanged by sum-of-parts costs: its tables have no `plus`', () => {
  const fields = budget.sections.flatMap((s) => s.fields);
  assert.ok(fields.every((f) => f.type !== 'rows' || !f.amount?.plus));
});

function sampleDraft(): Draft {
  return {
    ...defaultDraft(def),
    mvpName: `Riverside ${HOSTILE}`,
    claimant: HOSTILE,
    role: '-1+1',
    period: 'April to June 2026',
    ratePerMile: '0.45',
    claims: [
      row({ purpose: 'Full MVP meeting', from: 'Home', to: 'Riverside Hospital', miles: '12.5', parking: '£3.20' }),
      row({ date: '2026-04-15', purpose: HOSTILE, fares: '4.20', care: '£25', other: '0.01' }),
      row({ date: '2026-05-02', purpose: 'Walk the Patch', miles: '0.1', care: '1,000' }),
    ],
  };
}

test('the spreadsheet: each line’s amount is a live formula over its cells and the rate per mile; totals are sums', async () => {
  const answers = checked(sampleDraft());
  const book = buildWorkbook(def, answers);
  const sheet = xlsxParts(book)['xl/worksheets/sheet1.xml'];
  const formulas = [...sheet.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
  assert.ok(
    formulas.some((f) => /^ROUND\(E\d+\*\$B\$\d+\+F\d+\+G\d+\+H\d+\+I\d+,2\)$/.test(f)),
    formulas.join(' | '),
  );
  assert.ok(formulas.every((f) => !f.includes('HYPERLINK')));
  const csv = parseCsv(toCsv(book.sheets[0]));
  const [group] = tableAmounts(def, answers);
  assert.deepEqual(group.lines, [563 + 320, 420 + 2500 + 1, 5 + 100_000]);
  assert.equal(amountIn(csv, 'Total: journeys and costs'), group.total);
  assert.ok(csv.flat().includes(`'${HOSTILE}`), 'CSV text that starts like a formula is kept as text');
});

test('LibreOffice recalculates every line and the total to the same pence as the site', async () => {
  const answers = checked(sampleDraft());
  const [group] = tableAmounts(def, answers);
  const spoiled = await spoilCachedValues(await writeXlsx(JSZip, buildWorkbook(def, answers)));
  assert.ok(spoiled.formulas >= 4);
  const rows = parseCsv(await xlsxToCsv(spoiled.bytes, true));
  const header = rows.findIndex((r) => r[0] === 'Date' && r[1] === 'What it was for');
  const column = rows[header].indexOf('Amount claimed');
  assert.deepEqual(
    rows.slice(header + 1, header + 4).map((r) => penceOf(r[column])),
    group.lines,
  );
  assert.equal(penceOf(rows[header + 4][column]), group.total);
  assert.equal(rows[header + 4][0], 'Total: journeys and costs');
});

test('the Word form shows every column, each line’s amount and the total, and write-in lines for bank details', async () => {
  const answers = checked(sampleDraft());
  const data = prepareDocxData(def, answers);
  const first = (data.v.claims as Array<Record<string, string>>)[0];
  assert.equal(first._amount, '£8.83');
  assert.equal(
    rowWorking(claims, (answers.claims as Array<Record<string, string | number | null>>)[0], null, 'units', answers as Record<string, number>),
    '12.5 miles × £0.45 + parking £3.20',
  );
  const template = await buildTemplateDocx(def.slug);
  const text = await docxToText(await renderDocx(createReport, template, def, answers));
  for (const expected of [
    'Amount claimed',
    '£8.83',
    '£29.21',
    '£1,000.05',
    '£1,038.09',
    '12.5',
    'Riverside Hospital',
    HOSTILE,
    '£0.45',
    'Sort code: ______',
    'Signature: ______',
    'half a penny rounded up',
  ]) {
    assert.ok(text.includes(expected), expected);
  }
  assert.ok(!/undefined|null|\+\+\+INS v\./.test(text.replace(HOSTILE, '')));
  const blank = await docxToText(await renderDocx(createReport, template, def, null));
  assert.ok(blank.includes('Journeys and costs') && blank.includes('Account number: ______'));
});

test('the rate per mile is needed only when a line claims miles: without it, a claim of fares alone is complete, and one with miles says what is missing beside the rate', () => {
  const base: Draft = { ...defaultDraft(def), mvpName: 'Any MVP', claimant: 'A member', role: 'Member', period: 'April 2026', ratePerMile: '' };
  const fares = validateDraft(def, { ...base, claims: [row({ fares: '4.20', parking: '£3' })] });
  assert.ok(fares.ok, fares.ok ? '' : fares.errors.map((e) => e.message).join('; '));
  assert.deepEqual(tableAmounts(def, fares.answers)[0].lines, [720]);
  const miles = validateDraft(def, { ...base, claims: [row({ fares: '4.20' }), row({ miles: '12' })] });
  assert.ok(!miles.ok);
  assert.deepEqual(
    miles.errors.map((e) => [e.target, e.message]),
    [['f-ratePerMile', 'Enter the rate per mile, as a line claims miles driven']],
  );
  assert.ok(validateDraft(def, { ...base, ratePerMile: '0.45', claims: [row({ miles: '12' })] }).ok);
});

test('a rule’s message shows with every other problem at once, in the order of the questions', () => {
  const draft: Draft = {
    ...defaultDraft(def),
    mvpName: '',
    claimant: 'A member',
    role: 'Member',
    period: 'April 2026',
    ratePerMile: '',
    claims: [row({ miles: '12', parking: 'lots' })],
  };
  const result = validateDraft(def, draft);
  assert.ok(!result.ok);
  assert.deepEqual(
    result.errors.map((e) => e.target),
    ['f-mvpName', 'f-ratePerMile', 'f-claims-1-parking'],
  );
});
