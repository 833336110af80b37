// The engine's own checks, which replace zod in the browser: the running totals' typed values agree
// with the full checks, and saved answers are judged by their shape as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { templates } from '../../templates/index.ts';
import { allFields } from '../../src/templates-engine/fields.ts';
import { checkValue, draftIssue, fitsDraft } from '../../src/templates-engine/schema.ts';
import { typedValue } from '../../src/templates-engine/values.ts';
import { defaultDraft, emptyDraft } from '../../src/templates-engine/draft.ts';
import type { ColumnField, ScalarField } from '../../src/templates-engine/types.ts';

const scalars: Array<ScalarField | ColumnField> = templates.flatMap((def) =>
  allFields(def).flatMap((f) => (f.type === 'rows' ? f.columns : f.type === 'list' || f.type === 'checkpoints' ? [] : [f])),
);

const typed = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '£1,250.50', '1 250', '-3', '3.333', '0.5', '12', '1e3', '2026-02-30', '2026-04-01', 'each', 'once', '£9,999,999,999.99'),
  fc.tuple(fc.nat(100000), fc.nat(999)).map(([a, b]) => `${a}.${b}`),
);

test('property: the running totals read every answer exactly as the full checks do', () => {
  fc.assert(
    fc.property(fc.constantFrom(...scalars), typed, (field, raw) => {
      assert.deepEqual(typedValue(field, raw), checkValue(field, raw).value, `${field.name}: ${JSON.stringify(raw)}`);
    }),
    { numRuns: 3000 },
  );
});

test('saved answers: every template’s suggested and empty answers fit; wrong shapes and unknown answers are named', () => {
  for (const def of templates) {
    assert.equal(draftIssue(def, defaultDraft(def)), null, def.slug);
    assert.equal(draftIssue(def, emptyDraft(def)), null, def.slug);
    assert.deepEqual(draftIssue(def, { ...defaultDraft(def), password: 'x' }), { kind: 'unknown', name: 'password' });
    for (const field of allFields(def)) {
      const wrong = field.type === 'list' || field.type === 'rows' ? 'one big string' : ['a list'];
      assert.deepEqual(draftIssue(def, { ...defaultDraft(def), [field.name]: wrong }), { kind: 'wrongShape', field }, `${def.slug}.${field.name}`);
      if (field.type === 'choice') assert.equal(fitsDraft(field, 'barter'), false);
      if (field.type === 'rows') {
        assert.equal(fitsDraft(field, [{ notAColumn: 'x' }]), false, 'a row with a column the table does not have');
        assert.equal(fitsDraft(field, [{ [field.columns[0].name]: 3 }]), false, 'a cell that is not text');
      }
    }
  }
});
