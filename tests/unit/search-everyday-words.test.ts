// Everyday words (issue #25): the words people use that the site does not, text-speak, situations
// and irregular forms, and how spelling correction treats them (src/components/search/query.ts and
// spelling.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternativesFor, contentWords, EVERYDAY_WORDS, IRREGULAR_FORMS, normaliseQuery, tokens } from '../../src/components/search/query.ts';
import { correctWord, isKnown, isSearchable, mendWords, parseVocabulary, withWords } from '../../src/components/search/spelling.ts';
import { vocabularyText } from '../../scripts/lib/search-index.mjs';

const words = (q: string) => contentWords(tokens(normaliseQuery(q)));

// A vocabulary like the site's: it has "did", "mean", "case" and "loss", but none of the everyday words.
const vocabulary = parseVocabulary(
  vocabularyText(new Map(Object.entries({ did: 40, mean: 30, case: 20, loss: 4, bereaved: 2, childcare: 10, travel: 8, expenses: 14, meetings: 60, pay: 30 }))),
);

test('an everyday word the site never uses is kept and searched by its synonyms, not corrected into another word', () => {
  assert.deepEqual(mendWords(['died'], vocabulary), ['died'], 'not "did"');
  assert.deepEqual(mendWords(['moan'], vocabulary), ['moan'], 'not "mean"');
  assert.deepEqual(mendWords(['cash'], vocabulary), ['cash'], 'not "case"');
  for (const word of ['died', 'babysitter', 'petrol']) assert.ok(isSearchable(word, vocabulary), word);
  assert.ok(alternativesFor('died').includes('loss'));
  assert.ok(alternativesFor('babysitter').includes('childcare'));
  // A word with no synonyms is still corrected, or dropped when nothing is near.
  assert.deepEqual(mendWords(['meetngs'], vocabulary), ['meetings']);
  assert.equal(isSearchable('zzzzqx', vocabulary), false);
});

test('a misspelt everyday word is corrected to it', () => {
  const everyday = withWords(vocabulary, EVERYDAY_WORDS);
  assert.equal(correctWord('miscarrage', everyday), 'miscarriage');
  assert.equal(correctWord('babysiter', everyday), 'babysitter');
  assert.equal(correctWord('miscarrage', vocabulary), undefined, 'the site’s vocabulary alone has nothing near');
  assert.equal(vocabulary.counts.has('miscarriage'), false, 'the vocabulary given is not changed');
  assert.ok(
    everyday.sorted.every((w, i, all) => i === 0 || all[i - 1] <= w),
    'still in order, for prefix search',
  );
  assert.ok(EVERYDAY_WORDS.every((w) => !w.includes(' ')));
});

test('irregular forms search their base word, which stemming would not find: paid is pay', () => {
  assert.equal(IRREGULAR_FORMS.paid, 'pay');
  assert.equal(IRREGULAR_FORMS.spent, 'spend');
  for (const [form, base] of Object.entries(IRREGULAR_FORMS)) assert.notEqual(form, base);
});

test('filler words of everyday speech never decide the ranking', () => {
  assert.deepEqual(words('bus fare back for coming to meetings'), ['bus', 'fare', 'meetings']);
  assert.deepEqual(words('other paid roles besides chair'), ['paid', 'roles', 'chair']);
  assert.deepEqual(words('mvp budget vs workplan'), ['mvp', 'budget', 'workplan']);
});

test('situations in other words find the toolkit’s: not listening is escalation, lay words for its terms', () => {
  assert.deepEqual(words('the trust will not listen to us'), ['trust', 'not listen']);
  assert.ok(alternativesFor('not listen').includes('escalation'));
  assert.ok(alternativesFor('never replies').includes('respond'));
  assert.deepEqual(words('i dont understand the nhs words they use'), ['understand', 'nhs words', 'use']);
  assert.ok(alternativesFor('nhs words').includes('jargon'));
  assert.ok(alternativesFor('bus').includes('travel'));
  assert.ok(alternativesFor('overwhelmed').includes('workload'));
});

test('text-speak is read as the words it stands for', () => {
  assert.deepEqual(tokens(normaliseQuery('wen r we pd 4 the mtg')), ['when', 'are', 'we', 'paid', 'for', 'the', 'meeting']);
  assert.deepEqual(tokens(normaliseQuery('hw many hrs a wk')), ['how', 'many', 'hrs', 'a', 'week']);
});

test('forms of known words are not misspellings: cutting is cut, not putting; lost is loss, not last', () => {
  const site = parseVocabulary(vocabularyText(new Map(Object.entries({ cuts: 1, putting: 4, chats: 1, chasing: 4, last: 20, loss: 4, plan: 60 }))));
  assert.ok(isKnown('cutting', site));
  assert.deepEqual(mendWords(['cutting'], site), ['cutting'], 'searched as typed: stemming finds cuts');
  assert.deepEqual(mendWords(['chatting'], site), ['chatting']);
  assert.deepEqual(mendWords(['planned'], site), ['planned']);
  assert.deepEqual(mendWords(['lost'], site), ['lost'], 'an irregular form is searched with its base word, loss');
  assert.equal(IRREGULAR_FORMS.lost, 'loss');
  assert.deepEqual(mendWords(['puting'], site), ['putting'], 'a misspelling is still corrected');
});

test('text-speak: b is be', () => {
  assert.deepEqual(tokens(normaliseQuery('will my story b kept private')), ['will', 'my', 'story', 'be', 'kept', 'private']);
  assert.deepEqual(words('will my story b kept private'), ['story', 'kept', 'private']);
});

test('a plural the synonym lists do not have takes its singular’s synonyms: deaths is death', () => {
  assert.deepEqual(alternativesFor('deaths'), alternativesFor('death'));
  assert.ok(alternativesFor('deaths').includes('mortality'));
  assert.deepEqual(alternativesFor('babysitters'), ['childcare']);
  assert.deepEqual(alternativesFor('process'), [], 'a word ending in ss is not a plural');
  assert.deepEqual(alternativesFor('hospitals'), ['trusts', 'providers'], 'a plural the lists have keeps its own');
  assert.ok(alternativesFor('private').includes('privacy'));
});

test('a partnership not doing what it should is the toolkit’s “not working”', () => {
  assert.deepEqual(words('our mvp isnt doing what the guidance says'), ['mvp', 'isnt doing', 'guidance', 'says']);
  assert.ok(alternativesFor('isnt doing').includes('not working'));
  assert.ok(alternativesFor('not doing').includes('escalation'));
});
