// Loads Pagefind on demand and runs a query with its synonym alternatives. Imported only by the
// search island, after someone opens search, so no content page fetches any of this up front.
import { expandQuery, fallbackWords, mergeResults, type Scored } from './query.ts';
import { FILTERS } from './kinds.ts';
import { RANKING } from './ranking.ts';
import { basePath, HIGHLIGHT_PARAM } from './paths.ts';

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
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
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
  query: string;
  hits: Scored<PagefindResult>[];
  /** True when no page had every word, so these pages have some of them. */
  partial: boolean;
}

async function searchVariants(pagefind: Pagefind, query: string, filters: Record<string, string>) {
  const variants = expandQuery(query);
  const searches = await Promise.all(variants.map((v) => pagefind.search(v.query, { filters })));
  return mergeResults(
    searches.map((search, i) => ({
      weight: variants[i].weight,
      results: (search?.results ?? []).map((r) => ({ id: r.id, score: r.score, item: r, matchedText: r.words.length > 0 })),
    })),
  );
}

export async function runSearch(query: string, filters: Filters = {}): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  const hits = await searchVariants(pagefind, query, active);
  if (hits.length) return { query, hits, partial: false };
  const words = fallbackWords(query);
  if (words.length < 2) return { query, hits, partial: false };
  const perWord = await Promise.all(words.map((w) => searchVariants(pagefind, w, active)));
  return {
    query,
    hits: mergeResults(perWord.map((results) => ({ weight: 1, results })), 'sum'),
    partial: true,
  };
}

/** How many pages of each kind and stage are in the index, to offer only filters that can match. */
export async function filterCounts(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}
