// Loads Pagefind on demand and runs a query with its synonym alternatives. Imported only by the
// search island, after someone opens search, so no content page fetches any of this up front.
import {
  ALTERNATIVE_WEIGHT,
  alternativesFor,
  britishSpelling,
  contentWords,
  EVERYDAY_WORDS,
  IRREGULAR_FORMS,
  normaliseQuery,
  STOP_WORDS,
  tokens,
} from './query.ts';
import { bestPerPage, combineWords, kindWeight, listingsBelowListed, titleBoost, titleMatch, type Combined } from './combine.ts';
import { type FILTERS, LISTING_FILTER, LISTING_VALUE } from './kinds.ts';
import type { Vocabulary } from './spelling.ts';
import { RANKING } from './ranking.ts';
import { basePath, HIGHLIGHT_PARAM } from './paths.ts';
import type { PassageTerm } from './passage.ts';
import { parseQuestions, QUESTIONS_FILE, questionBoost, type Questions } from './questions.ts';

export { basePath };

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matching words in the page's text; empty when only metadata matched. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

type FilterCounts = Record<string, Record<string, number>>;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${basePath()}pagefind/pagefind.js`)) as Pagefind;
    // The index is small enough that a worker would cost more to download than it saves.
    await pagefind.options({
      basePath: `${basePath()}pagefind/`,
      baseUrl: basePath(),
      noWorker: true,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      ranking: RANKING,
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export type Filters = Partial<Record<keyof typeof FILTERS, string>>;

export interface SearchOutcome {
  /** What was typed. */
  query: string;
  /** The query as searched, when spelling correction changed it ("committee" for "comittee"). */
  corrected?: string;
  /** When an exact search ("Search instead for …") found nothing: the corrected spelling to offer. */
  suggestion?: string;
  /** True when the words were searched as typed, without spelling correction. */
  exact: boolean;
  hits: Combined<PagefindResult>[];
  /** True when no page had every meaningful word, so these pages have some of them. */
  partial: boolean;
  /** The meaningful words searched, with their alternatives and rarity, to find the passage that answers. */
  terms: PassageTerm[];
}

/** Results of single searches, kept while the page is open: typing repeats the same words. */
const searches = new Map<string, Promise<PagefindResult[]>>();
const MAX_CACHED = 400;

function find(pagefind: Pagefind, term: string, filters: Record<string, string>): Promise<PagefindResult[]> {
  const key = `${JSON.stringify(filters)} ${term}`;
  let pending = searches.get(key);
  if (!pending) {
    if (searches.size >= MAX_CACHED) searches.delete(searches.keys().next().value!);
    pending = pagefind.search(term, { filters }).then((s) => s?.results ?? []);
    searches.set(key, pending);
    pending.catch(() => searches.delete(key));
  }
  return pending;
}

let listings: Promise<Set<string>> | undefined;

/** The ids of listing pages (SearchMeta's `listing`), found once through their filter. */
function listingIds(pagefind: Pagefind): Promise<Set<string>> {
  listings ??= pagefind.search(null, { filters: { [LISTING_FILTER]: LISTING_VALUE } }).then((s) => new Set((s?.results ?? []).map((r) => r.id)));
  return listings;
}

type Spelling = typeof import('./spelling.ts') & { vocabulary: Vocabulary };
let spellingLoad: Promise<Spelling | undefined> | undefined;

/** The spelling code and the site's vocabulary, fetched with Pagefind the first time search is used. */
function loadSpelling(): Promise<Spelling | undefined> {
  spellingLoad ??= import('./spelling.ts')
    .then(async (module) => ({ ...module, vocabulary: module.withWords(await module.loadVocabulary(), EVERYDAY_WORDS) }))
    .catch(() => {
      spellingLoad = undefined;
      return undefined;
    });
  return spellingLoad;
}

/** Prefixes written with and without a hyphen: "co-chair" and "cochair", "post-natal" and "postnatal". */
const HYPHEN_PREFIX = /^(co|pre|post|non|self|multi|inter|sub|anti)(\p{L}{4,})$/u;

/** The searches for one meaningful word: itself, its British spelling, its other form, its parts, then its synonyms. */
function alternativesOf(word: string): Array<{ term: string; weight: number }> {
  const british = britishSpelling(word);
  const prefixed = HYPHEN_PREFIX.exec(word);
  return [
    { term: word, weight: 1 },
    ...(british ? [{ term: british, weight: 1 }] : []),
    ...(IRREGULAR_FORMS[word] ? [{ term: IRREGULAR_FORMS[word], weight: 1 }] : []),
    ...(prefixed ? [{ term: `${prefixed[1]} ${prefixed[2]}`, weight: 1 }] : []),
    ...alternativesFor(word).map((term) => ({ term, weight: ALTERNATIVE_WEIGHT })),
  ];
}

let questionsLoad: Promise<Questions> | undefined;

/** The questions each result answers, fetched with the vocabulary; without them, search goes on by words alone. */
function loadQuestions(): Promise<Questions> {
  questionsLoad ??= fetch(`${basePath()}pagefind/${QUESTIONS_FILE}`)
    .then(async (response) => {
      if (!response.ok) throw new Error(`questions: ${response.status}`);
      return parseQuestions(await response.text());
    })
    .catch(() => {
      questionsLoad = undefined;
      return new Map();
    });
  return questionsLoad;
}

let pageCount: Promise<number> | undefined;

/** How many pages and records the index has, for weighing words by how rare they are. */
function countPages(pagefind: Pagefind): Promise<number> {
  pageCount ??= pagefind.filters().then((counts) => Object.values(counts.kind ?? {}).reduce((a, b) => a + b, 0));
  return pageCount;
}

/** How many of the best results are re-ranked by their titles (their data is loaded to show them anyway). */
const TITLE_RERANK = 8;

async function boostTitles(
  hits: Combined<PagefindResult>[],
  words: readonly string[],
  data: (hit: Combined<PagefindResult>) => Promise<PagefindResultData>,
): Promise<Combined<PagefindResult>[]> {
  const top = hits.slice(0, TITLE_RERANK);
  const boosted = await Promise.all(
    top.map(async (hit) => {
      const { meta } = await data(hit);
      const match = titleMatch(meta.title ?? '', words, (w) => STOP_WORDS.has(w));
      return { ...hit, score: hit.score * titleBoost(match) * kindWeight(meta.kind, match) };
    }),
  );
  boosted.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return [...boosted, ...hits.slice(TITLE_RERANK)];
}

/** Thrown when a newer search has replaced this one, so nothing more is fetched for it. */
export class Superseded extends Error {}

export async function runSearch(
  query: string,
  filters: Filters = {},
  { exact = false, stale = () => false }: { exact?: boolean; stale?: () => boolean } = {},
): Promise<SearchOutcome> {
  const [pagefind, spelling, questions] = await Promise.all([loadPagefind(), loadSpelling(), loadQuestions()]);
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  const search = (term: string) => find(pagefind, term, active);
  const typed = tokens(normaliseQuery(query));
  if (!typed.length) return { query, hits: [], partial: false, exact, terms: [] };
  const words = exact || !spelling ? typed : spelling.mendWords(typed, spelling.vocabulary);
  // A word the site does not have (and that could not be mended) would only find Pagefind's
  // guesses at it, so it is not searched.
  const searchable = spelling ? words.filter((w) => spelling.isSearchable(w, spelling.vocabulary)) : words;
  const meaningful = [...new Set(contentWords(searchable))];
  const perWord = await Promise.all(
    meaningful.map(async (word) => {
      const lists = await Promise.all(
        alternativesOf(word).map(async ({ term, weight }) => ({
          weight,
          hits: (await search(term)).map((r) => ({ id: r.id, score: r.score, item: r, matchedText: r.words.length > 0, positions: r.words })),
        })),
      );
      return bestPerPage(lists);
    }),
  );
  const total = await countPages(pagefind);
  let hits = combineWords(perWord, total);
  const terms = meaningful.map((word, i) => ({
    weight: perWord[i].length ? Math.log(1 + total / perWord[i].length) : 0,
    forms: alternativesOf(word).map(({ term, weight }) => ({ text: term, weight })),
  }));
  // The meaning step: a result whose own question the query says, in most of its rarer words, rises.
  hits = hits
    .map((hit) => ({ ...hit, score: hit.score * questionBoost(questions.get(hit.id), terms) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const wordsFound = perWord.filter((list) => list.length > 0).length;
  if (meaningful.length > 1) {
    // A page with every word shows an excerpt and highlights for all of them, not just one.
    const all = new Map((await search(meaningful.join(' '))).map((r) => [r.id, r]));
    hits = hits.map((hit) => (all.has(hit.id) && all.get(hit.id)!.words.length ? { ...hit, item: all.get(hit.id)! } : hit));
  }
  // Results are fetched (their titles, their links) only for the search still wanted.
  if (stale()) throw new Superseded();
  const data = (hit: Combined<PagefindResult>) => hit.item.data();
  hits = await boostTitles(hits, meaningful, data);
  const listing = await listingIds(pagefind);
  hits = await listingsBelowListed(
    hits,
    // Asked for by name ("fill-in templates"), a listing page is the answer.
    async (hit) => listing.has(hit.id) && titleMatch((await data(hit)).meta.title ?? '', meaningful, (w) => STOP_WORDS.has(w)).share < 1,
    async (hit) => new Set((await data(hit)).meta.lists?.split(' ').filter(Boolean) ?? []),
    async (hit) => new URL((await data(hit)).url, location.href).pathname,
  );
  const partial = wordsFound > 1 && !hits.some((h) => h.coverage === wordsFound);
  if (exact) {
    const mended = hits.length || !spelling ? typed : spelling.mendWords(typed, spelling.vocabulary);
    const suggestion = mended.join(' ') !== typed.join(' ') ? mended.join(' ') : undefined;
    return { query, suggestion, hits, partial, exact, terms };
  }
  const corrected = words.join(' ') !== typed.join(' ') ? words.join(' ') : undefined;
  return { query, corrected, hits, partial, exact, terms };
}

/** How many pages of each kind and stage are in the index, to offer only filters that can match. */
export async function filterCounts(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}
