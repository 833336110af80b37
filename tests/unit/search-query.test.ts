import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  expandQuery, fallbackWords, mergeResults, normaliseQuery, MAX_QUERIES, ALTERNATIVE_WEIGHT, SYNONYM_GROUPS,
} from '../../src/components/search/query.ts';
import { distinctiveKeywords } from '../../src/components/search/keywords.ts';
import { SEARCH_QUERIES } from '../search-queries.ts';

const queries = (q: string) => expandQuery(q).map((v) => v.query);

test('normalising lower-cases, drops accents and punctuation, keeps section numbers', () => {
  assert.equal(normaliseQuery('  Crèche, NICU!  '), 'creche nicu');
  assert.equal(normaliseQuery('Section 2.5?'), 'section 2.5');
  assert.equal(normaliseQuery('vice-chair'), 'vice chair');
  assert.equal(normaliseQuery('...'), '');
});

test('the words as typed come first, at full weight', () => {
  const [first] = expandQuery('Social media');
  assert.deepEqual(first, { query: 'social media', weight: 1 });
  assert.deepEqual(expandQuery('   '), []);
});

test('MNVP also searches MVP, and MVP also searches MNVP', () => {
  assert.deepEqual(queries('MNVP'), ['mnvp', 'mvp']);
  assert.deepEqual(queries('MVP'), ['mvp', 'mnvp']);
  assert.deepEqual(queries('MNVP budget'), ['mnvp budget', 'mvp budget']);
});

test('LMNS finds LMS, ICB finds commissioner text, pay finds remuneration, lead finds chair', () => {
  assert.ok(queries('LMNS').includes('lms'));
  assert.ok(queries('ICB').includes('commissioner'));
  assert.ok(queries('ICB').includes('ccg'));
  assert.ok(queries('pay').includes('remuneration'));
  assert.ok(queries('pay').includes('payment'));
  assert.ok(queries('lead').includes('chair'));
});

test('one-way synonyms do not widen the toolkit’s own words', () => {
  assert.ok(!queries('chair').includes('lead'));
});

test('multi-word synonyms: SA7 and Safety Action 7 find each other', () => {
  assert.ok(queries('SA7').includes('safety action 7'));
  assert.ok(queries('safety action 7').includes('sa7'));
});

test('common words are dropped in a second query, so questions still find pages', () => {
  assert.deepEqual(queries('who is responsible for the MVP').slice(0, 3), [
    'who is responsible for the mvp', 'responsible mvp', 'responsible mnvp',
  ]);
  assert.deepEqual(queries('how'), ['how']);
});

test('alternatives weigh less than the words typed, and swapping every word comes last', () => {
  const variants = expandQuery('MNVP lead pay');
  assert.equal(variants[0].weight, 1);
  assert.ok(variants.slice(1).every((v) => v.weight === ALTERNATIVE_WEIGHT));
  assert.ok(variants.length <= MAX_QUERIES);
});

test('expansion never repeats a query, never exceeds the cap and always starts with the typed words', () => {
  const words = fc.constantFrom(...SYNONYM_GROUPS.flat(), 'budget', 'the', 'for', 'creche', '2.5', 'Ü', '!');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 6 }), (parts) => {
      const typed = parts.join(' ');
      const variants = expandQuery(typed);
      const texts = variants.map((v) => v.query);
      assert.equal(new Set(texts).size, texts.length);
      assert.ok(variants.length <= MAX_QUERIES);
      if (normaliseQuery(typed)) assert.equal(texts[0], normaliseQuery(typed));
      else assert.deepEqual(variants, []);
    }),
  );
});

test('fallback words drop common words and repeats', () => {
  assert.deepEqual(fallbackWords('the budget and the creche and the budget'), ['budget', 'creche']);
  assert.deepEqual(fallbackWords('Safety Action 7 for payroll'), ['safety action 7', 'payroll']);
});

test('merging keeps each page’s best weighted score and the result that earned it', () => {
  const merged = mergeResults([
    { weight: 1, results: [{ id: 'a', score: 2, item: 'a-typed' }, { id: 'b', score: 1, item: 'b-typed' }] },
    { weight: 0.5, results: [{ id: 'b', score: 10, item: 'b-alt' }, { id: 'c', score: 1, item: 'c-alt' }] },
  ]);
  assert.deepEqual(merged, [
    { id: 'b', score: 5, item: 'b-alt' },
    { id: 'a', score: 2, item: 'a-typed' },
    { id: 'c', score: 0.5, item: 'c-alt' },
  ]);
});

test('merging shows a result whose text matched in preference to a keyword-only match', () => {
  const merged = mergeResults([
    { weight: 1, results: [{ id: 'a', score: 4, item: 'keyword', matchedText: false }] },
    { weight: 0.85, results: [{ id: 'a', score: 2, item: 'text', matchedText: true }] },
  ]);
  assert.deepEqual(merged, [{ id: 'a', score: 4, item: 'text' }]);
});

test('merging by sum ranks pages with more of the words first', () => {
  const merged = mergeResults(
    [
      { weight: 1, results: [{ id: 'both', score: 1, item: 1 }, { id: 'one', score: 1.5, item: 1 }] },
      { weight: 1, results: [{ id: 'both', score: 1, item: 2 }] },
    ],
    'sum',
  );
  assert.deepEqual(merged.map((m) => m.id), ['both', 'one']);
});

test('keywords found on most pages are not indexed; the rest are', () => {
  const keep = distinctiveKeywords([['MNVP', 'budget'], ['mnvp', 'DBS'], ['MNVP'], ['creche']]);
  assert.deepEqual(keep(['MNVP', 'budget']), ['budget']);
  assert.deepEqual(keep(['DBS', 'creche', 'unknown']), ['DBS', 'creche', 'unknown']);
});

test('the query table has at least 30 queries, each expecting a page path or page#anchor', () => {
  assert.ok(SEARCH_QUERIES.length >= 30);
  assert.equal(new Set(SEARCH_QUERIES.map((q) => q.query.toLowerCase())).size, SEARCH_QUERIES.length);
  for (const { expect } of SEARCH_QUERIES) assert.match(expect, /^\/[a-z0-9/-]*\/(#[\w-]+)?$/);
});
