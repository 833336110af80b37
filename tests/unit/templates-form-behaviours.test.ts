// The form's behaviours that can be checked without a browser: where a part stands (part nav) and the
// columns of a table laid out as a grid. Their DOM side is tested in tests/e2e/templates-desk-grid.spec.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { templates } from '../../templates/index.ts';
import { partStatus, STATUS_TEXT, PART_NAV_MIN_PARTS } from '../../src/components/templates/part-status.ts';
import { gridColumns, columnTrack } from '../../src/components/templates/grid-columns.ts';
import { defaultDraft, emptyDraft } from '../../src/templates-engine/draft.ts';
import type { RowsField, Section } from '../../src/templates-engine/types.ts';

const budget = templates.find((t) => t.slug === 'budget')!;
const about = budget.sections[0];

test('a part is not started until something is typed, in progress until every required answer is given, then completed', () => {
  const empty = emptyDraft(budget);
  assert.equal(partStatus(about, empty, new Set()), 'empty');
  assert.equal(partStatus(about, { ...empty, mvpName: 'Riverside' }, new Set()), 'started');
  const required = about.fields.filter((f) => f.required);
  const done = { ...empty, ...Object.fromEntries(required.map((f) => [f.name, '1'])) };
  assert.equal(partStatus(about, done, new Set()), 'completed');
  assert.equal(partStatus(about, { ...done, mvpName: '   ' }, new Set()), 'started', 'spaces are not an answer');
});

test('a part with a message showing beside any of its answers has errors, whatever else is typed', () => {
  assert.equal(partStatus(about, defaultDraft(budget), new Set([about.fields[1].name])), 'errors');
  assert.equal(partStatus(about, emptyDraft(budget), new Set([about.fields[0].name])), 'errors');
});

test('tables count as answered once any line has anything typed; a part with no questions has no status', () => {
  const engagement = budget.sections.find((s) => s.fields.some((f) => f.name === 'engagement'))!;
  const draft = emptyDraft(budget);
  assert.equal(partStatus(engagement, { ...draft, engagement: [{ item: '', quantity: '', unit: '', rate: '', scale: '', basis: '' }] }, new Set()), 'empty');
  assert.equal(
    partStatus(engagement, { ...draft, engagement: [{ item: 'Venue', quantity: '', unit: '', rate: '', scale: '', basis: '' }] }, new Set()),
    'completed',
  );
  const totals: Section = { id: 'totals', title: 'Totals', fields: [], display: 'costs' };
  assert.equal(partStatus(totals, draft, new Set()), 'none');
  assert.equal(STATUS_TEXT.none, '');
  assert.deepEqual([STATUS_TEXT.empty, STATUS_TEXT.errors, STATUS_TEXT.completed], ['Not started', 'Has errors', 'Completed']);
});

test('every template long enough gets the list of parts: only the short forms and letters go without', () => {
  const short = templates
    .filter((def) => def.sections.length < PART_NAV_MIN_PARTS)
    .map((def) => def.slug)
    .sort();
  assert.deepEqual(short, ['expenses-claim', 'expenses-confirmation', 'feedback-visit-record', 'remuneration-confirmation', 'we-said-we-did']);
});

test('a grid has one track per column, then the cost and the buttons; the heading row uses the same tracks', () => {
  for (const def of templates) {
    for (const field of def.sections.flatMap((s) => s.fields).filter((f): f is RowsField => f.type === 'rows')) {
      const grid = gridColumns(field);
      const cells = field.columns.map(columnTrack);
      assert.equal(grid.cells, cells.join(' '), `${def.slug}.${field.name}`);
      assert.equal(grid.all.split(/ (?![^(]*\))/).length, cells.length + (field.amount ? 2 : 1));
      assert.ok(grid.all.startsWith(grid.cells));
      assert.match(grid.tail, /^minmax\(0, 1fr\) /);
      assert.match(grid.minWidth, /^\d+(\.\d)?rem$/);
      for (const track of cells) assert.match(track, /^(\d+(\.\d)?rem|minmax\(6rem, 2fr\)|minmax\(6rem, 3fr\))$/);
    }
  }
  const money = columnTrack({ type: 'money', name: 'rate', label: 'Rate' });
  const text = columnTrack({ type: 'text', name: 'item', label: 'Item' });
  assert.equal(money, '8.5rem');
  assert.equal(text, 'minmax(6rem, 2fr)', 'a description takes what is left');
  assert.equal(
    columnTrack({ type: 'longText', name: 'notes', label: 'Notes', maxLength: 500 }),
    'minmax(6rem, 3fr)',
    'a box of several lines takes more of it',
  );
});
