// The meaning step: a query matched as a whole against the questions a result says it answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseQuestions, QUESTION_THRESHOLD, questionBoost, questionMatch } from '../../src/components/search/questions.ts';
import { questionsOf, questionsText } from '../../scripts/lib/search-index.mjs';
import type { PassageTerm } from '../../src/components/search/passage.ts';

const term = (weight: number, text: string, ...alternatives: Array<[string, number]>): PassageTerm => ({
  weight,
  forms: [{ text, weight: 1 }, ...alternatives.map(([t, w]) => ({ text: t, weight: w }))],
});

const QUESTIONS = parseQuestions(
  [
    'en_1\tWhat should we do if a parent wants to complain about the hospital?\tWho handles enquiries?',
    'en_2\tHow much funding do we need to budget for our MNVPs?',
    '',
  ].join('\n'),
);

test('the questions file is read as each result’s questions in meaningful words', () => {
  assert.deepEqual([...QUESTIONS.keys()], ['en_1', 'en_2']);
  assert.equal(QUESTIONS.get('en_1')?.length, 2);
  assert.ok(QUESTIONS.get('en_1')?.[0].includes('complain'));
  assert.ok(!QUESTIONS.get('en_1')?.[0].includes('what'), 'question words are not meaningful');
});

test('a query that says what a question says matches it; one common word in a long question does not', () => {
  const complain = [term(3, 'complain'), term(1, 'parent'), term(1, 'care')];
  const [question] = QUESTIONS.get('en_1')!;
  assert.ok(questionMatch(question, complain) >= QUESTION_THRESHOLD);
  assert.ok(questionMatch(question, [term(1, 'hospital'), term(3, 'budget')]) < QUESTION_THRESHOLD);
  // A form of the word ("complaints") and a synonym count; the synonym at its own weight.
  assert.ok(questionMatch(question, [term(3, 'complaints'), term(1, 'parent')]) > 0.6);
  const bySynonym = questionMatch(question, [term(3, 'grumble', ['complain', 0.5]), term(1, 'parent')]);
  assert.ok(bySynonym > 0 && bySynonym < questionMatch(question, [term(3, 'complain'), term(1, 'parent')]));
});

test('the boost lifts only a result with a matching question, and never for one word', () => {
  const terms = [term(3, 'complain'), term(1, 'parent')];
  assert.ok(questionBoost(QUESTIONS.get('en_1'), terms) > 1.5);
  assert.equal(questionBoost(QUESTIONS.get('en_2'), terms), 1);
  assert.equal(questionBoost(undefined, terms), 1);
  assert.equal(questionBoost(QUESTIONS.get('en_1'), [term(3, 'complain')]), 1);
});

test('the build reads a section’s listed questions and an FAQ answer’s question, and names each by its id', () => {
  const section = readFileSync('dist/toolkit/setting-up/budget/index.html', 'utf8');
  const asked = questionsOf(section);
  assert.ok(asked.length >= 3 && asked.every((q) => q.endsWith('?')), asked.join(' | '));
  assert.ok(asked.includes('What does the MVP budget need to pay for?'));
  const faq = '<main data-pagefind-body><div hidden data-search-title="Q5 · How much funding do we need?"></div><p>Text.</p></main>';
  assert.deepEqual(questionsOf(faq), ['How much funding do we need?']);
  assert.deepEqual(questionsOf('<main data-pagefind-body><div hidden data-search-title="PQSM"></div></main>'), []);
  const text = questionsText(
    new Map([
      ['/faq/#a', ['Why?']],
      ['/glossary/#b', []],
    ]),
    new Map([['/faq/#a', 'en_9']]),
  );
  assert.equal(text, 'en_9\tWhy?\n');
  assert.throws(() => questionsText(new Map([['/x/', ['Why?']]]), new Map()), /no fragment/);
  const built = parseQuestions(readFileSync('dist/pagefind/questions.txt', 'utf8'));
  assert.ok(built.size >= 56 + 17, `${built.size} results with questions`);
});
