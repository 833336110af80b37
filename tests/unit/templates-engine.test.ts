import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMoney, formatPence } from '../../src/templates-engine/money.ts';
import { validateDraft, draftIssue } from '../../src/templates-engine/schema.ts';
import { defaultDraft, emptyDraft } from '../../src/templates-engine/draft.ts';
import { loadDraft, saveDraft, storageKey } from '../../src/templates-engine/storage.ts';
import { downloadName } from '../../src/templates-engine/file-name.ts';
import { safeText, newLiteralXmlDelimiter, DELIMITER_MARK, prepareDocxData } from '../../src/templates-engine/docx-data.ts';
import type { TemplateDefinition } from '../../src/templates-engine/types.ts';
import { templates } from '../../templates/index.ts';

test('money accepts what people type and rejects what is not money', () => {
  assert.deepEqual(parseMoney('£1,250.50'), { ok: true, pence: 125050 });
  assert.deepEqual(parseMoney('1250'), { ok: true, pence: 125000 });
  assert.deepEqual(parseMoney(' 1 250 '), { ok: true, pence: 125000 });
  assert.deepEqual(parseMoney('£150.5'), { ok: true, pence: 15050 });
  assert.deepEqual(parseMoney('-5'), { ok: false, reason: 'negative' });
  assert.deepEqual(parseMoney('£-5'), { ok: false, reason: 'negative' });
  assert.deepEqual(parseMoney('lots'), { ok: false, reason: 'notMoney' });
  assert.deepEqual(parseMoney('1.234'), { ok: false, reason: 'notMoney' });
  assert.deepEqual(parseMoney('1,25'), { ok: false, reason: 'notMoney' });
  assert.deepEqual(parseMoney('1e9'), { ok: false, reason: 'notMoney' });
  assert.deepEqual(parseMoney('99999999999999'), { ok: false, reason: 'tooLarge' });
  assert.deepEqual(parseMoney(''), { ok: false, reason: 'empty' });
  assert.equal(formatPence(125050), '£1,250.50');
  assert.equal(formatPence(15000), '£150');
});

test('formatting and parsing money round-trips for any amount', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (pence) => {
      const parsed = parseMoney(formatPence(pence, true));
      return parsed.ok && parsed.pence === pence;
    }),
  );
});

const sample: TemplateDefinition = {
  slug: 'sample',
  version: 2,
  title: 'Sample',
  summary: '',
  audience: '',
  serves: [],
  sources: [],
  fileLabel: 'Sample',
  nameField: 'name',
  outputs: ['docx'],
  sections: [
    {
      id: 's',
      title: 'S',
      fields: [
        { type: 'text', name: 'name', label: 'Your MVP’s name', errorName: 'your MVP’s name', required: true, maxLength: 10 },
        { type: 'longText', name: 'notes', label: 'Notes (optional)', maxLength: 5 },
        { type: 'choice', name: 'kind', label: 'Kind', required: true, options: [{ value: 'a', label: 'A' }] },
        { type: 'money', name: 'rate', label: 'Day rate (optional)', maxPence: 100_000 },
        { type: 'number', name: 'days', label: 'Days a month', min: 0, max: 31, required: true },
        { type: 'number', name: 'people', label: 'People (optional)', integer: true },
        { type: 'date', name: 'on', label: 'Date agreed (optional)' },
        { type: 'list', name: 'items', label: 'Items', itemLabel: 'item', itemMaxLength: 3, maxItems: 2, required: true },
        {
          type: 'rows',
          name: 'costs',
          label: 'Costs (optional)',
          itemLabel: 'cost',
          totals: ['amount'],
          columns: [
            { type: 'text', name: 'what', label: 'What', errorName: 'what it is', required: true },
            { type: 'money', name: 'amount', label: 'Amount' },
          ],
        },
      ],
    },
  ],
};

const messagesFor = (draft: Record<string, unknown>) => {
  const result = validateDraft(sample, { ...emptyDraft(sample), ...draft } as never);
  return result.ok ? [] : result.errors.map((e) => `${e.target}: ${e.message}`);
};

test('every validation message, linked to the right control', () => {
  assert.deepEqual(messagesFor({}), [
    'f-name: Enter your MVP’s name',
    'f-kind: Select kind',
    'f-days: Enter days a month',
    'f-items-add: Add at least one item',
  ]);
  assert.deepEqual(
    messagesFor({
      name: 'x'.repeat(11),
      notes: '123456',
      kind: 'a',
      rate: 'abc',
      days: '32',
      people: '2.5',
      on: '2026-02-30',
      items: ['abcd', '', 'ok', 'ok2'],
      costs: [
        { what: '', amount: '-1' },
        { what: 'Hall', amount: '£2,000' },
      ],
    }),
    [
      'f-name: Your MVP’s name must be 10 characters or fewer',
      'f-notes: Notes must be 5 characters or fewer',
      'f-rate: Day rate must be an amount of money, like £150 or £1,250.50',
      'f-days: Days a month must be 31 or less',
      'f-people: People must be a whole number, like 2',
      'f-on: Date agreed must be a real date, like 1 April 2026',
      'f-items-1: Item 1 must be 3 characters or fewer',
      'f-items-add: Items can have up to 2 entries',
      'f-costs-1-what: Enter what it is for cost 1',
      'f-costs-1-amount: Amount for cost 1 must be £0 or more',
    ],
  );
  assert.deepEqual(messagesFor({ name: 'A', kind: 'a', days: '-1', items: ['a'], rate: '2000', costs: [{ what: 'Hall', amount: '£20,000,000' }] }), [
    'f-rate: Day rate must be £1,000 or less',
    'f-days: Days a month must be 0 or more',
    'f-costs-1-amount: Amount for cost 1 must be £10,000,000 or less',
  ]);
  assert.deepEqual(messagesFor({ name: 'A', kind: 'a', days: 'many', items: ['a'] }), ['f-days: Days a month must be a number, like 2 or 2.5']);
});

test('valid answers become typed values: pence, numbers, nulls, trimmed lists', () => {
  const result = validateDraft(sample, {
    ...emptyDraft(sample),
    name: ' Riverside ',
    kind: 'a',
    days: '2.5',
    rate: '£150',
    items: ['', ' a '],
    costs: [
      { what: 'Hall', amount: '1,000' },
      { what: '', amount: '' },
    ],
  });
  if (!result.ok) throw new Error(result.errors[0].message);
  assert.deepEqual(result.answers, {
    name: 'Riverside',
    notes: null,
    kind: 'a',
    rate: 15000,
    days: 2.5,
    people: null,
    on: null,
    items: ['a'],
    costs: [{ what: 'Hall', amount: 100000 }],
  });
  const data = prepareDocxData(sample, result.answers);
  assert.equal(data.t.costs.amount, '£1,000');
  assert.equal(data.has.notes, false);
  assert.equal(data.x.rate?.label, 'Day rate');
});

test('every role description’s suggested wording is valid once the MVP name and days are filled in', () => {
  for (const def of templates.filter((t) => t.category === 'Role descriptions')) {
    const result = validateDraft(def, { ...defaultDraft(def), mvpName: 'Riverside MVP', daysPerMonth: '4' });
    assert.ok(result.ok, `${def.slug}: ${result.ok ? '' : result.errors.map((e) => e.message).join('; ')}`);
    assert.equal(draftIssue(def, defaultDraft(def)), null);
  }
});

test('the suggested wording has no placeholders, and every figure says where it comes from', () => {
  for (const def of templates) {
    const text = JSON.stringify(def);
    assert.doesNotMatch(text, /lorem|TODO|TBC|XXX|\[insert/i, def.slug);
    for (const field of def.sections.flatMap((s) => s.fields)) {
      if (field.type === 'money' && field.default)
        assert.match(field.hint ?? '', /(MVP Toolkit|FAQ).*(2022|written)/, `${def.slug}.${field.name} needs a source and date`);
      if (field.type !== 'rows') continue;
      for (const column of field.columns.filter((c) => c.type === 'money')) {
        for (const row of field.default ?? []) {
          if (!row[column.name]) continue;
          assert.match(
            field.hint ?? '',
            /(MVP Toolkit|FAQ).*(2022|written)/,
            `${def.slug}.${field.name}: the default ${column.name} needs a source and date in the hint`,
          );
          if (field.amount?.noteColumn)
            assert.match(
              row[field.amount.noteColumn] ?? '',
              /(MVP Toolkit|FAQ)/,
              `${def.slug}.${field.name}: the default ${column.name} needs its source beside it`,
            );
        }
      }
    }
  }
});

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

test('answers saved in the browser come back, and ones that no longer fit are dropped one by one', () => {
  const storage = new MemoryStorage();
  const draft = { ...defaultDraft(sample), name: 'Riverside', items: ['a', 'b'] };
  saveDraft(storage, sample, draft);
  assert.deepEqual(loadDraft(storage, sample), draft);
  storage.setItem(storageKey(sample), JSON.stringify({ version: 1, answers: { name: 'Kept', items: 'not a list', kind: 'zzz', gone: 1 } }));
  assert.deepEqual(loadDraft(storage, sample), { ...defaultDraft(sample), name: 'Kept' });
  storage.setItem(storageKey(sample), '{ broken');
  assert.equal(loadDraft(storage, sample), undefined);
});

test('download names come from the MVP, the template and the date, without unsafe characters', () => {
  assert.equal(
    downloadName({ mvpName: 'Kernow MNVP', label: 'Chair role description', date: '2026-04-01', extension: 'docx' }),
    'Kernow MNVP - Chair role description - 2026-04-01.docx',
  );
  assert.equal(
    downloadName({ mvpName: '', label: 'Chair role description', date: '2026-04-01', extension: 'docx' }),
    'Chair role description - 2026-04-01.docx',
  );
  assert.equal(downloadName({ mvpName: '../a/b:c*?"<>|\u202e', label: 'X', date: '2026-04-01', extension: 'json' }), 'a b c - X - 2026-04-01.json');
});

test('no answer can contain the literal-XML delimiter or characters XML cannot hold', () => {
  const delimiter = newLiteralXmlDelimiter();
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      const safe = safeText(s + delimiter + s);
      return !safe.includes(delimiter) && !safe.includes(DELIMITER_MARK) && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(safe);
    }),
  );
  assert.equal(safeText('a\u0000b\u2063c'), 'abc');
  // Pairs (an emoji) are kept; a lone half of one, either half, is dropped.
  assert.equal(safeText('😀 \ud83d x \ude00 \ude00\ud83d 😀'), '😀  x   😀');
});
