// The budget's arithmetic, validation, and its Word, Excel and CSV outputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import JSZip from 'jszip';
import { createReport } from 'docx-templates/lib/browser.js';
import def from '../../templates/budget/definition.ts';
import { costTotals, percentOf, roundHalfUp, rowAmount, shareOf } from '../../src/templates-engine/costs.ts';
import { totalsSoFar } from '../../src/templates-engine/costs-draft.ts';
import { validateDraft } from '../../src/templates-engine/schema.ts';
import { defaultDraft } from '../../src/templates-engine/draft.ts';
import { parseMoney } from '../../src/templates-engine/money.ts';
import { prepareDocxData } from '../../src/templates-engine/docx-data.ts';
import { renderDocx } from '../../src/templates-engine/outputs/docx-render.ts';
import { buildWorkbook } from '../../src/templates-engine/sheet/build.ts';
import { writeXlsx, xlsxParts } from '../../src/templates-engine/sheet/xlsx.ts';
import { toCsv } from '../../src/templates-engine/sheet/csv.ts';
import { columnName } from '../../src/templates-engine/sheet/model.ts';
import { buildTemplateDocx } from '../../scripts/build-docx-templates.ts';
import type { Answers, Draft, RowsField } from '../../src/templates-engine/types.ts';
import { amountIn, parseCsv, penceOf, spoilCachedValues } from '../support/sheets.ts';
import { docxToText, xlsxToCsv } from '../support/libreoffice.ts';

const HOSTILE = '=HYPERLINK("http://x") Ünïcødé 😀 & <b>x</b> +++INS 7*6+++ ||<w:p/>||';
const groups = def.costs!.groups.map((name) => def.sections.flatMap((s) => s.fields).find((f) => f.name === name) as RowsField);

// ---- an independent oracle: figures as scaled integers, rounded by BigInt division ----
const scaled = (text: string, places: number) => {
  const [w, f = ''] = text.split('.');
  return BigInt(w + f.padEnd(places, '0'));
};
function oracleLine(figures: string[], ratePence: number, percent: string | null, units: number): bigint {
  let n = BigInt(ratePence) * BigInt(units);
  let d = 1n;
  for (const f of figures) {
    n *= scaled(f, 2);
    d *= 100n;
  }
  if (percent !== null) {
    n *= 10000n + scaled(percent, 2);
    d *= 10000n;
  }
  return (2n * n + d) / (2n * d);
}

const decimal = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => (n / 100).toFixed(n % 100 === 0 ? 0 : 2));
const pence = (max: number) => fc.integer({ min: 0, max });
const scale = fc.constantFrom('once', 'each');

/** Any valid budget draft: random lines in every group, typed the ways people type money. */
const budgetDraft = fc
  .record({
    units: fc.integer({ min: 1, max: 20 }),
    overhead: fc.option(decimal(50), { nil: '' }),
    contingency: fc.option(decimal(25), { nil: '' }),
    leadership: fc.array(fc.tuple(decimal(31), decimal(12), pence(200_000), scale), { maxLength: 5 }),
    posts: fc.array(fc.tuple(decimal(5), pence(10_000_000), decimal(100), scale), { maxLength: 3 }),
    general: fc.array(fc.array(fc.tuple(decimal(1000), pence(100_000), scale), { maxLength: 4 }), { minLength: 10, maxLength: 10 }),
  })
  .chain((b) => fc.tuple(fc.constant(b), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 60, maxLength: 60 })));

type Generated = typeof budgetDraft extends fc.Arbitrary<infer T> ? T : never;

function toDraft([b, formats]: Generated): Draft {
  const money = (p: number, i: number) =>
    [
      `£${(p / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`,
      (p / 100).toFixed(2),
      ` ${String(Math.floor(p / 100)).replace(/\B(?=(\d{3})+$)/g, ' ')}.${String(p % 100).padStart(2, '0')} `,
    ][formats[i % formats.length]];
  const draft: Draft = {
    ...defaultDraft(def),
    mvpName: 'Any MVP',
    providers: 'Any trust',
    financialYear: '2026 to 2027',
    unitCount: String(b.units),
    overhead: b.overhead,
    contingency: b.contingency,
  };
  draft.leadership = b.leadership.map(([days, months, rate, s], i) => ({ role: `Role ${i}`, days, months, dayRate: money(rate, i), scale: s, basis: '' }));
  draft.posts = b.posts.map(([wte, salary, onCosts, s], i) => ({ post: `Post ${i}`, wte, salary: money(salary, i + 7), onCosts, scale: s, basis: '' }));
  groups.slice(2).forEach((g, gi) => {
    draft[g.name] = (b.general[gi] ?? []).map(([quantity, rate, s], i) => ({
      item: `Item ${i}`,
      quantity,
      unit: '',
      rate: money(rate, gi * 5 + i),
      scale: s,
      basis: '',
    }));
  });
  return draft;
}

const checked = (draft: Draft): Answers => {
  const result = validateDraft(def, draft);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.answers;
};

test('rounding is half up to the penny, and percentages and shares round the same way', () => {
  assert.equal(roundHalfUp(5n, 10n), 1n);
  assert.equal(roundHalfUp(15n, 10n), 2n);
  assert.equal(roundHalfUp(25n, 10n), 3n);
  assert.equal(roundHalfUp(249n, 100n), 2n);
  assert.equal(percentOf(1001, 12.5), 125); // 125.125p
  assert.equal(percentOf(1004, 12.5), 126); // 125.5p rounds up
  assert.equal(shareOf(41, 100), 41);
  assert.equal(shareOf(1, 3), 33);
  assert.equal(shareOf(0, 0), 0);
  const line = { label: 'Cost', factors: ['days', 'months'], rate: 'rate', maxPence: 1e12 };
  assert.equal(rowAmount(line, { days: 4.5, months: 12, rate: 15000 }, null), 810000);
  assert.equal(rowAmount(line, { days: 0.33, months: 7.5, rate: 15101 }, null), 37375); // 373.74975 → 373.75
  assert.equal(rowAmount(line, { days: 0.01, months: 0.5, rate: 1 }, null), 0); // 0.005p
  assert.equal(rowAmount({ ...line, factors: ['wte'], percent: 'on' }, { wte: 0.6, rate: 4852625, on: 23.7 }, null), 3601618); // 36016.1827…
  assert.equal(rowAmount(line, { days: 4.5, months: null, rate: 15000 }, null), null);
  const one = { label: 'Cost', factors: ['q'], rate: 'rate', maxPence: 1e12 };
  for (const [q, rate, expected] of [
    [0.5, 1, 1],
    [2.5, 3, 8],
    [0.25, 10, 3],
    [333.33, 15, 5000],
    [999.99, 100001, 100000000],
    [0.05, 9, 0],
    [1.15, 101, 116],
  ]) {
    assert.equal(rowAmount(one, { q, rate }, null), expected, `${q} × ${rate}p`);
  }
});

test('property: every line is the exact product rounded half up, and every total is the sum of its parts', () => {
  fc.assert(
    fc.property(budgetDraft, (generated) => {
      const draft = toDraft(generated);
      const answers = checked(draft);
      const totals = costTotals(def, answers);
      const [b] = generated;
      const units = b.units;
      const big = (lines: Array<number | null>) => lines.map((l) => BigInt(l ?? -1));
      assert.deepEqual(
        big(totals.groups[0].lines),
        b.leadership.map(([d, m, r, s]) => oracleLine([d, m], r, null, s === 'each' ? units : 1)),
      );
      assert.deepEqual(
        big(totals.groups[1].lines),
        b.posts.map(([w, sal, on, s]) => oracleLine([w], sal, on, s === 'each' ? units : 1)),
      );
      totals.groups.slice(2).forEach((g, gi) =>
        assert.deepEqual(
          big(g.lines),
          b.general[gi].map(([q, r, s]) => oracleLine([q], r, null, s === 'each' ? units : 1)),
        ),
      );
      for (const g of totals.groups)
        assert.equal(
          g.total,
          g.lines.reduce<number>((a, l) => a + (l ?? 0), 0),
        );
      assert.equal(
        totals.subtotal,
        totals.groups.reduce((a, g) => a + g.total, 0),
      );
      assert.equal(totals.total, totals.subtotal + totals.additions.reduce((a, x) => a + x.amount, 0));
      assert.equal(totals.incomplete, 0);
      assert.ok(Number.isSafeInteger(totals.total));
      assert.equal(totals.perEach, Number((2n * BigInt(totals.total) + BigInt(units)) / (2n * BigInt(units))));
      // What the page shows while typing agrees with the checked answers.
      assert.deepEqual(totalsSoFar(def, draft), totals);
    }),
    { numRuns: 150 },
  );
});

test('amounts are read as people type them', () => {
  for (const [typedText, p] of [
    ['£1,250.50', 125050],
    ['1250', 125000],
    [' 1 250 ', 125000],
    ['£150', 15000],
    ['150.5', 15050],
  ] as const) {
    assert.deepEqual(parseMoney(typedText), { ok: true, pence: p });
  }
  fc.assert(
    fc.property(pence(1_000_000_000), (p) => {
      for (const form of [`£${(p / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`, (p / 100).toFixed(2), ` ${(p / 100).toFixed(2)} `]) {
        const parsed = parseMoney(form);
        assert.ok(parsed.ok && parsed.pence === p, form);
      }
    }),
  );
});

test('negative, non-numeric, absurd and over-precise figures get a clear message beside the field', () => {
  const draft: Draft = {
    ...defaultDraft(def),
    mvpName: 'X',
    providers: 'Y',
    financialYear: '2026 to 2027',
    unitCount: '0',
    overhead: '60',
    contingency: 'some',
    leadership: [
      { role: 'Chair', days: '-1', months: '12', dayRate: '-£150', scale: 'once', basis: '' },
      { role: 'Vice-chair', days: '4.555', months: '13', dayRate: 'lots', scale: 'once', basis: '' },
      { role: 'Secretary', days: '2', months: '12', dayRate: '£20,000', scale: 'once', basis: '' },
    ],
    posts: [{ post: 'Lead', wte: '5', salary: '£250,000', onCosts: '100', scale: 'once', basis: '' }],
  };
  for (const g of groups.slice(2)) draft[g.name] = [];
  draft.engagement = [{ item: 'Venue', quantity: '100000', unit: '', rate: '£5,000', scale: 'once', basis: '' }];
  const result = validateDraft(def, draft);
  if (result.ok) throw new Error('the figures should have been refused');
  assert.deepEqual(
    result.errors.map((e) => `${e.target}: ${e.message}`),
    [
      'f-unitCount: Number of maternity units must be 1 or more',
      'f-leadership-1-days: Days a month for remuneration line 1 must be 0 or more',
      'f-leadership-1-dayRate: Day rate for remuneration line 1 must be £0 or more',
      'f-leadership-2-days: Days a month for remuneration line 2 must have 2 decimal places or fewer, like 1.25',
      'f-leadership-2-months: Months for remuneration line 2 must be 12 or less',
      'f-leadership-2-dayRate: Day rate for remuneration line 2 must be an amount of money, like £150 or £1,250.50',
      'f-leadership-3-dayRate: Day rate for remuneration line 3 must be £2,000 or less',
      'f-posts-1-salary: The cost of post 1 comes to more than £1,000,000: check its figures',
      'f-engagement-1-rate: The cost of engagement line 1 comes to more than £1,000,000: check its figures',
      'f-overhead: Hosting organisation overhead must be 50 or less',
      'f-contingency: Contingency must be a number, like 2 or 2.5',
    ],
  );
});

async function sampleAnswers(): Promise<Answers> {
  const draft: Draft = {
    ...defaultDraft(def),
    mvpName: HOSTILE,
    providers: '-1+1',
    financialYear: '2026 to 2027',
    unitCount: '3',
    overhead: '12.5',
    contingency: '3.33',
    leadership: [
      { role: 'Chair', days: '4.5', months: '12', dayRate: '£150', scale: 'each', basis: HOSTILE },
      { role: '@Vice', days: '0.33', months: '7.5', dayRate: '151.01', scale: 'once', basis: '' },
    ],
    posts: [{ post: 'MNVP Lead', wte: '0.6', salary: '£48,526.25', onCosts: '23.7', scale: 'once', basis: 'Band 8a' }],
  };
  // Half-penny ties and near-ties, where careless floating point would round the wrong way.
  const ties = [
    ['0.5', '0.01'],
    ['2.5', '0.03'],
    ['0.25', '0.10'],
    ['333.33', '0.15'],
    ['999.99', '1,000.01'],
    ['0.05', '0.09'],
    ['1.15', '1.01'],
  ];
  let n = 0;
  for (const g of groups.slice(2))
    draft[g.name] = (draft[g.name] as Array<Record<string, string>>).map((r) => {
      const [quantity, rate] = ties[n++ % ties.length];
      return { ...r, quantity, rate };
    });
  return checked(draft);
}

test('the spreadsheet: every cost is a formula whose stored value is the site’s figure; typed text is never a formula', async () => {
  const answers = await sampleAnswers();
  const book = buildWorkbook(def, answers);
  const sheet = xlsxParts(book)['xl/worksheets/sheet1.xml'];
  const formulas = [...sheet.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
  assert.ok(
    formulas.some((f) => /^ROUND\(B\d+\*C\d+\*D\d+\*IF\(E\d+=&quot;For each maternity unit&quot;,\$B\$\d+,1\),2\)$/.test(f)),
    'remuneration lines are live formulas',
  );
  assert.ok(
    formulas.every((f) => /^[A-Z0-9$(),.*+/:=&;_ "a-z]+$/.test(f) && !f.includes('HYPERLINK')),
    'formulas hold only our own text',
  );
  assert.ok(sheet.includes('=HYPERLINK(&quot;http://x&quot;) Ünïcødé 😀 &amp; &lt;b&gt;x&lt;/b&gt;'), 'hostile text is stored as escaped text');
  assert.ok(!sheet.includes('<b>x'));
  const totals = costTotals(def, answers);
  assert.ok(sheet.includes(`<v>${(totals.total / 100).toFixed(2)}</v>`));
  assert.equal(columnName(0), 'A');
  assert.equal(columnName(26), 'AA');

  const csv = parseCsv(toCsv(book.sheets[0]));
  assert.equal(amountIn(csv, 'Total budget'), totals.total);
  assert.equal(amountIn(csv, 'Cost for each maternity unit'), totals.perEach);
  const cells = csv.flat();
  assert.ok(cells.includes(`'${HOSTILE}`), 'CSV text that starts like a formula is kept as text');
  assert.ok(cells.includes("'-1+1") && cells.includes("'@Vice"));
});

test('LibreOffice recalculates the spreadsheet’s formulas to the same pence as the site, for random budgets', async () => {
  const samples = fc.sample(budgetDraft, { numRuns: 3, seed: 20260401 }).map((g) => checked(toDraft(g)));
  samples.push(await sampleAnswers());
  for (const answers of samples) {
    const totals = costTotals(def, answers);
    const xlsx = await writeXlsx(JSZip, buildWorkbook(def, answers));
    const spoiled = await spoilCachedValues(xlsx);
    assert.ok(spoiled.formulas > 10);
    const rows = parseCsv(await xlsxToCsv(spoiled.bytes, true));
    // Each costed line, in order, against the site's own figure.
    const expected = totals.groups.flatMap((g) => g.lines as number[]);
    const costs: string[] = [];
    let inTable = false;
    for (const r of rows) {
      if (r[6] === 'Cost') inTable = true;
      else if (r[0].startsWith('Total: ')) inTable = false;
      else if (inTable) costs.push(r[6]);
    }
    assert.deepEqual(costs.map(penceOf), expected);
    for (const g of totals.groups) assert.equal(amountIn(rows, g.label), g.total, g.label);
    assert.equal(amountIn(rows, 'Total of all lines'), totals.subtotal);
    for (const a of totals.additions) assert.equal(amountIn(rows, a.label), a.amount, a.label);
    assert.equal(amountIn(rows, 'Total budget'), totals.total);
    assert.equal(amountIn(rows, 'Cost for each maternity unit'), totals.perEach);
  }
});

test('the Word budget paper shows each line’s working and basis, the summary and the rounding rule; the blank one opens', async () => {
  const answers = await sampleAnswers();
  const template = await buildTemplateDocx('budget');
  const data = prepareDocxData(def, answers);
  const lead = (data.v.leadership as Array<Record<string, string>>)[0];
  assert.equal(lead._working, '4.5 days a month × 12 months × £150.00, × 3 maternity units');
  assert.equal(lead._amount, '£24,300.00');
  assert.equal(data.c.per[0].label, 'Cost for each of the 3 maternity units');
  const text = await docxToText(await renderDocx(createReport, template, def, answers));
  const totals = costTotals(def, answers);
  for (const expected of [
    'Service user leadership remuneration',
    '£24,300.00',
    '0.6 WTE × £48,526.25 + 23.7% on-costs',
    '£36,016.18',
    HOSTILE,
    'Total budget',
    `£${(totals.total / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`,
    'half a penny rounded up',
    'Hosting organisation overhead (12.5%)',
  ]) {
    assert.ok(text.includes(expected), expected);
  }
  assert.ok(!/undefined|null|\+\+\+INS v\./.test(text.replace(HOSTILE, '')));
  const blank = await docxToText(await renderDocx(createReport, template, def, null));
  assert.ok(blank.includes('Employed posts') && blank.includes('Total budget'));
});
