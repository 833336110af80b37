// Matching a query as a whole against the questions each result says it answers: the questions a
// toolkit section lists at its foot, an FAQ answer's question, and every result's title. A query
// that says most of what one of those questions says, in its rarer words, lifts that result, even
// when the page's text shares few of the words elsewhere. The file is written at build time
// (scripts/lib/search-index.mjs) and fetched with the vocabulary the first time search is used.
import { sameWord } from './combine.ts';
import type { PassageTerm } from './passage.ts';
import { contentWords, normaliseQuery, tokens } from './query.ts';

/** The file in pagefind/ holding each result's questions: `id<TAB>question<TAB>question…` a line. */
export const QUESTIONS_FILE = 'questions.txt';

/** How much a result whose question the query matches in full gains: its score times 1 + this. */
export const QUESTION_WEIGHT = 1;
/** A match below this share of the query's weight lifts nothing: one common word is not a question. */
export const QUESTION_THRESHOLD = 0.5;

/** Each result's questions, as the meaningful words search compares. */
export type Questions = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

export function parseQuestions(text: string): Questions {
  const questions = new Map<string, string[][]>();
  for (const line of text.split('\n')) {
    const [id, ...asked] = line.split('\t');
    if (!id || !asked.length) continue;
    questions.set(
      id,
      asked.map((q) => contentWords(tokens(normaliseQuery(q)))),
    );
  }
  return questions;
}

/**
 * How well the query says what one question says, from 0 to 1: the share of the query's weight (its
 * words, the rarer counting more) the question has, a synonym counting at its own weight, times the
 * share of the question's own words the query has, so a long question with one word in common is
 * not a match.
 */
export function questionMatch(question: readonly string[], terms: readonly PassageTerm[]): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (!total || !question.length) return 0;
  const used = new Set<number>();
  let found = 0;
  for (const term of terms) {
    let best: { weight: number; at: number[] } | undefined;
    for (const form of term.forms) {
      const parts = form.text.split(' ').filter(Boolean);
      const at = parts.map((part) => question.findIndex((w, i) => !used.has(i) && sameWord(w, part)));
      if (at.every((i) => i >= 0) && form.weight > (best?.weight ?? 0)) best = { weight: form.weight, at };
    }
    if (!best) continue;
    found += term.weight * best.weight;
    for (const i of best.at) used.add(i);
  }
  return (found / total) * (used.size / question.length);
}

/** The multiplier for a result's score: 1, or more when the query matches one of its questions. */
export function questionBoost(questions: ReadonlyArray<readonly string[]> | undefined, terms: readonly PassageTerm[]): number {
  if (!questions || terms.length < 2) return 1;
  const best = Math.max(0, ...questions.map((q) => questionMatch(q, terms)));
  return best < QUESTION_THRESHOLD ? 1 : 1 + QUESTION_WEIGHT * best;
}
