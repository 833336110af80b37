// The progress check (/progress/): its checkpoints as content, and the checkpoints field type of the
// template engine it runs on: answers, files, the stage summary, the Word report and the spreadsheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { createReport } from 'docx-templates/lib/browser.js';
import { listCommands } from 'docx-templates';
import { progressCheck as def, templateBySlug } from '../../templates/index.ts';
import { checkpointGroups, readCheckpointEntries, readToolkitSections } from '../../templates/progress-check/checkpoints.ts';
import { buildTemplateDocx } from '../../scripts/build-docx-templates.ts';
import { CMD_DELIMITER, renderDocx } from '../../src/templates-engine/outputs/docx-render.ts';
import { evaluateExpression } from '../../src/templates-engine/outputs/docx-expressions.ts';
import { prepareDocxData } from '../../src/templates-engine/docx-data.ts';
import { allFields, draftIssue, validateDraft } from '../../src/templates-engine/schema.ts';
import { defaultDraft } from '../../src/templates-engine/draft.ts';
import { readAnswersFile, toAnswersFile } from '../../src/templates-engine/answers-file.ts';
import { loadDraft, saveDraft } from '../../src/templates-engine/storage.ts';
import { buildWorkbook } from '../../src/templates-engine/sheet/build.ts';
import { toCsv } from '../../src/templates-engine/sheet/csv.ts';
import { progressOf } from '../../src/templates-engine/checkpoints/progress.ts';
import type { CheckpointsField } from '../../src/templates-engine/checkpoints/types.ts';
import { checkpointsInOrder } from '../../src/templates-engine/checkpoints/order.ts';
import type { Draft } from '../../src/templates-engine/types.ts';
import { HOSTILE } from '../support/template-form.ts';

const field = allFields(def).find((f): f is CheckpointsField => f.type === 'checkpoints')!;
const ordered = checkpointsInOrder(field);
const sections = readToolkitSections();
const entries = readCheckpointEntries();

/** A draft with these statuses (by checkpoint id) and everything else blank. */
function draftWith(statuses: Record<string, string>, extra: Partial<Draft> = {}, texts: Record<string, { note?: string; evidence?: string }> = {}): Draft {
  return {
    ...defaultDraft(def),
    mvpName: 'Riverside MVP',
    progress: ordered.map(({ checkpoint }) => ({
      id: checkpoint.id,
      status: statuses[checkpoint.id] ?? '',
      note: texts[checkpoint.id]?.note ?? '',
      evidence: texts[checkpoint.id]?.evidence ?? '',
    })),
    ...extra,
  };
}
const allOf = (group: string, status: string) => Object.fromEntries(ordered.filter((c) => c.group.id === group).map((c) => [c.checkpoint.id, status]));

test('every numbered toolkit section, 1.1 to 5.6, has one to three checkpoints, and each cites a section that exists', () => {
  assert.equal(sections.length, 51);
  for (const section of sections) {
    const count = entries.filter((e) => e.section === section.number).length;
    assert.ok(count >= 1 && count <= 3, `section ${section.number} has ${count} checkpoints`);
  }
  for (const entry of entries)
    assert.ok(
      sections.some((s) => s.number === entry.section),
      `${entry.id} cites ${entry.section}`,
    );
  assert.equal(ordered.length, entries.length, 'every checkpoint reaches the form');
  for (const entry of entries) for (const slug of entry.templates) assert.ok(templateBySlug(slug), `${entry.id}: template ${slug}`);
});

test('a checkpoint citing a missing section or template stops the build', () => {
  const bad = { ...entries[0], section: '2.99' };
  assert.throws(() => checkpointGroups([bad], sections, () => 'x'), /cites section 2\.99, which the toolkit does not have/);
  assert.throws(() => checkpointGroups([{ ...entries[0], templates: ['nope'] }], sections, () => undefined), /names the template “nope”/);
});

test('the Safety Action 7 checkpoints come from toolkit 2.5, 4.3, 4.4, 4.6 and 4.20 and FAQ question 12', () => {
  const sa7 = new Set(entries.filter((e) => e.sa7).map((e) => e.section));
  for (const section of ['2.5', '4.3', '4.4', '4.6', '4.20']) assert.ok(sa7.has(section), section);
  assert.ok(
    entries.some((e) => e.sa7 && /MNVP guidance/.test(e.text)),
    'FAQ question 12: a ratified plan for the MNVP guidance',
  );
});

test('checkpoints are grouped by stage in toolkit order, each linking to its section', () => {
  assert.deepEqual(
    field.groups.map((g) => g.label),
    ['Introduction', 'Setting up', 'Getting established', 'Consolidating', 'Pioneering'],
  );
  const numbers = ordered.map((c) => c.section.number);
  assert.deepEqual(
    numbers,
    [...numbers].sort((a, b) => {
      const [a1, a2] = a.split('.').map(Number);
      const [b1, b2] = b.split('.').map(Number);
      return a1 - b1 || a2 - b2;
    }),
  );
  const pay = ordered.find((c) => c.checkpoint.id === 'chair-paid-regularly')!;
  assert.equal(pay.section.path, '/toolkit/setting-up/paying-remuneration-and-expenses/');
  assert.equal(pay.checkpoint.text, 'Payments to the chair are predictable, regular and timely.');
});

test('the stage reached and the next steps follow the statuses', () => {
  let p = progressOf(field, draftWith({}).progress as Array<Record<string, string>>);
  assert.match(p.reached[0], /Nothing is marked as in place yet, so your MVP is at the start of Setting up/);
  assert.equal(p.next.length, 5);
  assert.equal(p.next[0].checkpoint.id, ordered[0].checkpoint.id);

  p = progressOf(
    field,
    draftWith({ ...allOf('introduction', 'in-place'), 'named-lead-agreed': 'in-place', 'lms-link-named': 'not-applicable' }).progress as Array<
      Record<string, string>
    >,
  );
  const setting = p.groups.find((g) => g.id === 'setting-up')!;
  assert.deepEqual([setting.inPlace, setting.applicable, setting.notApplicable], [1, 13, 1]);
  assert.match(p.reached[0], /at the Setting up stage: 1 of its 13 checkpoints are in place/);
  assert.equal(p.next[0].checkpoint.id, 'mnvp-guidance-plan-ratified', 'in place and not applicable ones are skipped, in toolkit order');

  p = progressOf(
    field,
    draftWith({ ...allOf('setting-up', 'in-place'), ...allOf('getting-established', 'in-place'), 'helping-do-the-work': 'in-place' }).progress as Array<
      Record<string, string>
    >,
  );
  assert.match(p.reached[0], /has done everything in Setting up and Getting established and is at the Consolidating stage: 0 of its 29/);
  assert.match(p.reached[1], /Some later work is in place too: 1 in Pioneering/);
});

test('answers are checked like any template: saved, reloaded, and a note over the limit is an error beside it', () => {
  const draft = draftWith({ 'chair-paid-regularly': 'in-place' }, {}, { 'chair-paid-regularly': { note: HOSTILE, evidence: 'Minutes, 3 March' } });
  const store = new Map<string, string>();
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
    clear: () => store.clear(),
    key: () => null,
    length: 0,
  } as Storage;
  assert.ok(saveDraft(storage, def, draft));
  assert.deepEqual(loadDraft(storage, def), draft);
  // A checkpoint since taken out of the content is dropped from saved answers; the others are kept.
  const stored = JSON.parse(store.get('mvp-toolkit:template:progress-check')!);
  stored.answers.progress.push({ id: 'retired-checkpoint', status: 'in-place', note: '', evidence: '' });
  store.set('mvp-toolkit:template:progress-check', JSON.stringify(stored));
  assert.deepEqual(loadDraft(storage, def), draft);

  const index = ordered.findIndex((c) => c.checkpoint.id === 'chair-paid-regularly');
  const long = draftWith({}, {}, { 'chair-paid-regularly': { evidence: 'x'.repeat(1001) } });
  const result = validateDraft(def, long);
  assert.ok(!result.ok);
  assert.deepEqual(
    result.errors.map((e) => e.target),
    [`f-progress-${index + 1}-evidence`],
  );
  assert.match(
    result.errors[0].message,
    /^Evidence for checkpoint \d+ \(“Payments to the chair are predictable, regular and timely\.”\) must be 1,000 characters or fewer$/,
  );
});

test('an answers file round-trips, and a bad one is refused with a reason', () => {
  const draft = draftWith({ 'budget-agreed': 'in-progress' }, { checkedBy: 'Chair' });
  const loaded = readAnswersFile(def, toAnswersFile(def, draft));
  assert.ok(loaded.ok);
  assert.deepEqual(loaded.draft, draft);
  const withProgress = (progress: unknown) => JSON.stringify({ ...JSON.parse(toAnswersFile(def, draft)), answers: { ...draft, progress } });
  const refused = (progress: unknown) => {
    const r = readAnswersFile(def, withProgress(progress));
    assert.ok(!r.ok);
    return r.message;
  };
  assert.match(refused('all done'), /should be a list of checkpoints, but it is text/);
  assert.match(refused([{ id: 'made-up', status: 'in-place' }]), /has a checkpoint called “made-up”, which this page does not have/);
  assert.match(refused([{ id: 'budget-agreed', status: 'finished' }]), /“finished” as the status of “budget-agreed”/);
  assert.match(
    refused([
      { id: 'budget-agreed', status: 'in-place' },
      { id: 'budget-agreed', status: '' },
    ]),
    /more than once/,
  );
  assert.match(refused([{ id: 'budget-agreed', status: 'in-place', owner: 'x' }]), /“owner” in item 1/);
  assert.match(refused([{ id: 'budget-agreed', note: 3 }]), /a number as the note of item 1/);
  // A file with only some checkpoints fills the rest in blank, in toolkit order.
  const partial = readAnswersFile(def, withProgress([{ id: 'budget-agreed', status: 'in-place' }]));
  assert.ok(partial.ok);
  assert.equal((partial.draft.progress as unknown[]).length, ordered.length);
  assert.equal(draftIssue(def, defaultDraft(def)), null);
});

async function documentText(draft: Draft): Promise<{ xml: string; header: string }> {
  const checked = validateDraft(def, draft);
  if (!checked.ok) throw new Error(checked.errors[0].message);
  const zip = await JSZip.loadAsync(await renderDocx(createReport, await buildTemplateDocx(def.slug), def, checked.answers));
  return { xml: await zip.file('word/document.xml')!.async('string'), header: await zip.file('word/header1.xml')!.async('string') };
}

test('every command in the Word template is one the evaluator understands', async () => {
  const template = await buildTemplateDocx(def.slug);
  const commands = await listCommands(template.buffer as ArrayBuffer, CMD_DELIMITER);
  const data = prepareDocxData(def, null);
  for (const { type, code } of commands) {
    if (type === 'END-FOR' || type === 'END-IF') continue;
    const expression = type === 'FOR' ? code.replace(/^\S+\s+IN\s+/i, '') : code;
    const loopScope = Object.fromEntries([...expression.matchAll(/\$\w+/g)].map(([name]) => [name, {}]));
    assert.doesNotThrow(() => evaluateExpression(expression, { ...data, ...loopScope }), `${type} ${code}`);
  }
});

test('the Word report has the counts, next steps and every checkpoint, with hostile text kept literal', async () => {
  const { xml, header } = await documentText(
    draftWith(
      { 'chair-paid-regularly': 'in-place', 'first-meeting-held': 'not-applicable' },
      { mvpName: HOSTILE, checkedOn: '2026-03-03' },
      { 'chair-paid-regularly': { note: HOSTILE, evidence: 'Minutes of 3 March' } },
    ),
  );
  const escaped = 'Ünïcødé 😀 مرحبا &amp; &lt;b&gt;x&lt;/b&gt; +++INS 7*6+++ ||&lt;w:p/&gt;||';
  assert.ok(header.includes(escaped));
  assert.ok(xml.split(escaped).length >= 3, 'name and note');
  assert.ok(!xml.includes('<w:p/>||') && !/>42</.test(xml) && !xml.includes('undefined'));
  for (const text of [
    'Progress report',
    'Setting up: 1 of 14 in place',
    'Getting established: 0 of 17 in place (1 not applicable)',
    'Next steps',
    '3 March 2026',
    'Minutes of 3 March',
    'Safety Action 7 evidence',
  ])
    assert.ok(xml.includes(text), text);
  for (const { checkpoint } of ordered) assert.ok(xml.includes(checkpoint.text.replace(/&/g, '&amp;')), checkpoint.id);
});

test('as a Safety Action 7 evidence list, the report holds only those checkpoints and their evidence', async () => {
  const { xml } = await documentText(
    draftWith({ 'chair-confirms-expenses': 'in-place' }, { report: 'sa7' }, { 'chair-confirms-expenses': { evidence: 'Letter from the chair, 1 April' } }),
  );
  assert.ok(xml.includes('Safety Action 7 evidence list'));
  assert.ok(xml.includes('Letter from the chair, 1 April'));
  assert.ok(xml.includes('check the current year’s requirements with NHS Resolution'));
  for (const { checkpoint } of ordered) assert.equal(xml.includes(checkpoint.text), Boolean(checkpoint.sa7), checkpoint.id);
  assert.ok(!xml.includes('Next steps') && !xml.includes('Where your MVP is now'));
});

test('the spreadsheet has one row per checkpoint, with its status, note and evidence as text', () => {
  const checked = validateDraft(def, draftWith({ 'budget-agreed': 'in-place' }, {}, { 'budget-agreed': { note: '=1+1', evidence: 'Budget paper' } }));
  assert.ok(checked.ok);
  const rows = toCsv(buildWorkbook(def, checked.answers).sheets[0]).split('\r\n');
  for (const { checkpoint } of ordered)
    assert.equal(rows.filter((r) => r.startsWith(`"${checkpoint.text}"`) || r.startsWith(`${checkpoint.text},`)).length, 1, checkpoint.id);
  const budget = rows.find((r) => r.includes(ordered.find((c) => c.checkpoint.id === 'budget-agreed')!.checkpoint.text))!;
  assert.match(budget, /In place,'=1\+1,Budget paper$/);
  const sa7 = validateDraft(def, draftWith({}, { report: 'sa7' }));
  assert.ok(sa7.ok);
  const sa7Rows = toCsv(buildWorkbook(def, sa7.answers).sheets[0])
    .split('\r\n')
    .filter((r) => /,Yes,/.test(r));
  assert.equal(sa7Rows.length, ordered.filter((c) => c.checkpoint.sa7).length);
});
