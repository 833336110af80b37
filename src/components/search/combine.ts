// Ranks pages for a query of several meaningful words, from one search per word. Pagefind on its
// own only returns pages with every word; a question ("when should the partnership get together")
// rarely has every word on the page that answers it. Pure, so unit tests and the engine share it.
import { SEARCH_KINDS } from './kinds.ts';

export interface WordHit<T> {
  id: string;
  /** Pagefind's score for this word (or one of its alternatives) on this page, already weighted. */
  score: number;
  item: T;
  /** False when only the page's metadata (its keywords) matched. */
  matchedText: boolean;
  /** Where in the page's text the word is (word positions, as Pagefind gives them). */
  positions?: readonly number[];
  /** How fully the page has the word: 1 for the word itself, less when only a synonym of it matched. */
  presence?: number;
}

export interface Combined<T> {
  id: string;
  score: number;
  /** How many of the query's meaningful words the page has, in any form. */
  coverage: number;
  item: T;
}

/**
 * How much a page that lacks some of the words keeps of its score: a page with 2 of 3 words keeps
 * (2/3)^COVERAGE_POWER. High enough that a page with every word nearly always comes first, low
 * enough that a short page with the rare words beats a long one that mentions everything.
 */
export const COVERAGE_POWER = 2;

/** How strongly a word's rarity across the site weighs, on top of Pagefind's own score (0: not at all). */
export const IDF_POWER = 1;

/** Words this far apart or closer are "together": in one sentence or one question. */
export const NEAR_WORDS = 12;

/** How much more a page scores when all the query words it has are together somewhere in its text. */
export const PROXIMITY_WEIGHT = 0.5;

/**
 * The fewest consecutive words of a page that hold one position of each word, or Infinity when a
 * word has no positions or there are fewer than two words. Positions are sorted per word.
 */
export function smallestSpan(perWord: ReadonlyArray<readonly number[]>): number {
  if (perWord.length < 2 || perWord.some((p) => p.length === 0)) return Infinity;
  const all = perWord.flatMap((positions, word) => positions.map((at) => ({ at, word }))).sort((a, b) => a.at - b.at);
  const inWindow = new Array<number>(perWord.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let start = 0;
  for (const entry of all) {
    if (inWindow[entry.word]++ === 0) covered++;
    while (covered === perWord.length) {
      best = Math.min(best, entry.at - all[start].at + 1);
      if (--inWindow[all[start].word] === 0) covered--;
      start++;
    }
  }
  return best;
}

/**
 * A page where the words asked for stand together (a question it answers, a sentence) is more
 * about them than one where they are scattered. Up to 1 + PROXIMITY_WEIGHT, falling off beyond
 * NEAR_WORDS apart; a page with only one of the words in its text is not boosted.
 */
export function proximityBoost(perWord: ReadonlyArray<readonly number[]>): number {
  // A word found only in the page's metadata (its keywords) has no place in the text: the page is
  // about it, so it does not count against the others standing together.
  const span = smallestSpan(perWord.filter((positions) => positions.length > 0));
  if (!Number.isFinite(span)) return 1;
  return 1 + PROXIMITY_WEIGHT * Math.min(1, NEAR_WORDS / span);
}

/**
 * One list per meaningful word (each already the best of that word's alternatives per page).
 * A page's score is the sum of its word scores, scaled by the share of words it has; a word it has
 * only a synonym of ("provider" for "hospital", which also finds "providing") counts in part.
 * Words no page has are left out of the share: they cannot tell pages apart.
 */
export function combineWords<T>(perWord: ReadonlyArray<ReadonlyArray<WordHit<T>>>, totalPages = 0): Combined<T>[] {
  const found = perWord
    .filter((hits) => hits.length > 0)
    .map((hits) => {
      // A word on few pages says more about what is wanted than one on most of them.
      const weight = totalPages > 0 ? Math.log(1 + totalPages / hits.length) ** IDF_POWER : 1;
      return hits.map((hit) => ({ ...hit, score: hit.score * weight }));
    });
  const pages = new Map<
    string,
    { score: number; coverage: number; presence: number; item: T; shownScore: number; shownText: boolean; positions: Array<readonly number[]> }
  >();
  for (const hits of found) {
    for (const hit of hits) {
      const page = pages.get(hit.id);
      if (!page) {
        pages.set(hit.id, {
          score: hit.score,
          coverage: 1,
          presence: hit.presence ?? 1,
          item: hit.item,
          shownScore: hit.score,
          shownText: hit.matchedText,
          positions: [hit.positions ?? []],
        });
        continue;
      }
      page.score += hit.score;
      page.coverage += 1;
      page.presence += hit.presence ?? 1;
      page.positions.push(hit.positions ?? []);
      if ((hit.matchedText && !page.shownText) || (hit.matchedText === page.shownText && hit.score > page.shownScore)) {
        Object.assign(page, { item: hit.item, shownScore: hit.score, shownText: hit.matchedText });
      }
    }
  }
  const n = found.length || 1;
  return [...pages]
    .map(([id, p]) => ({ id, score: p.score * (p.presence / n) ** COVERAGE_POWER * proximityBoost(p.positions), coverage: p.coverage, item: p.item }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * How much each further alternative a page has adds, as a share of its score: a page that says
 * "pay", "payment" and "remuneration" is more about paying than one that only says "pay".
 */
export const MORE_ALTERNATIVES_SHARE = 0.15;

/**
 * The score per page over several alternatives of one word ("pay", "remuneration"), each
 * weighted: the best of them, and a share of the others. The result kept for display is the best
 * one whose text matched.
 */
export function bestPerPage<T>(lists: ReadonlyArray<{ weight: number; hits: ReadonlyArray<WordHit<T>> }>): WordHit<T>[] {
  const best = new Map<string, { hit: WordHit<T>; total: number; positions: number[]; presence: number }>();
  for (const { weight, hits } of lists) {
    for (const hit of hits) {
      const weighted = { ...hit, score: hit.score * weight };
      const existing = best.get(hit.id);
      if (!existing) best.set(hit.id, { hit: weighted, total: weighted.score, positions: [...(hit.positions ?? [])], presence: weight });
      else {
        existing.total += weighted.score;
        existing.presence = Math.max(existing.presence, weight);
        existing.positions.push(...(hit.positions ?? []));
        if (weighted.score > existing.hit.score) existing.hit = weighted;
      }
    }
  }
  return [...best.values()].map(({ hit, total, positions, presence }) => ({
    ...hit,
    presence: Math.min(1, presence),
    score: hit.score + MORE_ALTERNATIVES_SHARE * (total - hit.score),
    positions: [...new Set(positions)].sort((a, b) => a - b),
  }));
}

/**
 * Moves each listing page (/templates/, /resources/) in the first `places` below the last of the
 * pages after it that it links to, so it never takes a place from a page it lists. `isListing`
 * says which results to move (the engine exempts a listing asked for by name: every word in its
 * title), `listed` gives a listing page's links and `address` a result's page address.
 */
export async function listingsBelowListed<T extends { id: string }>(
  ranked: readonly T[],
  isListing: (hit: T) => boolean | Promise<boolean>,
  listed: (hit: T) => Promise<ReadonlySet<string>>,
  address: (hit: T) => Promise<string>,
  places = 3,
  lookAhead = 8,
): Promise<T[]> {
  const out = [...ranked];
  const moved = new Set<string>();
  for (let i = 0; i < Math.min(places, out.length); i++) {
    const hit = out[i];
    if (moved.has(hit.id) || !(await isListing(hit))) continue;
    const links = await listed(hit);
    const after = await Promise.all(out.slice(i + 1, i + 1 + lookAhead).map(address));
    const last = after.findLastIndex((a) => links.has(a));
    if (last === -1) continue;
    out.splice(i, 1);
    out.splice(i + last + 1, 0, hit);
    moved.add(hit.id);
    i--;
  }
  return out;
}

/** How much a result's title counts: all the words in the title doubles its score … */
export const TITLE_WEIGHT = 1;
/** … and a title that is nothing but those words ("Safety" for "safety") counts once more. */
export const EXACT_TITLE_WEIGHT = 1;

/** The first letters that stand for a word, so "meeting" matches "meetings" and "funded" "funding". */
const stemOf = (word: string) => word.slice(0, Math.max(4, word.length - 2));

/** Endings that keep a short word the same word ("pay", "paying"), unlike other letters ("PAYE"). */
const SHORT_WORD_ENDINGS = /^(s|es|ed|ing|er|ers)$/;

/**
 * Whether two words are forms of one word. A word of three letters or fewer only matches itself
 * with a common ending: its letters start too many other words.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length <= 3) return longer.startsWith(shorter) && SHORT_WORD_ENDINGS.test(longer.slice(shorter.length));
  return a.startsWith(stemOf(b)) || b.startsWith(stemOf(a));
}

export interface TitleMatch {
  /** The share of the words that are in the title. */
  share: number;
  /** Every word is in the title, and the title or one part of it is nothing but those words. */
  exact: boolean;
  /** The title or one part of it is nothing but words asked for ("MNVP" for "MVP or MNVP"). */
  named: boolean;
}

/**
 * How central the words are to a result: the share of them in its title, and whether the title,
 * or one part of it ("LMNS" in "LMNS – Local Maternity and Neonatal System"), is made of nothing
 * else (ignoring common words). Pagefind weighs a title match like any other; this lets the
 * section called "Safety" and the glossary entry for "LMNS" come before pages that merely have
 * the word in a longer name.
 */
export function titleMatch(title: string, words: readonly string[], isCommon: (word: string) => boolean): TitleMatch {
  const wordsOf = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('en-GB')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !isCommon(w));
  const titleWords = wordsOf(title);
  if (!words.length || !titleWords.length) return { share: 0, exact: false, named: false };
  const share = words.filter((w) => titleWords.some((t) => sameWord(t, w))).length / words.length;
  const parts = title
    .split(/\s[–—·:|-]\s|[?:]/)
    .map(wordsOf)
    .filter((p) => p.length);
  const named = parts.some((part) => part.every((t) => words.some((w) => sameWord(t, w))));
  return { share, exact: share === 1 && named, named };
}

export function titleBoost(match: TitleMatch): number {
  return 1 + TITLE_WEIGHT * match.share + (match.exact ? EXACT_TITLE_WEIGHT : 0);
}

/**
 * How much a page that helps with the guidance rather than giving it (a template, a glossary entry)
 * keeps of its score when its title does not name every word asked for. Such a
 * page mentions a topic to serve it ("mileage" in the expenses claim form, "parents" in a glossary
 * definition); the toolkit section or FAQ answer on that topic is the better answer, unless the
 * page is asked for by name ("expenses claim form", "what is PAG").
 */
export const SUPPORTING_PAGE_WEIGHT = 0.6;

export const SUPPORTING_KINDS: ReadonlySet<string> = new Set([SEARCH_KINDS.template, SEARCH_KINDS.glossary]);

export function kindWeight(kind: string | undefined, match: TitleMatch): number {
  return kind && SUPPORTING_KINDS.has(kind) && match.share < 1 && !match.named ? SUPPORTING_PAGE_WEIGHT : 1;
}
