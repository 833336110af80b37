// Answers saved under any released version of a template load into the current one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { templates, templateBySlug } from '../../templates/index.ts';
import type { Draft, TemplateDefinition } from '../../src/templates-engine/types.ts';
import { readAnswersFile } from '../../src/templates-engine/answers-file.ts';
import { lostMessage, upgradeAnswers } from '../../src/templates-engine/migrations.ts';
import { parseStored } from '../../src/templates-engine/storage.ts';
import { validateDraft } from '../../src/templates-engine/schema.ts';
import { defaultDraft } from '../../src/templates-engine/draft.ts';
import { importCostTotal, importRows, rollOver } from '../../src/templates-engine/imports.ts';

const FIXTURES = new URL('../fixtures/answers/', import.meta.url);
const fixture = (slug: string, version: number) => readFileSync(new URL(`${slug}/v${version}.json`, FIXTURES), 'utf8');
const get = (slug: string) => templateBySlug(slug)!;

test('every template lists a migration for each earlier version, and nothing for later ones', () => {
  for (const def of templates) {
    const froms = (def.migrations ?? []).map((m) => m.from);
    assert.deepEqual(
      froms,
      Array.from({ length: def.version - 1 }, (_, i) => i + 1),
      `${def.slug}: one migration for each version before ${def.version}, oldest first`,
    );
    for (const m of def.migrations ?? [])
      assert.ok(m.why.length > 20 && m.steps.length > 0, `${def.slug}: the migration from ${m.from} says why and what changed`);
  }
});

test('there is an answers file for every released version of every template, and no other', () => {
  for (const def of templates) {
    const expected = Array.from({ length: def.version }, (_, i) => `v${i + 1}.json`);
    assert.deepEqual(readdirSync(new URL(`${def.slug}/`, FIXTURES)).sort(), expected, def.slug);
  }
  assert.deepEqual(readdirSync(FIXTURES).sort(), templates.map((t) => t.slug).sort());
});

test('the answers file of every released version of every template loads into the current version, complete and valid', () => {
  for (const def of templates) {
    for (let version = 1; version <= def.version; version++) {
      const text = fixture(def.slug, version);
      assert.equal(JSON.parse(text).version, version);
      const loaded = readAnswersFile(def, text);
      if (!loaded.ok) throw new Error(`${def.slug} v${version}: ${loaded.message}`);
      assert.deepEqual(loaded.lost, [], `${def.slug} v${version}: every answer carried over`);
      assert.equal(loaded.draft.mvpName, 'Riverside Maternity and Neonatal Voices Partnership');
      const checked = validateDraft(def, loaded.draft);
      assert.ok(checked.ok, `${def.slug} v${version}: ${checked.ok ? '' : checked.errors[0].message}`);
    }
  }
});

test('a draft kept in the browser by any released version comes back in the current version', () => {
  for (const def of templates) {
    for (let version = 1; version <= def.version; version++) {
      const file = JSON.parse(fixture(def.slug, version)) as { answers: Draft };
      const stored = parseStored(def, JSON.stringify({ version, savedAt: '2026-11-22T12:00:00.000Z', answers: file.answers }));
      const loaded = readAnswersFile(def, fixture(def.slug, version));
      assert.ok(stored && loaded.ok);
      assert.deepEqual(stored.draft, loaded.draft, `${def.slug} v${version}`);
      assert.deepEqual(stored.lost, []);
    }
  }
});

test('the workplan’s quarters, chosen from a list in version 1, become their words in the typed timescale of version 2', () => {
  const workplan = get('workplan');
  const v1 = JSON.parse(fixture('workplan', 1)) as { answers: { priorities: Array<Record<string, string>> } };
  assert.deepEqual(
    v1.answers.priorities.slice(0, 2).map((r) => r.timescale),
    ['q4', 'year'],
  );
  const loaded = readAnswersFile(workplan, fixture('workplan', 1));
  if (!loaded.ok) throw new Error(loaded.message);
  const rows = loaded.draft.priorities as Array<Record<string, string>>;
  assert.deepEqual(
    rows.map((r) => r.timescale),
    v1.answers.priorities.map(
      (r) =>
        ({ q1: 'Q1 (April to June)', q2: 'Q2 (July to September)', q3: 'Q3 (October to December)', q4: 'Q4 (January to March)', year: 'All year' })[
          r.timescale
        ],
    ),
  );
  // Everything else in each row is as it was.
  rows.forEach((row, i) => assert.deepEqual({ ...row, timescale: '' }, { ...v1.answers.priorities[i], timescale: '' }));
});

test('starting from last year’s workplan works from a file of an earlier version', () => {
  const workplan = get('workplan');
  const loaded = readAnswersFile(workplan, fixture('workplan', 1));
  if (!loaded.ok) throw new Error(loaded.message);
  const next = rollOver(workplan, loaded.draft);
  const rows = next.priorities as Array<Record<string, string>>;
  assert.ok(rows.every((r) => r.status === 'notStarted'));
  assert.equal(rows[0].timescale, 'Q4 (January to March)');
  assert.equal(next.planYear, '');
  assert.ok(validateDraft(workplan, { ...next, planYear: 'April 2027 to March 2028' }).ok);
});

test('the annual report reads a workplan file and a budget file of every released version', () => {
  const report = get('annual-report');
  const rowsSpec = report.imports!.find((i) => i.kind === 'rows')!;
  const totalSpec = report.imports!.find((i) => i.kind === 'costTotal')!;
  for (const [spec, source] of [
    [rowsSpec, get('workplan')],
    [totalSpec, get('budget')],
  ] as const) {
    for (let version = 1; version <= source.version; version++) {
      const loaded = readAnswersFile(source, fixture(source.slug, version));
      if (!loaded.ok) throw new Error(loaded.message);
      const result = spec.kind === 'rows' ? importRows(report, spec, source, loaded.draft) : importCostTotal(report, spec, source, loaded.draft);
      assert.ok(result.ok, `${source.slug} v${version}`);
    }
  }
});

// A made-up template that has been through every kind of change, to check each migration step.
const changing: TemplateDefinition = {
  slug: 'changing',
  version: 3,
  title: 'Changing',
  summary: '',
  audience: '',
  serves: [],
  sources: [],
  fileLabel: 'Changing',
  nameField: 'mvpName',
  outputs: ['docx'],
  migrations: [
    {
      from: 1,
      why: 'Version 2 renamed the name, split the meeting time and removed the fax number.',
      steps: [
        { kind: 'rename', field: 'name', to: 'mvpName' },
        { kind: 'split', field: 'times', into: ['starts', 'ends'], separator: ' to ' },
        { kind: 'remove', field: 'fax', label: 'Fax number (optional)' },
        { kind: 'rename', field: 'people', column: 'who', to: 'person' },
      ],
    },
    {
      from: 2,
      why: 'Version 3 merged two roles into one, made the frequency typed text, dropped a column and made the notes a list.',
      steps: [
        { kind: 'mapValues', field: 'role', values: { viceChair: 'chair' } },
        { kind: 'mapValues', field: 'people', column: 'often', values: { monthly: 'Every month', weekly: 'Every week' } },
        { kind: 'remove', field: 'people', column: 'pager', label: 'Pager' },
        { kind: 'toList', field: 'notes', separator: ';' },
      ],
    },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      fields: [
        { type: 'text', name: 'mvpName', label: 'Your MVP’s name', required: true, maxLength: 120 },
        { type: 'text', name: 'starts', label: 'Starts (optional)' },
        { type: 'text', name: 'ends', label: 'Ends (optional)' },
        {
          type: 'choice',
          name: 'role',
          label: 'Role (optional)',
          options: [
            { value: 'chair', label: 'Chair' },
            { value: 'member', label: 'Member' },
          ],
        },
        { type: 'list', name: 'notes', label: 'Notes (optional)', itemLabel: 'note', itemMaxLength: 100 },
        {
          type: 'rows',
          name: 'people',
          label: 'People (optional)',
          itemLabel: 'person',
          columns: [
            { type: 'text', name: 'person', label: 'Person' },
            { type: 'text', name: 'often', label: 'How often' },
            { type: 'choice', name: 'tier', label: 'Tier', options: [{ value: 'provider', label: 'Provider' }] },
          ],
        },
      ],
    },
  ],
};

test('each kind of migration step: renamed, split, removed, re-typed answers and renamed choices', () => {
  const v1 = {
    name: 'Riverside MVP',
    times: '10am to 12 noon',
    fax: '01234 567890',
    role: 'viceChair',
    notes: 'one; two;',
    people: [
      { who: 'Sam', often: 'monthly', pager: '', tier: 'provider' },
      { who: 'Ali', often: 'every other Tuesday', pager: '555', tier: 'lms' },
    ],
  };
  const result = upgradeAnswers(changing, 1, v1);
  assert.ok(result.ok);
  assert.deepEqual(result.draft, {
    mvpName: 'Riverside MVP',
    starts: '10am',
    ends: '12 noon',
    role: 'chair',
    notes: ['one', 'two'],
    people: [
      { person: 'Sam', often: 'Every month', tier: 'provider' },
      { person: 'Ali', often: 'every other Tuesday' },
    ],
  });
  assert.deepEqual(result.lost, [
    { label: 'Fax number', value: '01234 567890' },
    { label: 'People, person 2: Pager', value: '555' },
    { label: 'People, person 2: Tier', value: 'lms' },
  ]);
  assert.equal(
    lostMessage(result.lost),
    'This template has changed since these answers were saved, and 3 answers could not be carried over, so check them: Fax number: “01234 567890”; People, person 2: Pager: “555”; People, person 2: Tier: “lms”.',
  );
  assert.equal(lostMessage([]), '');
  // From the middle version, only the later steps apply; a time with no separator stays whole.
  const v2 = upgradeAnswers(changing, 2, { mvpName: 'X', starts: 'Mornings', role: 'member', notes: '', people: [{ person: 'Jo', often: 'weekly' }] });
  assert.deepEqual(v2, {
    ok: true,
    draft: { ...defaultDraft(changing), mvpName: 'X', starts: 'Mornings', role: 'member', notes: [], people: [{ person: 'Jo', often: 'Every week' }] },
    lost: [],
  });
  const noSeparator = upgradeAnswers(changing, 1, { name: 'X', times: 'Mornings' });
  assert.ok(noSeparator.ok);
  assert.deepEqual([noSeparator.draft.starts, noSeparator.draft.ends], ['Mornings', '']);
});

test('answers that fit no longer are listed, never silently dropped, and the rest still load', () => {
  const result = upgradeAnswers(changing, 3, {
    mvpName: 'X',
    role: 'treasurer',
    notes: 'not a list',
    shoeSize: '9',
    blank: '',
    people: ['odd', { person: 'Jo', extra: 'x' }],
  });
  assert.ok(result.ok);
  assert.deepEqual(result.draft, { ...defaultDraft(changing), mvpName: 'X', people: [{ person: 'Jo' }] });
  assert.deepEqual(
    result.lost.map((l) => l.label),
    ['Role', 'Notes', 'People, person 1: the whole row', 'People, person 2: extra', 'shoeSize'],
  );
});

test('a file from a newer or unknown version is refused, and a bad file changes nothing', () => {
  const workplan = get('workplan');
  const good = JSON.parse(fixture('workplan', workplan.version)) as Record<string, unknown>;
  const newer = readAnswersFile(workplan, JSON.stringify({ ...good, version: workplan.version + 1 }));
  assert.deepEqual(newer, {
    ok: false,
    message: `The file was saved from version ${workplan.version + 1} of this template, which is newer than this page’s (version ${workplan.version}). Reload the page to get the newest version, then load the file again.`,
  });
  assert.equal(readAnswersFile(workplan, JSON.stringify({ ...good, version: 0 })).ok, false);
  assert.equal(readAnswersFile(workplan, JSON.stringify({ ...good, version: 1.5 })).ok, false);
  assert.equal(readAnswersFile(workplan, '{ nope').ok, false);
  // An old file none of whose answers fit is refused rather than emptying the form.
  assert.deepEqual(readAnswersFile(workplan, JSON.stringify({ ...good, version: 1, answers: { shoeSize: '9', priorities: 'lots' } })), {
    ok: false,
    message: 'None of the answers in the file fit this template, so it cannot be loaded.',
  });
  const storedJunk = parseStored(workplan, JSON.stringify({ version: 1, answers: { shoeSize: '9' } }));
  assert.deepEqual(storedJunk, { draft: defaultDraft(workplan), lost: [{ label: 'shoeSize', value: '9' }], contested: [], lineage: [] });
  // Migrating never changes the file's own answers.
  const v1 = JSON.parse(fixture('workplan', 1)) as { answers: Record<string, unknown> };
  const before = JSON.stringify(v1.answers);
  upgradeAnswers(workplan, 1, v1.answers);
  assert.equal(JSON.stringify(v1.answers), before);
  assert.ok(existsSync(new URL('workplan/v1.json', FIXTURES)));
});
