// Two tabs editing the same template: what each changed is kept, and only true conflicts are reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Draft, TemplateDefinition } from '../../src/templates-engine/types.ts';
import { defaultDraft } from '../../src/templates-engine/draft.ts';
import { describePath, mergeDrafts, parsePathKey, pathKey, valueAt, withValueAt, changedFields } from '../../src/templates-engine/tab-merge.ts';
import { templateBySlug } from '../../templates/index.ts';
import { lineageOf, nextLineage, saveDraft, storageKey } from '../../src/templates-engine/saved-draft.ts';
import { parseStored } from '../../src/templates-engine/storage.ts';
import { rememberSave, sharedAnswers } from '../../src/templates-engine/saves-seen.ts';

const def: TemplateDefinition = {
  slug: 'tabs',
  version: 1,
  title: 'Tabs',
  summary: '',
  audience: '',
  serves: [],
  sources: [],
  fileLabel: 'Tabs',
  nameField: 'name',
  outputs: ['docx'],
  sections: [
    {
      id: 's',
      title: 'S',
      fields: [
        { type: 'text', name: 'name', label: 'Your MVP’s name', maxLength: 100 },
        { type: 'longText', name: 'notes', label: 'Notes (optional)', maxLength: 100 },
        { type: 'list', name: 'items', label: 'Items', itemLabel: 'item', itemMaxLength: 50 },
        {
          type: 'rows',
          name: 'lines',
          label: 'Budget lines (optional)',
          itemLabel: 'line',
          columns: [
            { type: 'text', name: 'what', label: 'What' },
            { type: 'money', name: 'cost', label: 'Cost' },
          ],
        },
      ],
    },
  ],
};

const base: Draft = {
  name: 'Riverside',
  notes: '',
  items: ['a', 'b'],
  lines: [
    { what: 'Room', cost: '£50' },
    { what: 'Tea', cost: '£10' },
  ],
};

test('changes to different answers in two tabs are both kept', () => {
  const mine = { ...base, name: 'Riverside MVP' };
  const theirs = { ...base, notes: 'From the other tab' };
  assert.deepEqual(mergeDrafts(def, base, mine, theirs), { merged: { ...base, name: 'Riverside MVP', notes: 'From the other tab' }, conflicts: [] });
});

test('the same answer changed differently in both tabs keeps this tab’s and is reported', () => {
  const mine = { ...base, name: 'Mine' };
  const theirs = { ...base, name: 'Theirs', notes: 'kept' };
  assert.deepEqual(mergeDrafts(def, base, mine, theirs), { merged: { ...base, name: 'Mine', notes: 'kept' }, conflicts: [{ field: 'name' }] });
  // The same change in both is no conflict.
  assert.deepEqual(mergeDrafts(def, base, mine, { ...mine }).conflicts, []);
});

test('tables and lists merge cell by cell while both keep their rows, and as a whole once rows differ', () => {
  const mine = {
    ...base,
    lines: [
      { what: 'Room hire', cost: '£50' },
      { what: 'Tea', cost: '£10' },
    ],
    items: ['a', 'B'],
  };
  const theirs = {
    ...base,
    lines: [
      { what: 'Room', cost: '£55' },
      { what: 'Tea', cost: '£12' },
    ],
    items: ['A', 'b'],
  };
  assert.deepEqual(mergeDrafts(def, base, mine, theirs), {
    merged: {
      ...base,
      lines: [
        { what: 'Room hire', cost: '£55' },
        { what: 'Tea', cost: '£12' },
      ],
      items: ['A', 'B'],
    },
    conflicts: [],
  });
  const clash = mergeDrafts(def, base, mine, {
    ...theirs,
    lines: [
      { what: 'Hall', cost: '£55' },
      { what: 'Tea', cost: '£10' },
    ],
  });
  assert.deepEqual(clash.conflicts, [{ field: 'lines', index: 0, column: 'what' }]);
  assert.equal(valueAt(clash.merged, { field: 'lines', index: 0, column: 'what' }), 'Room hire');
  // A line added in the other tab only: taken whole.
  const added = { ...base, lines: [...(base.lines as Array<Record<string, string>>), { what: 'Creche', cost: '£80' }] };
  assert.deepEqual(mergeDrafts(def, base, { ...base, name: 'X' }, added).merged.lines, added.lines);
  // A line added here and a cell changed there: the table is one answer, this tab's kept and reported.
  const both = mergeDrafts(def, base, added, theirs);
  assert.deepEqual(both.merged.lines, added.lines);
  assert.deepEqual(both.conflicts, [{ field: 'lines' }]);
  // Rows moved here and a cell changed there: cells no longer line up, so the table is one answer, not
  // a change landing on whichever row now sits where the changed one was.
  const sameLead = {
    ...base,
    lines: [
      { what: 'Room', cost: '£10' },
      { what: 'Tea', cost: '£10' },
    ],
  };
  const moved = {
    ...sameLead,
    lines: [
      { what: 'Tea', cost: '£10' },
      { what: 'Room', cost: '£10' },
    ],
  };
  const dearerRoom = {
    ...sameLead,
    lines: [
      { what: 'Room', cost: '£90' },
      { what: 'Tea', cost: '£10' },
    ],
  };
  assert.deepEqual(mergeDrafts(def, sameLead, moved, dearerRoom), { merged: moved, conflicts: [{ field: 'lines' }] });
  assert.deepEqual(mergeDrafts(def, sameLead, dearerRoom, moved), { merged: dearerRoom, conflicts: [{ field: 'lines' }] });
});

test('any changes to different answers merge without loss or conflict', () => {
  const keys = ['name', 'notes', 'items/0', 'items/1', 'lines/0/what', 'lines/0/cost', 'lines/1/what', 'lines/1/cost'];
  fc.assert(
    fc.property(fc.shuffledSubarray(keys), fc.array(fc.string(), { minLength: 8, maxLength: 8 }), fc.nat(8), (chosen, values, cut) => {
      let mine = base;
      let theirs = base;
      chosen.forEach((key, i) => {
        const value = `${values[i]}!`;
        if (i < cut) mine = withValueAt(mine, parsePathKey(key), value);
        else theirs = withValueAt(theirs, parsePathKey(key), value);
      });
      const { merged, conflicts } = mergeDrafts(def, base, mine, theirs);
      if (conflicts.length) return false;
      return chosen.every((key, i) => valueAt(merged, parsePathKey(key)) === `${values[i]}!`);
    }),
  );
});

test('answers are named as people see them', () => {
  const workplan = templateBySlug('workplan')!;
  assert.equal(describePath(workplan, { field: 'priorities', index: 1, column: 'lead' }), 'Priorities for the year, priority 2: Lead');
  assert.equal(describePath(workplan, { field: 'servicesCovered' }), 'Services the plan covers');
  assert.equal(describePath(def, { field: 'items', index: 0 }), 'Items, item 1');
  for (const p of [{ field: 'name' }, { field: 'items', index: 3 }, { field: 'lines', index: 0, column: 'cost' }])
    assert.deepEqual(parsePathKey(pathKey(p)), p);
  assert.deepEqual(
    changedFields(def, base, { ...base, notes: 'x' }).map((f) => f.name),
    ['notes'],
  );
  assert.equal(withValueAt(base, { field: 'lines', index: 9, column: 'what' }, 'x'), base);
  assert.deepEqual(mergeDrafts(workplan, defaultDraft(workplan), defaultDraft(workplan), defaultDraft(workplan)).conflicts, []);
});

/** A storage that holds one item, as localStorage does for a template. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k: string) => items.get(k) ?? null,
    key: (i: number) => [...items.keys()][i] ?? null,
    removeItem: (k: string) => void items.delete(k),
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

test('a save written over another tab’s save it had not yet seen is measured from the save both had seen', () => {
  const storage = memoryStorage();
  const key = storageKey(def);
  const read = () => lineageOf(storage.getItem(key));
  saveDraft(storage, def, base);
  const first = read();
  assert.equal(first.length, 1);
  // Tab B saves its typing on top of the first save.
  const typedInB = { ...base, name: 'Typed in B' };
  saveDraft(storage, def, typedInB, { lineage: nextLineage(first) });
  const fromB = read();
  assert.deepEqual(fromB.slice(1), first);
  let seenByB = rememberSave(rememberSave([], first, base), fromB, typedInB);
  // Tab A, not yet told of B's save, writes its own typing on top of the first save: B's is gone from storage.
  const typedInA = { ...base, notes: 'Typed in A' };
  saveDraft(storage, def, typedInA, { lineage: nextLineage(first) });
  const fromA = read();
  assert.deepEqual(fromA.slice(1), first);
  assert.deepEqual(parseStored(def, storage.getItem(key))?.lineage, fromA, 'read back with the answers');

  // Tab B hears of A's save: both changes are measured from the first save, so B's typing is not taken as undone.
  const shared = sharedAnswers(seenByB, fromA);
  assert.deepEqual(shared, base);
  const { merged, conflicts } = mergeDrafts(def, shared!, typedInB, typedInA);
  assert.deepEqual(merged, { ...base, name: 'Typed in B', notes: 'Typed in A' });
  assert.deepEqual(conflicts, []);
  // Measured from B's own save, as before lineage, B's typing would have been undone.
  assert.equal(mergeDrafts(def, typedInB, typedInB, typedInA).merged.name, base.name);

  // A save built on B's (directly or through others) needs nothing special.
  const onTop = nextLineage(fromB);
  assert.equal(sharedAnswers(seenByB, onTop), undefined);
  assert.equal(sharedAnswers(seenByB, nextLineage(onTop)), undefined);
  // Drafts saved before saves had lineage are read as they always were.
  assert.deepEqual(lineageOf(JSON.stringify({ version: 1, answers: typedInA })), []);
  assert.equal(sharedAnswers(seenByB, []), undefined);
  seenByB = rememberSave(seenByB, [], typedInA);
  assert.deepEqual(seenByB, []);
});

test('a save keeps a bounded lineage', () => {
  let lineage: string[] = [];
  for (let i = 0; i < 40; i++) lineage = nextLineage(lineage);
  assert.equal(lineage.length, 16);
  assert.equal(new Set(lineage).size, 16);
});
