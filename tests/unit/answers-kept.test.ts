// When answers were last saved, in words, and when a draft is old enough to offer an answers file as well.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keptLongEnough, whenSaved } from '../../src/components/templates/behaviours/answers-kept.ts';

const at = (iso: string) => new Date(iso);

test('the last save is said as today, yesterday or a date, with the time', () => {
  const now = at('2026-12-07T15:00:00');
  assert.equal(whenSaved(at('2026-12-07T09:05:00'), now), 'today at 09:05');
  assert.equal(whenSaved(at('2026-12-06T23:59:00'), now), 'yesterday at 23:59');
  assert.equal(whenSaved(at('2026-11-27T14:05:00'), now), 'on 27 November 2026 at 14:05');
});

test('an answers file is offered for answers saved more than a day before', () => {
  const now = at('2026-12-07T15:00:00');
  assert.equal(keptLongEnough(at('2026-12-07T09:00:00'), now), false);
  assert.equal(keptLongEnough(at('2026-12-06T15:30:00'), now), false);
  assert.equal(keptLongEnough(at('2026-12-06T14:30:00'), now), true);
  assert.equal(keptLongEnough(at('2026-11-27T15:00:00'), now), true);
});
