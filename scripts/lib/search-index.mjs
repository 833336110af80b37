// Builds the site's search index with Pagefind's Node API, and the vocabulary file that spelling
// correction reads (src/components/search/spelling.ts).
//
// Search records: an element with `data-search-record="<anchor>"` (each FAQ answer, each glossary
// entry) becomes a search result of its own, at its page's address with `#anchor`, with the title and
// kind its own SearchMeta gives it, and is left out of its page's own result. A long page of many
// short answers otherwise competes as one document, matching almost every query and burying the
// answer.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { filesIn } from './service-worker.mjs';

export const RECORD_ATTRIBUTE = 'data-search-record';
export const VOCABULARY_FILE = 'vocabulary.txt';
/** Each result's questions (src/components/search/questions.ts reads it). */
export const QUESTIONS_FILE = 'questions.txt';
/** Marks a word the site only writes hyphenated ("vicechair~" for vice-chair): known, but never a join. */
export const HYPHENATED = '~';

/**
 * The start and end offsets of each element whose opening tag has `attribute`, found by counting
 * opening and closing tags of the same name. Enough for the HTML Astro writes (no unclosed
 * elements of the names it is used on); not a general HTML parser.
 * @param {string} html @param {string} attribute
 * @returns {{ start: number, end: number, openTag: string }[]}
 */
export function elementsWith(html, attribute) {
  const spans = [];
  const opening = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\s${attribute}(?=[\\s=>/])[^>]*>`, 'gi');
  let match;
  while ((match = opening.exec(html))) {
    const tag = match[1].toLowerCase();
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    let inner;
    while (depth > 0 && (inner = tags.exec(html))) depth += inner[1] ? -1 : inner[0].endsWith('/>') ? 0 : 1;
    const end = inner ? inner.index + inner[0].length : html.length;
    spans.push({ start: match.index, end, openTag: match[0] });
    opening.lastIndex = end;
  }
  return spans;
}

/** @param {string} html @param {{ start: number, end: number }[]} spans */
function without(html, spans) {
  let out = '';
  let from = 0;
  for (const { start, end } of spans) {
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}

const attributeOf = (/** @type {string} */ tag, /** @type {string} */ name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const decode = (/** @type {string} */ text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[/** @type {keyof typeof ENTITIES} */ (name)] ?? whole;
  });

/**
 * The words of what Pagefind indexes on a page: the text of its `data-pagefind-body` element
 * without its `data-pagefind-ignore` parts, scripts and styles, and the values of its search metadata.
 * @param {string} html @returns {string[]}
 */
export function indexedWords(html) {
  const body = elementsWith(html, 'data-pagefind-body')[0];
  if (!body) return [];
  const main = html.slice(body.start, body.end);
  const meta = [...main.matchAll(/\sdata-search-(?:title|keywords|section)="([^"]*)"/g)].map((m) => m[1]).join(' ');
  // Pagefind skips scripts and styles (a template page embeds its definition as JSON in one).
  const text = without(main, elementsWith(main, 'data-pagefind-ignore'))
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return wordsOf(decode(`${text} ${meta}`));
}

/**
 * Lower-cased words as search sees them; a word of two hyphenated parts also counts joined
 * ("co-chairs" → cochairs), but not a longer chain such as an address ("mnvp-lead-role-description").
 */
export function wordsOf(/** @type {string} */ text) {
  const words = [];
  const normalised = text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB').replace(/[’']/g, '');
  for (const token of normalised.split(/[^\p{L}\p{N}-]+/u)) {
    const parts = token.split('-').filter(Boolean);
    words.push(...parts);
    if (parts.length === 2) words.push(`${parts.join('')}${HYPHENATED}`);
  }
  return words.filter((w) => w.length > 0 && w.length < 40);
}

/**
 * Indexes every HTML page under outDir (records split out) and writes pagefind/ and the vocabulary.
 * @param {string} outDir
 */
export async function buildSearchIndex(outDir) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  /** @type {Map<string, number>} */
  const counts = new Map();
  let pages = 0;
  let records = 0;
  /** @type {Map<string, string[]>} */
  const questions = new Map();
  try {
    for (const file of filesIn(outDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      const html = readFileSync(join(outDir, file), 'utf8');
      const pageUrl = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const spans = elementsWith(html, RECORD_ATTRIBUTE);
      const page = withListedPages(without(html, spans));
      await add(index.addHTMLFile({ url: pageUrl, content: page }), pageUrl);
      questions.set(pageUrl, questionsOf(page));
      const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
      for (const word of indexedWords(page)) counts.set(word, (counts.get(word) ?? 0) + 1);
      if (elementsWith(page, 'data-pagefind-body').length) pages++;
      for (const span of spans) {
        const id = attributeOf(span.openTag, RECORD_ATTRIBUTE);
        if (!id || !html.includes(` id="${id}"`))
          throw new Error(`${file}: ${RECORD_ATTRIBUTE}="${id ?? ''}" must name the id of the element (or heading) the result opens at`);
        const content = `<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8"></head><body><main data-pagefind-body>${html.slice(span.start, span.end)}</main></body></html>`;
        await add(index.addHTMLFile({ url: `${pageUrl}#${id}`, content }), `${pageUrl}#${id}`);
        questions.set(`${pageUrl}#${id}`, questionsOf(content));
        for (const word of indexedWords(content)) counts.set(word, (counts.get(word) ?? 0) + 1);
        records++;
      }
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const vocabulary = vocabularyText(counts);
  writeFileSync(join(outDir, 'pagefind', VOCABULARY_FILE), vocabulary);
  writeFileSync(join(outDir, 'pagefind', QUESTIONS_FILE), questionsText(questions, fragmentIds(join(outDir, 'pagefind'))));
  return { pages, records, words: vocabulary.split('\n').length - 1, vocabularyBytes: Buffer.byteLength(vocabulary) };
}

/**
 * The questions a record says it answers: the questions a toolkit section lists at its foot
 * (`section-questions__list`) and its search title when that is a question (an FAQ answer's).
 * @param {string} html @returns {string[]}
 */
export function questionsOf(html) {
  const body = elementsWith(html, 'data-pagefind-body')[0];
  if (!body) return [];
  const main = html.slice(body.start, body.end);
  const title = /\sdata-search-title="([^"]*)"/.exec(main)?.[1];
  const asked = title && decode(title).trim().endsWith('?') ? [decode(title).replace(/^Q\d+\s*·\s*/, '')] : [];
  for (const list of elementsWith(main, 'data-pagefind-weight').filter((l) => /class="section-questions__list"/.test(l.openTag))) {
    for (const [, item] of main.slice(list.start, list.end).matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)) asked.push(decode(item.replace(/<[^>]*>/g, '')).trim());
  }
  return asked.map((q) => q.replace(/[\t\n]+/g, ' ')).filter(Boolean);
}

/**
 * The id Pagefind gives each address (its fragment file's name), read back from the fragments it wrote.
 * @param {string} pagefindDir @returns {Map<string, string>}
 */
function fragmentIds(pagefindDir) {
  const ids = new Map();
  for (const file of readdirSync(join(pagefindDir, 'fragment')).filter((f) => f.endsWith('.pf_fragment'))) {
    const text = gunzipSync(readFileSync(join(pagefindDir, 'fragment', file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{')));
    ids.set(url, file.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** @param {Map<string, string[]>} questions @param {Map<string, string>} ids */
export function questionsText(questions, ids) {
  const lines = [];
  for (const [url, asked] of questions) {
    const id = ids.get(url);
    if (!asked.length) continue;
    if (!id) throw new Error(`Pagefind wrote no fragment for ${url}`);
    lines.push([id, ...asked].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A listing page (SearchMeta's `listing`) gets a `lists` metadata field: the addresses of the
 * pages it links to, space-separated, so search can rank it below each of them.
 * @param {string} html
 */
export function withListedPages(html) {
  const body = elementsWith(html, 'data-pagefind-body')[0];
  if (!body || !/\sdata-search-listing(?=[\s=>])/.test(html.slice(body.start, body.end))) return html;
  const main = html.slice(body.start, body.end);
  const kept = without(main, elementsWith(main, 'data-pagefind-ignore'));
  const listed = new Set([...kept.matchAll(/<a\b[^>]*\shref="(\/[^"#?]*)/g)].map((m) => m[1]));
  const openEnd = body.start + /^<[^>]*>/.exec(main)[0].length;
  const meta = `<div hidden data-pagefind-meta="lists[data-search-lists]" data-search-lists="${[...listed].join(' ')}"></div>`;
  return html.slice(0, openEnd) + meta + html.slice(openEnd);
}

/** @param {Promise<{ errors: string[] }>} pending @param {string} what */
async function add(pending, what) {
  const { errors } = await pending;
  if (errors.length) throw new Error(`Pagefind could not index ${what}: ${errors.join('; ')}`);
}

/**
 * The vocabulary file: the indexed words in alphabetical order, one a line, each written as how
 * many leading letters it shares with the word before (one digit, 0 to 9) and the letters that
 * follow, then, if it occurs more than once, a space and the whole number of log2 of how often
 * ("7committees 2" after "committee" is committees, seen 4 to 7 times). A word the site only
 * writes hyphenated ends in ~ ("vicechair~"). Words of one or two letters
 * and numbers are left out: there is nothing to correct them to. Read by parseVocabulary in
 * src/components/search/spelling.ts. Written compactly because search fetches it on first use.
 * @param {Map<string, number>} counts
 */
export function vocabularyText(counts) {
  // A word written both solid and hyphenated counts as solid.
  const merged = new Map();
  for (const [word, n] of counts) {
    const solid = word.endsWith(HYPHENATED) ? word.slice(0, -1) : word;
    if (word.endsWith(HYPHENATED) && counts.has(solid)) continue;
    merged.set(word, (merged.get(word) ?? 0) + n);
  }
  const words = [...merged].filter(([word]) => word.length > 2 && /\p{L}/u.test(word)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let previous = '';
  let out = '';
  for (const [word, n] of words) {
    let shared = 0;
    while (shared < 9 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    const bucket = Math.floor(Math.log2(n));
    out += `${shared}${word.slice(shared)}${bucket > 0 ? ` ${bucket}` : ''}\n`;
    previous = word;
  }
  return out;
}
