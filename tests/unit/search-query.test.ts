import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alternativesFor, britishSpelling, contentWords, normaliseQuery, SYNONYM_GROUPS, tokens } from '../../src/components/search/query.ts';
import { distinctiveKeywords } from '../../src/components/search/keywords.ts';
import { SEARCH_QUERIES } from '../search/queries.ts';
import { SEARCH_EVAL } from '../search/eval.ts';
import { SEARCH_DEV } from '../search/dev.ts';
import { SEARCH_DEV2 } from '../search/dev2.ts';
import { SEARCH_FRESH } from '../search/fresh.ts';
import { SEARCH_EVERYDAY } from '../search/everyday.ts';
import { SEARCH_EVERYDAY_TUNING } from '../search/everyday-tuning.ts';
import { builtPages, readPage } from '../support/built-site.ts';

const words = (q: string) => contentWords(tokens(normaliseQuery(q)));

test('normalising lower-cases, drops accents and punctuation, keeps section numbers', () => {
  assert.equal(normaliseQuery('  Crèche, NICU!  '), 'creche nicu');
  assert.equal(normaliseQuery('Section 2.5?'), 'section 2.5');
  assert.equal(normaliseQuery('vice-chair'), 'vice chair');
  assert.equal(normaliseQuery('...'), '');
});

test('an apostrophe never splits a word: possessives drop their s, contractions close up', () => {
  assert.equal(normaliseQuery("the chair's role"), 'the chair role');
  assert.equal(normaliseQuery('baby’s first week'), 'baby first week');
  assert.equal(normaliseQuery("we don't have a chair"), 'we dont have a chair');
  assert.equal(normaliseQuery("What's PAG?"), 'what pag');
  assert.equal(normaliseQuery("parents' views"), 'parents views');
  assert.deepEqual(words("we don't have a chair"), ['chair']);
  assert.deepEqual(words("what's the chair's role"), ['chair', 'role']);
  assert.deepEqual(words('someone wants to complain'), ['complain']);
});

test('MNVP and MVP, LMNS and LMS, ICB and commissioner, pay and remuneration find each other; lead finds chair', () => {
  assert.deepEqual(alternativesFor('mnvp'), ['mvp']);
  assert.deepEqual(alternativesFor('mvp'), ['mnvp']);
  assert.ok(alternativesFor('lmns').includes('lms'));
  assert.ok(alternativesFor('icb').includes('commissioner'));
  assert.ok(alternativesFor('icb').includes('ccg'));
  assert.ok(alternativesFor('pay').includes('remuneration'));
  assert.ok(alternativesFor('lead').includes('chair'));
  assert.ok(!alternativesFor('chair').includes('lead'), 'one-way synonyms do not widen the toolkit’s own words');
});

test('everyday words find the toolkit’s: parents and mums find service users, special care finds neonatal', () => {
  for (const word of ['parents', 'mums', 'mothers', 'women', 'families']) assert.deepEqual(alternativesFor(word), ['service users']);
  assert.deepEqual(words('babies in special care'), ['babies', 'special care']);
  assert.deepEqual(alternativesFor('special care'), ['neonatal']);
  assert.ok(alternativesFor('confidential').includes('privacy'));
  assert.ok(alternativesFor('year').includes('annual'));
  assert.deepEqual(alternativesFor('service users'), [], 'the toolkit’s own words are not widened');
});

test('multi-word phrases stay one word: Safety Action 7 and SA7 find each other; "get together" finds meetings', () => {
  assert.deepEqual(words('Safety Action 7 for payroll'), ['safety action 7', 'payroll']);
  assert.ok(alternativesFor('sa7').includes('safety action 7'));
  assert.ok(alternativesFor('safety action 7').includes('sa7'));
  assert.deepEqual(words('when should the partnership get together'), ['partnership', 'get together']);
  assert.deepEqual(alternativesFor('get together'), ['meetings']);
});

test('question and filler words do not count; a query of nothing else keeps them', () => {
  assert.deepEqual(words('who is responsible for the MVP'), ['responsible', 'mvp']);
  assert.deepEqual(words('what does MNVP stand for'), ['mnvp']);
  assert.deepEqual(words('how many hours a week for the MNVP lead'), ['hours', 'week', 'mnvp', 'lead']);
  assert.deepEqual(words('how'), ['how']);
});

test('American spellings find the British ones the site uses, by pattern, not by list', () => {
  assert.equal(britishSpelling('personalized'), 'personalised');
  assert.equal(britishSpelling('organize'), 'organise');
  assert.equal(britishSpelling('prioritization'), 'prioritisation');
  assert.equal(britishSpelling('analyze'), 'analyse');
  assert.equal(britishSpelling('color'), 'colour');
  assert.equal(britishSpelling('center'), 'centre');
  assert.equal(britishSpelling('program'), 'programme');
  for (const word of ['size', 'prize', 'seize', 'budget', 'meeting', 'chair', 'lmns']) assert.equal(britishSpelling(word), undefined, word);
});

test('normalising is idempotent and never produces doubled or edge spaces', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), (typed) => {
      const once = normaliseQuery(typed);
      assert.equal(normaliseQuery(once), once);
      assert.doesNotMatch(once, /^\s|\s$|\s\s/);
    }),
  );
  assert.ok(
    SYNONYM_GROUPS.flat().every((w) => normaliseQuery(w) === w),
    'synonyms are written as normalised',
  );
});

test('keywords found on most pages are not indexed; the rest are', () => {
  const keep = distinctiveKeywords([['MNVP', 'budget'], ['mnvp', 'DBS'], ['MNVP'], ['creche']]);
  assert.deepEqual(keep(['MNVP', 'budget']), ['budget']);
  assert.deepEqual(keep(['DBS', 'creche', 'unknown']), ['DBS', 'creche', 'unknown']);
});

test('the query table has at least 30 queries, each expecting a page path or page#anchor', () => {
  assert.ok(SEARCH_QUERIES.length >= 30);
  assert.equal(new Set(SEARCH_QUERIES.map((q) => q.query.toLowerCase())).size, SEARCH_QUERIES.length);
  for (const { expect } of SEARCH_QUERIES) for (const address of [expect].flat()) assert.match(address, /^\/[a-z0-9/-]*\/(#[\w-]+)?$/);
});

test('the evaluation table: at least 150 different queries, a third of them holdout, every kind of query', () => {
  assert.ok(SEARCH_EVAL.length >= 150);
  assert.equal(new Set(SEARCH_EVAL.map((q) => q.query.toLowerCase())).size, SEARCH_EVAL.length);
  const holdout = SEARCH_EVAL.filter((q) => q.set === 'holdout').length;
  assert.ok(Math.abs(holdout - SEARCH_EVAL.length / 3) < 1);
  for (const kind of ['keyword', 'question', 'misspelling', 'split-or-joined', 'american', 'abbreviation', 'newer-word']) {
    assert.ok(
      SEARCH_EVAL.some((q) => q.kind === kind),
      kind,
    );
  }
  for (const { expect } of SEARCH_EVAL) for (const address of expect) assert.match(address, /^\/[a-z0-9/-]*\/(#[\w-]+)?$/);
});

test('every address a query table expects is a page of the built site, with that anchor on it', () => {
  const tables = {
    'search/queries.ts': SEARCH_QUERIES.map((q) => [q.expect].flat()),
    'search/eval.ts': SEARCH_EVAL.map((q) => q.expect),
    'search/dev.ts': SEARCH_DEV.map((q) => q.expect),
    'search/dev2.ts': SEARCH_DEV2.map((q) => q.expect),
    'search/fresh.ts': SEARCH_FRESH.map((q) => q.expect),
    'search/everyday.ts': SEARCH_EVERYDAY.map((q) => q.expect),
    'search/everyday-tuning.ts': SEARCH_EVERYDAY_TUNING.map((q) => q.expect),
  };
  const pages = new Map(builtPages().map((p) => [p.path, p.file]));
  for (const [table, expects] of Object.entries(tables)) {
    for (const address of expects.flat()) {
      const [path, anchor] = address.split('#');
      assert.ok(pages.has(path), `${table}: ${address} is not a page of the site`);
      if (anchor) assert.match(readPage(path), new RegExp(`\\sid="${anchor}"`), `${table}: ${path} has no #${anchor}`);
    }
  }
});

test('the later tuning sets and the fresh set: each at least 60 different queries; none of dev2 or the fresh set is in another table', () => {
  for (const [name, table] of [
    ['search/dev.ts', SEARCH_DEV],
    ['search/dev2.ts', SEARCH_DEV2],
    ['search/fresh.ts', SEARCH_FRESH],
  ] as const) {
    assert.ok(table.length >= 60, `${name} has ${table.length} queries`);
    assert.equal(new Set(table.map((q) => q.query.toLowerCase())).size, table.length, `${name} repeats a query`);
  }
  const before = [...SEARCH_QUERIES, ...SEARCH_EVAL, ...SEARCH_DEV].map((q) => q.query.toLowerCase());
  for (const [name, table, others] of [
    ['search/dev2.ts', SEARCH_DEV2, SEARCH_FRESH],
    ['search/fresh.ts', SEARCH_FRESH, SEARCH_DEV2],
  ] as const) {
    const elsewhere = new Set([...before, ...others.map((q) => q.query.toLowerCase())]);
    for (const { query } of table) assert.ok(!elsewhere.has(query.toLowerCase()), `${name}: “${query}” is already in another table`);
  }
});

test('the everyday sets: at least 100 held-out queries, none repeated or in the tuning part, each passage the site’s own words', () => {
  assert.ok(SEARCH_EVERYDAY.length >= 100, `${SEARCH_EVERYDAY.length} held-out everyday queries`);
  const tuning = new Set(SEARCH_EVERYDAY_TUNING.map((q) => q.query.toLowerCase()));
  assert.equal(new Set(SEARCH_EVERYDAY.map((q) => q.query.toLowerCase())).size, SEARCH_EVERYDAY.length);
  for (const { query } of SEARCH_EVERYDAY) assert.ok(!tuning.has(query.toLowerCase()), `“${query}” is in both parts`);
  const text = (path: string) =>
    readPage(path)
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[^;]+;/g, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .toLowerCase();
  const squash = (s: string) =>
    s
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .toLowerCase()
      .trim();
  // Each passage is the site's own words (its first six words are on a page of the site; most are on an
  // expected page, but the set is committed as written, so one quoted from a neighbouring page stands).
  const site = builtPages()
    .filter((p) => p.path.endsWith('/'))
    .map((p) => text(p.path))
    .join(' ');
  const missing = [...SEARCH_EVERYDAY, ...SEARCH_EVERYDAY_TUNING].filter(({ passage }) => !site.includes(squash(passage).split(' ').slice(0, 6).join(' ')));
  assert.deepEqual(
    missing.map((q) => q.query),
    [],
  );
});
