// Spelling correction for search, against the vocabulary of indexed words that the build writes
// (scripts/lib/search-index.mjs). Loaded only when a word of a query finds nothing, so most
// searches never fetch it. Pure functions apart from loadVocabulary, so unit tests can use them.
import { basePath } from './paths.ts';
import { alternativesFor, britishSpelling, IRREGULAR_FORMS, STOP_WORDS } from './query.ts';

export interface Vocabulary {
  /** Roughly how many times each indexed word occurs across the site (a power of two). */
  counts: ReadonlyMap<string, number>;
  /** Every word, in alphabetical order, to tell a word being typed ("budg") from a misspelling. */
  sorted: readonly string[];
  /** Words the site only writes hyphenated ("vicechair" for vice-chair): known, but not joined to. */
  hyphenated: ReadonlySet<string>;
  /** Words grouped by length, so candidates are only compared with words of a similar length. */
  byLength: ReadonlyMap<number, readonly string[]>;
}

/** Reads the file scripts/lib/search-index.mjs writes (vocabularyText): see there for the format. */
export function parseVocabulary(text: string): Vocabulary {
  const counts = new Map<string, number>();
  const byLength = new Map<number, string[]>();
  const sorted: string[] = [];
  const hyphenated = new Set<string>();
  let previous = '';
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [coded, bucket] = line.split(' ');
    const written = previous.slice(0, Number(coded[0])) + coded.slice(1);
    previous = written;
    const word = written.replace(/~$/, '');
    if (word !== written) hyphenated.add(word);
    sorted.push(word);
    counts.set(word, 2 ** (Number(bucket) || 0));
    const list = byLength.get(word.length);
    if (list) list.push(word);
    else byLength.set(word.length, [word]);
  }
  return { counts, sorted, byLength, hyphenated };
}

/**
 * The vocabulary with more words search understands though the site never writes them (everyday
 * words it searches by their synonyms), each counted once, so a misspelling of one is corrected to it.
 */
export function withWords(vocabulary: Vocabulary, words: readonly string[]): Vocabulary {
  const added = words.filter((w) => w.length > 2 && !vocabulary.counts.has(w));
  if (!added.length) return vocabulary;
  const counts = new Map(vocabulary.counts);
  const byLength = new Map([...vocabulary.byLength].map(([length, list]) => [length, [...list]]));
  for (const word of added) {
    counts.set(word, 1);
    const list = byLength.get(word.length);
    if (list) list.push(word);
    else byLength.set(word.length, [word]);
  }
  return { ...vocabulary, counts, byLength, sorted: [...vocabulary.sorted, ...added].sort() };
}

/** True when some word of the vocabulary starts with `prefix` (or is it), with at most `extra` letters more. */
export function hasPrefix(prefix: string, vocabulary: Vocabulary, extra = Infinity): boolean {
  const { sorted } = vocabulary;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < prefix) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < sorted.length && sorted[i].startsWith(prefix); i++) {
    if (sorted[i].length - prefix.length <= extra) return true;
  }
  return false;
}

/**
 * Whether search can find `word` as typed: it is on the site, or the start of a word on the site
 * (someone still typing), or an ending away from one (meetings, organised, signposting, translation).
 */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  if (word.length < 3 || !/\p{L}/u.test(word) || hasPrefix(word, vocabulary)) return true;
  const stem = /^(\p{L}{3,}?)(s|es|ed|ing|ly|er|ers)$/u.exec(word)?.[1];
  if (stem !== undefined && (vocabulary.counts.has(stem) || vocabulary.counts.has(`${stem}e`))) return true;
  // A short word's last letter doubled before an ending (cutting → cut, planned → plan, chatting → chat).
  const doubled = /^(\p{L}{2,}?(\p{L}))\2(ed|ing|er|ers)$/u.exec(word)?.[1];
  if (doubled !== undefined && hasPrefix(doubled, vocabulary, 1)) return true;
  // Another form of a word the site uses (translation → translated), which Pagefind's stemming finds.
  const root = /^(\p{L}{5,}?)(ions?|ations?)$/u.exec(word)?.[1];
  return root !== undefined && hasPrefix(root, vocabulary);
}

/**
 * Two words that the site writes as one ("work plan" → workplan, "co production" → coproduction,
 * "sign post" → signposting; not "vice chair", which the site hyphenates and search finds as two): the joined word, when the site uses it more than now and then and at least
 * as often as the rarer of the two words on its own, or when it is the start of a longer word the
 * site has. ("MNVP lead" stays two words: the site writes "MNVP-lead" now and then, but "lead"
 * far more often. A joined word seen once or twice is more likely a name run together.)
 */
export function joinedWord(first: string, second: string, vocabulary: Vocabulary): string | undefined {
  const joined = first + second;
  if (!/\p{L}/u.test(first) || joined.length < 3) return undefined;
  if (vocabulary.hyphenated.has(joined)) return undefined;
  const count = vocabulary.counts.get(joined);
  if (count === undefined) return joined.length >= 7 && hasPrefix(joined, vocabulary, 4) ? joined : undefined;
  const rarer = Math.min(vocabulary.counts.get(first) ?? 0, vocabulary.counts.get(second) ?? 0);
  return count >= 4 && count >= rarer ? joined : undefined;
}

let loading: Promise<Vocabulary> | undefined;

export function loadVocabulary(): Promise<Vocabulary> {
  loading ??= fetch(`${basePath()}pagefind/vocabulary.txt`).then(async (response) => {
    if (!response.ok) throw new Error(`vocabulary: ${response.status}`);
    return parseVocabulary(await response.text());
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * How far apart two words are, as typing mistakes: the optimal string alignment distance
 * (insert, delete, substitute or swap two neighbouring letters cost 1), except that typing a
 * letter once instead of twice, or twice instead of once ("comittee", "proffessional"), costs only
 * 0.5: it is the most common slip of all.
 */
export function typingDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const same = a[i - 1] === b[j - 1];
      const deleteCost = i > 1 && a[i - 1] === a[i - 2] ? 0.5 : 1;
      const insertCost = j > 1 && b[j - 1] === b[j - 2] ? 0.5 : 1;
      let best = Math.min(d[i - 1][j] + deleteCost, d[i][j - 1] + insertCost, d[i - 1][j - 1] + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}

/** The most a word of this length may be mistyped and still be corrected. */
function allowedDistance(length: number): number {
  if (length < 4) return 0;
  if (length < 6) return 1;
  return 2;
}

/**
 * The word of the vocabulary nearest to `word`: the smallest typing distance, and among equally
 * near words the most frequent. A different first letter counts half a mistake more, since people
 * rarely get the first letter wrong.
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
  const limit = allowedDistance(word.length);
  let best: { word: string; cost: number; count: number } | undefined;
  for (let length = word.length - Math.floor(limit); length <= word.length + Math.floor(limit); length++) {
    for (const candidate of vocabulary.byLength.get(length) ?? []) {
      if (candidate === word) return undefined;
      const cost = typingDistance(word, candidate) + (candidate[0] === word[0] ? 0 : 0.5);
      if (cost > limit) continue;
      const count = vocabulary.counts.get(candidate) ?? 0;
      if (!best || cost < best.cost || (cost === best.cost && count > best.count)) best = { word: candidate, cost, count };
    }
  }
  return best?.word;
}

/** A word run together from two that are in the vocabulary ("socialmedia" → social media). */
export function splitWord(word: string, vocabulary: Vocabulary, minCount = 2): [string, string] | undefined {
  let best: { parts: [string, string]; count: number } | undefined;
  for (let i = 2; i <= word.length - 2; i++) {
    const parts: [string, string] = [word.slice(0, i), word.slice(i)];
    const count = Math.min(...parts.map((p) => (p.length > 2 ? (vocabulary.counts.get(p) ?? 0) : 0)));
    if (count >= minCount && (!best || count > best.count)) best = { parts, count };
  }
  return best?.parts;
}

const isNumber = (word: string) => /^[\d.]+$/.test(word);
const canCorrect = (word: string) => !STOP_WORDS.has(word) && !word.includes(' ') && !isNumber(word);
// An everyday word the site never uses ("babysitter", "petrol") is searched by its synonyms: it is
// not a misspelling of another word of the site ("moan" is not "mean", "died" is not "did").
// Nor is an irregular form of a word the site has ("lost" is loss, not "last").
const hasSynonyms = (word: string) => alternativesFor(word).length > 0 || IRREGULAR_FORMS[word] !== undefined;

/**
 * Mends what was typed: two words that are one word on the site ("work plan" → workplan, "sign
 * post" → signposting), words run together ("socialmedia", "safetyaction7"), and misspellings
 * ("comittee" → committee). A word the site has, or that starts a word it has, is left alone.
 */
export function mendWords(words: readonly string[], vocabulary: Vocabulary): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    const together = b !== undefined && canCorrect(a) && canCorrect(b) ? joinedWord(a, b, vocabulary) : undefined;
    joined.push(together ?? a);
    if (together) i++;
  }
  const mend = (word: string): string[] => {
    if (isSearchable(word, vocabulary)) return [word];
    const letterDigits = /^(\p{L}{3,})(\d+)$/u.exec(word);
    if (letterDigits) return [...mend(letterDigits[1]), letterDigits[2]];
    const corrected = correctWord(word, vocabulary);
    if (corrected) return [corrected];
    return splitWord(word, vocabulary) ?? [word];
  };
  return joined.flatMap(mend);
}

/**
 * Whether a word (after mending) is worth searching: a word the site does not have, and that has
 * no synonyms, would only find Pagefind's guesses at it.
 */
export function isSearchable(word: string, vocabulary: Vocabulary): boolean {
  return !canCorrect(word) || hasSynonyms(word) || isKnown(word, vocabulary) || isKnown(britishSpelling(word) ?? word, vocabulary);
}
