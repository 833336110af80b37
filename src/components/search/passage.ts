// The passage that answers a query: the sentence of a result's text (with the ones after it when it is
// shorter than about 30 words) that has the most of the query's words, the rarer words counting
// more. Shown as the result's excerpt, and named in the result's address so the page it opens
// scrolls to that passage and marks it (highlight.ts). Pure, so unit tests and the island share it.
import { sameWord } from './combine.ts';

/** One meaningful word of the query and the forms that count for it (itself, its synonyms). */
export interface PassageTerm {
  /** How much finding this word counts (how rare it is across the site). */
  weight: number;
  /** The word and its alternatives, normalised; a phrase is several words ("service users"). */
  forms: ReadonlyArray<{ text: string; weight: number }>;
}

export interface Passage {
  /** The passage as HTML: escaped text with the matched words in <mark>. */
  html: string;
  /** The words of the page that matched, as the page writes them (lower-cased), to mark on it. */
  marked: string[];
  /** The first words of the passage, normalised, which the opened page looks for. */
  locator: string;
  score: number;
}

/** The query parameter that carries a passage's first words to the page a result opens. */
export const PASSAGE_PARAM = 'passage';
/** How many of a passage's first words find it on the page: enough to be unique, short in an address. */
export const LOCATOR_WORDS = 8;
/** A passage longer than this many words is cut to a window round its matches. */
export const MAX_PASSAGE_WORDS = 40;
/**
 * A passage shorter than this many words (a heading, "Payroll", or a short sentence) is shown with the sentences
 * after it, up to about Pagefind's default excerpt length: the sentence that names a topic is often followed by the
 * one that says what to do about it ("there is generally a need for a secretariat …. This secretariat can provide
 * administrative, financial and project management support").
 */
export const SHORT_PASSAGE_WORDS = 30;

/** Lower-cased, accents and apostrophes gone: how a word is compared, on results and on pages. */
export function normaliseWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB').replace(/['’]/g, '');
}

/** The words of a text as search compares them: letters and digits, the rest dropped. */
export function passageWords(text: string): string[] {
  return normaliseWord(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'eg.', 'ie.', 'etc.', 'vs.', 'no.', 'dr.', 'st.', 'mr.', 'mrs.', 'ms.', 'approx.']);

interface Sentence {
  tokens: string[];
  question: boolean;
}

/** Splits text into sentences of whitespace-separated tokens: at . ? ! before a word that starts one. */
export function sentencesOf(content: string): Sentence[] {
  const tokens = content.split(/\s+/).filter(Boolean);
  const sentences: Sentence[] = [];
  let current: string[] = [];
  tokens.forEach((token, i) => {
    current.push(token);
    const next = tokens[i + 1];
    const ends = /[.?!]["”’')]*$/.test(token) && !ABBREVIATIONS.has(token.toLowerCase().replace(/^[^\p{L}]+/u, ''));
    if (ends && (next === undefined || !/^\p{Ll}/u.test(next))) {
      sentences.push({ tokens: current, question: /\?["”’')]*$/.test(token) });
      current = [];
    }
  });
  if (current.length) sentences.push({ tokens: current, question: false });
  return sentences;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** For each token, the weight of the best term form it is part of (0: none), and which term. */
function matchTokens(tokens: readonly string[], terms: readonly PassageTerm[]): Array<{ term: number; weight: number } | undefined> {
  const words = tokens.map((t) => passageWords(t));
  const out: Array<{ term: number; weight: number } | undefined> = new Array(tokens.length).fill(undefined);
  terms.forEach((term, t) => {
    for (const form of term.forms) {
      const parts = form.text.split(' ').filter(Boolean);
      if (!parts.length) continue;
      for (let i = 0; i + parts.length <= tokens.length; i++) {
        const fits = parts.every((part, j) => words[i + j].some((w) => matches(w, part)));
        if (!fits) continue;
        for (let j = 0; j < parts.length; j++) {
          const existing = out[i + j];
          if (!existing || existing.weight * terms[existing.term].weight < form.weight * term.weight) out[i + j] = { term: t, weight: form.weight };
        }
      }
    }
  });
  return out;
}

/** A word of the page stands for a query word: the same word, or one of its forms (meeting, meetings). */
function matches(pageWord: string, queryWord: string): boolean {
  if (/^\d/.test(queryWord) || queryWord.length <= 2) return pageWord === queryWord;
  return sameWord(pageWord, queryWord);
}

/**
 * The passage of `content` (a result's text, as Pagefind gives it) that best answers the query, or
 * undefined when no sentence has any of its words (the page matched on its keywords only).
 * Questions are never the passage: a question is what was asked, not the answer to it.
 */
export function bestPassage(content: string, terms: readonly PassageTerm[]): Passage | undefined {
  if (!terms.length) return undefined;
  const sentences = sentencesOf(content);
  let best: { index: number; score: number } | undefined;
  sentences.forEach((sentence, index) => {
    if (sentence.question || /^link$/i.test(sentence.tokens[0] ?? '')) return;
    const matched = matchTokens(sentence.tokens, terms);
    const presence = new Map<number, number>();
    for (const m of matched) if (m) presence.set(m.term, Math.max(presence.get(m.term) ?? 0, m.weight));
    let score = 0;
    for (const [t, weight] of presence) score += terms[t].weight * weight;
    if (score <= 0) return;
    // Among sentences with the same words, a shorter one says it more directly.
    score /= 1 + 0.005 * Math.max(0, sentence.tokens.length - 25);
    if (!best || score > best.score) best = { index, score };
  });
  if (!best) return undefined;
  const tokens = [...sentences[best.index].tokens];
  for (let next = best.index + 1; tokens.length < SHORT_PASSAGE_WORDS && next < sentences.length && !sentences[next].question; next++) {
    tokens.push(...sentences[next].tokens);
  }
  const matched = matchTokens(tokens, terms);
  let [from, to] = [0, tokens.length];
  let [before, after] = ['', ''];
  if (tokens.length > MAX_PASSAGE_WORDS) {
    const first = matched.findIndex(Boolean);
    from = Math.max(0, Math.min(first - 8, tokens.length - MAX_PASSAGE_WORDS));
    to = from + MAX_PASSAGE_WORDS;
    before = from > 0 ? '… ' : '';
    after = to < tokens.length ? ' …' : '';
  }
  const marked = new Set<string>();
  const parts = terms.flatMap((t) => t.forms.flatMap((f) => f.text.split(' ')));
  const html = tokens
    .slice(from, to)
    .map((token, i) => {
      if (!matched[from + i]) return escapeHtml(token);
      // Mark the word, not the punctuation or markup round it.
      return token
        .split(/([\p{L}\p{N}][\p{L}\p{N}'’]*)/u)
        .map((piece, j) => {
          const word = normaliseWord(piece);
          if (j % 2 === 0 || !parts.some((part) => matches(word, part))) return escapeHtml(piece);
          marked.add(word);
          return `<mark>${escapeHtml(piece)}</mark>`;
        })
        .join('');
    })
    .join(' ');
  const locator = passageWords(tokens.join(' ')).slice(0, LOCATOR_WORDS).join(' ');
  return { html: `${before}${html}${after}`, marked: [...marked], locator, score: best.score };
}
