// The workplan, annual report, terms of reference and agenda: summaries, rules, files that feed
// each other, reordering, landscape and numbered tables, and the quoted founding principles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { createReport } from 'docx-templates/lib/browser.js';
import { templateBySlug } from '../../templates/index.ts';
import { FOUNDING_PRINCIPLES } from '../../templates/terms-of-reference/definition.ts';
import { buildTemplateDocx } from '../../scripts/build-docx-templates.ts';
import { computeSummary, orList } from '../../src/templates-engine/summaries.ts';
import { importCostTotal, importRows, rollOver } from '../../src/templates-engine/imports.ts';
import { costTotals } from '../../src/templates-engine/costs.ts';
import { buildWorkbook } from '../../src/templates-engine/sheet/build.ts';
import { xlsxParts } from '../../src/templates-engine/sheet/xlsx.ts';
import { toCsv } from '../../src/templates-engine/sheet/csv.ts';
import { parseCsv } from '../support/sheets.ts';
import { validateDraft } from '../../src/templates-engine/schema.ts';
import { defaultDraft } from '../../src/templates-engine/draft.ts';
import { readAnswersFile, toAnswersFile } from '../../src/templates-engine/answers-file.ts';
import { parseDocumentSource } from '../../src/templates-engine/document/source.ts';
import { documentXml } from '../../src/templates-engine/document/wordml.ts';
import { renderDocx } from '../../src/templates-engine/outputs/docx-render.ts';
import { moveItem } from '../../src/components/templates/reorder-dom.ts';
import type { Draft, TemplateDefinition } from '../../src/templates-engine/types.ts';
import { TOOLKIT_SEED } from '../support/toolkit-source.ts';

const HOSTILE = 'Ünïcødé 😀 مرحبا & <b>x</b> +++INS 7*6+++ ||<w:p/>||';
const get = (slug: string) => templateBySlug(slug)!;
const workplan = get('workplan');
const report = get('annual-report');
const agenda = get('meeting-agenda');
const terms = get('terms-of-reference');
const budget = get('budget');

/** What a person must add to the suggested wording before the document can be made. */
const REQUIRED: Record<string, Partial<Draft>> = {
  workplan: { mvpName: 'Riverside MVP', planYear: 'April 2026 to March 2027' },
  'annual-report': { mvpName: 'Riverside MVP', reportYear: 'April 2025 to March 2026', foreword: 'A good year.' },
  'terms-of-reference': { mvpName: 'Riverside MVP' },
  'meeting-agenda': { mvpName: 'Riverside MVP', meetingDate: '2026-05-01' },
  'remuneration-confirmation': {
    mvpName: 'Riverside MVP',
    trustName: 'Riverside NHS Trust',
    period: 'April 2026 to March 2027',
    howPaid: '£150 a day for 4 days a month',
    signatoryName: 'A Chair',
    signedOn: '2027-04-01',
  },
  'expenses-confirmation': {
    mvpName: 'Riverside MVP',
    trustName: 'Riverside NHS Trust',
    period: 'April 2026 to March 2027',
    howToClaim: 'On the claim form',
    signatoryName: 'A Chair',
    signedOn: '2027-04-01',
  },
  'welcome-information': { mvpName: 'Riverside MVP' },
  'social-media-guidelines': { mvpName: 'Riverside MVP' },
};

function checked(def: TemplateDefinition, draft: Partial<Draft>) {
  const result = validateDraft(def, { ...defaultDraft(def), ...REQUIRED[def.slug], ...draft } as Draft);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.answers;
}

test('each new template’s suggested wording is valid once its required answers are given', () => {
  for (const slug of Object.keys(REQUIRED)) assert.doesNotThrow(() => checked(get(slug), {}), slug);
});

test('the coverage grid counts priorities by activity and area of focus, and says in words where the plan has nothing', () => {
  const spec = workplan.summaries![0];
  const view = computeSummary(workplan, spec, defaultDraft(workplan));
  assert.deepEqual(view.paragraphs, ['No priority has Perinatal mental health as its area of focus.']);
  assert.equal(view.table!.head.length, 5);
  assert.deepEqual(view.table!.rows.find((r) => r.label === 'Representation')!.cells, ['1', 'None', '1', '1', 'None']);

  const rows = [
    { priority: 'A', activity: 'feedback', focus: 'safety' },
    { priority: 'B', activity: 'coproduction', focus: '' },
    { priority: '', activity: '', focus: '' },
  ];
  assert.deepEqual(computeSummary(workplan, spec, { priorities: rows }).paragraphs, [
    'No priority has Choice & personalisation, Equity, Neonatal or Perinatal mental health as its area of focus.',
    'No priority has Reviewing services, Coproduction, Representation or Input to strategic decision-making as its activity.',
    '1 priority is not in the grid because it has no activity or no area of focus.',
  ]);
  assert.deepEqual(computeSummary(workplan, spec, { priorities: [] }).paragraphs, [
    'No priority has both activity and area of focus chosen yet, so the whole grid is empty.',
  ]);
  const everything = ['feedback', 'reviewing', 'coproduction', 'representation', 'strategic'].map((activity, i) => ({
    priority: 'x',
    activity,
    focus: ['safety', 'choice', 'equity', 'neonatal', 'mentalHealth'][i],
  }));
  assert.deepEqual(computeSummary(workplan, spec, { priorities: everything }).paragraphs, [
    'Every activity and every area of focus has at least one priority.',
  ]);
  assert.equal(orList(['A']), 'A');
  assert.equal(orList(['A', 'B']), 'A or B');
});

test('the ethnic minority percentage is worked out from the two counts, and the part cannot exceed the whole', () => {
  const spec = report.summaries![0];
  assert.equal(spec.title, '“% of parent members of the MVP who are from ethnic minority groups”');
  assert.deepEqual(computeSummary(report, spec, { parentMembers: '12', ethnicMinorityMembers: '3' }).paragraphs, [
    '25% of the MVP’s parent members are from ethnic minority groups (3 of 12).',
  ]);
  assert.deepEqual(computeSummary(report, spec, { parentMembers: 7, ethnicMinorityMembers: 2 }).paragraphs, [
    '28.6% of the MVP’s parent members are from ethnic minority groups (2 of 7).',
  ]);
  assert.match(computeSummary(report, spec, { parentMembers: '12', ethnicMinorityMembers: '' }).pending!, /to see the percentage/);
  assert.match(computeSummary(report, spec, { parentMembers: '0', ethnicMinorityMembers: '0' }).pending!, /more than 0/);
  const result = validateDraft(report, { ...defaultDraft(report), ...REQUIRED['annual-report'], parentMembers: '3', ethnicMinorityMembers: '4' } as Draft);
  assert.deepEqual(result.ok ? [] : result.errors, [
    {
      field: 'ethnicMinorityMembers',
      target: 'f-ethnicMinorityMembers',
      message: 'Parent members from ethnic minority groups must be no more than the number of parent members',
    },
  ]);
});

test('a saved workplan file becomes the annual report’s progress table, each row with its status', () => {
  const spec = report.imports![0];
  assert.equal(spec.kind, 'rows');
  if (spec.kind !== 'rows') return;
  const draft: Draft = {
    ...defaultDraft(workplan),
    priorities: [
      { priority: `Outreach ${HOSTILE}`, outcome: 'Hear from new groups', status: 'done', activity: 'feedback' },
      { priority: 'Leaflet', outcome: '', status: 'onTrack' },
      { priority: '', outcome: '', status: '' },
    ],
  };
  const file = readAnswersFile(workplan, toAnswersFile(workplan, draft));
  if (!file.ok) throw new Error(file.message);
  const result = importRows(report, spec, workplan, file.draft);
  assert.deepEqual(result, {
    ok: true,
    rows: [
      { priority: `Outreach ${HOSTILE}`, planned: 'Hear from new groups', status: 'done', happened: '' },
      { priority: 'Leaflet', planned: '', status: 'onTrack', happened: '' },
    ],
  });
  assert.deepEqual(importRows(report, spec, workplan, { ...draft, priorities: [] }), {
    ok: false,
    message: 'The file has no priority rows in “Priorities for the year”.',
  });
  const tooMany = Array.from({ length: 41 }, (_, i) => ({ priority: `P${i}` }));
  assert.match((importRows(report, spec, workplan, { ...draft, priorities: tooMany }) as { message: string }).message, /41 rows .* up to 40/);
  const wrong = readAnswersFile(workplan, toAnswersFile(report, defaultDraft(report)), (slug) => get(slug)?.title);
  assert.deepEqual(wrong, { ok: false, message: 'The file has answers for the Annual report, not the Annual workplan.' });
});

test('starting from last year’s workplan keeps the priorities but resets their status, the year and the dates', () => {
  const last = {
    ...defaultDraft(workplan),
    mvpName: 'Riverside MVP',
    planYear: '2025 to 2026',
    agreedOn: '2025-03-01',
    ratifiedOn: '2025-04-01',
    reviewOn: '2025-10-01',
    priorities: [{ priority: 'Outreach', activity: 'feedback', focus: 'equity', status: 'done', timescale: 'q2' }],
  };
  const next = rollOver(workplan, last);
  assert.equal(next.mvpName, 'Riverside MVP');
  assert.deepEqual([next.planYear, next.agreedOn, next.ratifiedOn, next.reviewOn], ['', '', '', '']);
  assert.deepEqual(next.priorities, [{ priority: 'Outreach', activity: 'feedback', focus: 'equity', status: 'notStarted', timescale: 'q2' }]);
});

test('moving an item up or down keeps every other item in order', () => {
  assert.deepEqual(moveItem(['a', 'b', 'c', 'd'], 0, 1), ['b', 'a', 'c', 'd']);
  assert.deepEqual(moveItem(['a', 'b', 'c', 'd'], 3, 2), ['a', 'b', 'd', 'c']);
  const items = agenda.sections.flatMap((s) => s.fields).find((f) => f.name === 'agendaItems');
  assert.ok(items?.type === 'rows' && items.reorderable);
});

test('the five founding principles are quoted exactly from toolkit 1.1, in the form and in the document', () => {
  const seed = readFileSync(TOOLKIT_SEED, 'utf8').replace(/\r\n/g, '\n');
  const quoted = `${FOUNDING_PRINCIPLES.lead}\n\n${FOUNDING_PRINCIPLES.items.map((i) => `- ${i}`).join('\n')}`;
  assert.ok(seed.includes(quoted), 'the quotation matches the toolkit text');
  const source = readFileSync('templates/terms-of-reference/document.md', 'utf8');
  assert.ok(source.includes([FOUNDING_PRINCIPLES.lead, ...FOUNDING_PRINCIPLES.items.map((i) => `* ${i}`)].join('\n')), 'document.md repeats it unchanged');
  assert.equal(terms.sections.find((s) => s.id === 'purpose')?.quotation, FOUNDING_PRINCIPLES);
});

test('the workplan is landscape with its header tab at the right margin; the agenda is portrait and numbered', async () => {
  const wp = await JSZip.loadAsync(await buildTemplateDocx('workplan'));
  const xml = await wp.file('word/document.xml')!.async('string');
  assert.match(xml, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  assert.match(xml, /TableCompact/);
  assert.match(xml, /INS \$line\d+\.cells\[4\]/);
  assert.match(await wp.file('word/header1.xml')!.async('string'), /w:pos="14238"/);
  const ag = await JSZip.loadAsync(await buildTemplateDocx('meeting-agenda'));
  const agXml = await ag.file('word/document.xml')!.async('string');
  assert.match(agXml, /<w:pgSz w:w="11906" w:h="16838"\/>/);
  assert.match(agXml, /INS \$row\d+\._n/);
  assert.throws(() => parseDocumentSource('page: sideways'), /landscape or portrait/);
  assert.throws(() => documentXml(parseDocumentSource('[summary nope]'), workplan), /unknown summary/);
});

test('hostile text in workplan rows and the coverage words come out as literal text', async () => {
  const answers = checked(workplan, {
    mvpName: HOSTILE,
    priorities: [{ priority: HOSTILE, activity: 'feedback', focus: 'equity', lead: HOSTILE, status: 'done' }],
  });
  const out = await renderDocx(createReport, await buildTemplateDocx('workplan'), workplan, answers);
  const xml = await (await JSZip.loadAsync(out)).file('word/document.xml')!.async('string');
  const escaped = 'Ünïcødé 😀 مرحبا &amp; &lt;b&gt;x&lt;/b&gt; +++INS 7*6+++ ||&lt;w:p/&gt;||';
  assert.ok(xml.split(escaped).length - 1 >= 2);
  assert.ok(!xml.includes('<w:p/>||'));
  assert.ok(!/>42</.test(xml));
  assert.ok(xml.includes('No priority has Safety, Choice &amp; personalisation, Neonatal or Perinatal mental health as its area of focus.'));
});

test('the workplan spreadsheet shows every choice by its label, never its stored value; typed text stays text', () => {
  assert.deepEqual(workplan.outputs, ['docx', 'xlsx', 'csv']);
  const priorities = workplan.sections.flatMap((s) => s.fields).find((f) => f.name === 'priorities');
  if (priorities?.type !== 'rows') throw new Error('the workplan has no priorities table');
  const starters = defaultDraft(workplan).priorities as Array<Record<string, string>>;
  const answers = checked(workplan, { priorities: [{ ...starters[0], priority: `=1+1 ${HOSTILE}`, status: 'onTrack' }, ...starters.slice(1)] });
  const sheet = buildWorkbook(workplan, answers).sheets[0];
  const rows = parseCsv(toCsv(sheet));
  const header = priorities.columns.map((c) => c.label);
  const at = rows.findIndex((r) => r.slice(0, header.length).join('|') === header.join('|'));
  assert.ok(at > 0, 'the priorities table has its column headings');
  const labelOf = (column: (typeof priorities.columns)[number], value: string) =>
    column.type === 'choice' ? column.options.find((o) => o.value === value)!.label : value;
  const expected = (answers.priorities as Array<Record<string, string | number | null>>).map((row) =>
    priorities.columns.map((c) => labelOf(c, String(row[c.name] ?? ''))),
  );
  expected[0][0] = `'=1+1 ${HOSTILE}`;
  assert.deepEqual(
    rows.slice(at + 1, at + 1 + expected.length).map((r) => r.slice(0, header.length)),
    expected,
  );
  assert.equal(expected[0][priorities.columns.findIndex((c) => c.name === 'status')], 'Under way, on track');
  const values = new Set(priorities.columns.flatMap((c) => (c.type === 'choice' ? c.options.filter((o) => o.value !== o.label).map((o) => o.value) : [])));
  assert.deepEqual(
    rows.flat().filter((cell) => values.has(cell)),
    [],
    'no stored choice value appears in the sheet',
  );

  // Drop-downs only where Excel can hold the list: statuses have commas in their labels, so none there.
  const xml = xlsxParts(buildWorkbook(workplan, answers))['xl/worksheets/sheet1.xml'];
  assert.match(xml, /<formula1>&quot;Gathering feedback,Reviewing services,Coproduction,Representation,Input to strategic decision-making&quot;<\/formula1>/);
  assert.doesNotMatch(xml, /<formula1>[^<]*Under way/);
  assert.match(xml, /<t xml:space="preserve">=1\+1 /, 'typed text is an inline string, not a formula');
  assert.doesNotMatch(xml, /<f>[^<]*1\+1/);
});

/** A small budget, valid against the budget's own definition. */
function budgetDraft(): Draft {
  const draft = defaultDraft(budget);
  const blankRows = Object.fromEntries(budget.costs!.groups.map((g) => [g, [] as Array<Record<string, string>>]));
  return {
    ...draft,
    ...blankRows,
    mvpName: 'Riverside MVP',
    providers: 'Riverside NHS Trust',
    unitCount: '2',
    financialYear: '2026 to 2027',
    overhead: '12.5',
    contingency: '3.33',
    leadership: [{ role: 'Chair', days: '4.5', months: '12', dayRate: '£150', scale: 'each', basis: HOSTILE }],
    engagement: [{ item: HOSTILE, quantity: '2.5', unit: '', rate: '£1,250.50', scale: 'once', basis: '' }],
  };
}

test('a saved budget file gives the annual report its budget total, worked out by the budget’s exact arithmetic', () => {
  const spec = report.imports!.find((i) => i.id === 'budget');
  if (spec?.kind !== 'costTotal') throw new Error('the annual report has no budget import');
  assert.equal(spec.into, 'budgetTotal');
  const draft = budgetDraft();
  const file = readAnswersFile(budget, toAnswersFile(budget, draft));
  if (!file.ok) throw new Error(file.message);
  const result = importCostTotal(report, spec, budget, file.draft);
  const valid = validateDraft(budget, draft);
  if (!valid.ok) throw new Error(valid.errors[0].message);
  const total = costTotals(budget, valid.answers).total;
  // By hand: 4.5 × 12 × £150 × 2 units = £16,200; 2.5 × £1,250.50 = £3,126.25; lines £19,326.25;
  // overhead 12.5% = £2,415.78125 → £2,415.78; contingency 3.33% = £643.564125 → £643.56.
  assert.equal(total, 2_238_559);
  assert.deepEqual(result, { ok: true, pence: 2_238_559, value: '£22,385.59' });
  // The value goes into the form as typed, and the annual report reads it back to the same pence.
  const reportAnswers = checked(report, { budgetTotal: '£22,385.59', spendTotal: '£20,000' });
  assert.equal(reportAnswers.budgetTotal, 2_238_559);
  assert.equal(reportAnswers.spendTotal, 2_000_000);
});

test('a budget file with mistakes, no costs or a total too big for the report is refused with a clear message', () => {
  const spec = report.imports!.find((i) => i.id === 'budget');
  if (spec?.kind !== 'costTotal') throw new Error('the annual report has no budget import');
  const wrong = importCostTotal(report, spec, budget, { ...budgetDraft(), overhead: '80', mvpName: '' });
  assert.equal(wrong.ok, false);
  assert.match(
    (wrong as { message: string }).message,
    /^The budget in the file is not complete or has a mistake: Enter your MVP’s name \(and 1 more problem\)\. Open it in the MVP budget template and put it right first\.$/,
  );
  const empty = importCostTotal(report, spec, budget, { ...budgetDraft(), leadership: [], engagement: [] });
  assert.deepEqual(empty, { ok: false, message: 'The budget in the file comes to £0.00, so it has no costs to bring in.' });
  const huge = importCostTotal(report, spec, budget, {
    ...budgetDraft(),
    posts: Array.from({ length: 2 }, () => ({ post: 'Lead', wte: '1.5', salary: '£250,000', onCosts: '100', scale: 'once', basis: '' })),
  });
  assert.match(
    (huge as { message: string }).message,
    /^The budget in the file comes to £[\d,]+\.\d\d, more than “Budget for the year \(optional\)” can hold \(£1,000,000\)\.$/,
  );
  const notBudget = readAnswersFile(budget, toAnswersFile(workplan, defaultDraft(workplan)), (slug) => get(slug)?.title);
  assert.deepEqual(notBudget, { ok: false, message: 'The file has answers for the Annual workplan, not the MVP budget.' });
});

test('every rule of every template names answers the template has (a rule on a renamed field would never fire)', async () => {
  const { allDefinitions } = await import('../../templates/index.ts');
  for (const def of allDefinitions) {
    const fields = new Map(def.sections.flatMap((s) => s.fields).map((f) => [f.name, f]));
    for (const rule of def.rules ?? []) {
      assert.ok(fields.has(rule.field), `${def.slug}: a rule names ${rule.field}`);
      if (rule.kind === 'notMoreThan') assert.ok(fields.has(rule.than), `${def.slug}: a rule names ${rule.than}`);
      else {
        const rows = fields.get(rule.rows);
        assert.ok(rows?.type === 'rows' && rows.columns.some((c) => c.name === rule.column), `${def.slug}: a rule names ${rule.rows}.${rule.column}`);
        assert.ok(!fields.get(rule.field)!.required, `${def.slug}: ${rule.field} is needed only by its rule, so it is not required on its own`);
      }
    }
  }
});
