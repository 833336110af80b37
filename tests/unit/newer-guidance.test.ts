// Our "Newer guidance" notes (content/newer-guidance/*.yaml) and the dated note: every note is valid,
// quotes the FAQ for ICBs word for word, sits on its section and links to FAQ answers that exist;
// every toolkit page has the dated note; /what-has-changed/ and the FAQ list every note.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { newerGuidanceSchema, GUIDANCE_TOPICS, type NewerGuidanceData } from '../../src/schemas/newer-guidance.ts';
import { readFrontmatter } from '../../src/plugins/remark-glossary/load-terms.ts';
import { readFaqSource } from '../support/faq-source.ts';
import { decodeEntities, mainText, readPage, withoutOurNotes } from '../support/built-site.ts';
import { words } from '../support/words.ts';

const ROOT = process.cwd();
const NOTES_DIR = join(ROOT, 'content/newer-guidance');
const TOOLKIT_DIR = join(ROOT, 'content/toolkit');

const notes = readdirSync(NOTES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const parsed = newerGuidanceSchema.safeParse(load(readFileSync(join(NOTES_DIR, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    return { file, id: file.replace(/\.yaml$/, ''), data: parsed.data as NewerGuidanceData };
  });

/** Toolkit section number -> its page path, from the content files. */
const toolkitPages = new Map<string, string>();
for (const chapter of readdirSync(TOOLKIT_DIR)) {
  for (const file of readdirSync(join(TOOLKIT_DIR, chapter))) {
    const { section } = readFrontmatter(readFileSync(join(TOOLKIT_DIR, chapter, file), 'utf8'), file) as { section: string };
    toolkitPages.set(section, file === 'index.mdx' ? `/toolkit/${chapter}/` : `/toolkit/${chapter}/${file.replace(/\.mdx$/, '')}/`);
  }
}

const faqSource = readFaqSource();
const faqSlugs = new Map<number, string>(
  readdirSync(join(ROOT, 'content/faq')).map((file) => {
    const data = readFrontmatter(readFileSync(join(ROOT, 'content/faq', file), 'utf8'), file) as { number: number; slug: string };
    return [data.number, data.slug];
  }),
);

/** True when `quote` is a run of consecutive words of `text` (case, punctuation and quote marks aside). */
function quotesWordForWord(quote: string, text: string): boolean {
  const q = words(quote).join(' ');
  return ` ${words(text).join(' ')} `.includes(` ${q} `);
}

const anchorOf = (id: string) => `newer-guidance-${id}`;
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const hrefs = (html: string) => [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]));

describe('the notes, as data', () => {
  test('the schema refuses a note on a chapter overview, an unknown topic, a question that does not exist or no quotation', () => {
    const valid = notes[0].data;
    assert.ok(newerGuidanceSchema.safeParse(valid).success);
    const refused = (change: Record<string, unknown>) => !newerGuidanceSchema.safeParse({ ...valid, ...change }).success;
    assert.ok(refused({ section: '2' }), 'chapter overview');
    assert.ok(refused({ topics: ['equity'] }), 'unknown topic');
    assert.ok(refused({ quotes: [{ question: 18, words: 'ICBs have a statutory duty' }] }), 'question 18');
    assert.ok(refused({ quotes: [] }), 'no quotation');
    assert.ok(refused({ nowSays: 'Changed.' }), 'too short to say what changed');
  });

  test('there are notes, each on a toolkit section that exists', () => {
    assert.ok(notes.length >= 20, `only ${notes.length} notes`);
    for (const note of notes) assert.ok(toolkitPages.has(note.data.section), `${note.file}: no toolkit section ${note.data.section}`);
  });

  test("the issue's sections all have notes, quoting the FAQ answers it names", () => {
    const required: Record<string, number[][]> = {
      '2.1': [[6], [4, 8]],
      '2.2': [[6], [4, 8]],
      '2.3': [[13], [10]],
      '2.4': [[5], [6], [7]],
      '4.20': [[5, 6, 7]],
      '2.5': [[8, 10, 11]],
      '2.7': [[8, 10, 11]],
      '3.5': [[9]],
      '4.15': [[9]],
      '3.9': [[17], [12]],
      '4.3': [[17], [12]],
      '3.12': [[16]],
      '4.4': [[14]],
      '4.9': [[4]],
      '4.12': [[7]],
      '5.4': [[7]],
    };
    for (const [section, groups] of Object.entries(required)) {
      const quoted = new Set(notes.filter((n) => n.data.section === section).flatMap((n) => n.data.quotes.map((q) => q.question)));
      assert.ok(quoted.size > 0, `${section} has no note`);
      for (const group of groups)
        assert.ok(
          group.some((q) => quoted.has(q)),
          `${section}: no quotation from FAQ question ${group.join(' or ')}`,
        );
    }
  });

  test('every quoted FAQ phrase appears word for word in the FAQ source, in the answer it is credited to', () => {
    assert.equal(faqSource.questions.length, 17);
    const wrong: string[] = [];
    for (const note of notes) {
      for (const { question, words: quote } of note.data.quotes) {
        const answer = faqSource.questions[question - 1].answer;
        if (!quotesWordForWord(quote, answer)) wrong.push(`${note.file}: "${quote}" is not in the answer to question ${question}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('the word-for-word check catches a changed, added or misattributed word', () => {
    const answer11 = faqSource.questions[10].answer;
    assert.ok(quotesWordForWord('NHS Band 8a', answer11));
    assert.ok(!quotesWordForWord('NHS Band 8b', answer11));
    assert.ok(!quotesWordForWord('The number of hours required for the MNVP lead role will need to be agreed', answer11));
    assert.ok(!quotesWordForWord('NHS Band 8a', faqSource.questions[9].answer));
  });

  test('every FAQ answer updates at least one toolkit section', () => {
    const quoted = new Set(notes.flatMap((n) => n.data.quotes.map((q) => q.question)));
    const missing = faqSource.questions.map((q) => q.number).filter((n) => !quoted.has(n));
    assert.deepEqual(missing, []);
  });
});

describe('toolkit pages, as built', () => {
  test('every toolkit page (chapter overviews and sections) shows the one dated note', () => {
    assert.equal(toolkitPages.size, 56);
    for (const path of toolkitPages.values()) {
      const html = readPage(path);
      const notesOnPage = html.match(/<aside class="dated-note"/g) ?? [];
      assert.equal(notesOnPage.length, 1, `${path}: one dated note`);
      const note = html.slice(html.indexOf('<aside class="dated-note"'), html.indexOf('</aside>', html.indexOf('<aside class="dated-note"')));
      assert.match(note, /<summary[^>]*>[\s\S]*2022[\s\S]*<\/summary>/, `${path}: its summary gives the toolkit's date`);
      const text = decodeEntities(note.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
      for (const needed of [
        'March 2022',
        'November 2023',
        'Maternity and neonatal voices partnership guidance',
        'MVP also means MNVP',
        'LMS also means LMNS',
        'pay rates',
      ]) {
        assert.ok(text.includes(needed), `${path}: the dated note mentions "${needed}"`);
      }
      assert.ok(hrefs(note).includes('/what-has-changed/'), `${path}: the dated note links to /what-has-changed/`);
    }
  });

  test('each note is on its section page, marked as ours, with links to FAQ answers that exist', () => {
    const faq = readPage('/faq/');
    const faqIds = ids(faq);
    for (const note of notes) {
      const path = toolkitPages.get(note.data.section)!;
      const html = readPage(path);
      const start = html.indexOf(`id="${anchorOf(note.id)}"`);
      assert.ok(start > 0, `${path}: has the note ${note.id}`);
      const block = html.slice(html.lastIndexOf('<section class="newer-guidance"', start), html.indexOf('</section>', start));
      assert.match(
        block,
        /^<section class="newer-guidance" aria-labelledby="newer-guidance" data-ours data-pagefind-ignore/,
        `${path}: inside the marked Newer guidance block`,
      );
      assert.match(block, /<h2 id="newer-guidance">[\s\S]*Newer guidance/, `${path}: the block has its own heading`);
      assert.ok(block.includes('Our note, not toolkit text.'), `${path}: says it is ours`);
      const article = html.slice(start, html.indexOf('</article>', start));
      for (const { question, words: quote } of note.data.quotes) {
        const slug = faqSlugs.get(question)!;
        assert.ok(hrefs(article).includes(`/faq/#${slug}`), `${path} ${note.id}: links to FAQ question ${question}`);
        assert.ok(faqIds.has(slug), `/faq/ has an answer with id ${slug}`);
        assert.ok(decodeEntities(article).includes(quote), `${path} ${note.id}: shows the quotation "${quote}"`);
      }
      assert.ok(!mainText(withoutOurNotes(html)).includes(note.data.nowSays.slice(0, 40)), `${path}: the note is left out of the fidelity comparison`);
    }
  });

  test('the print page has each note after its section, marked as ours, with ids of its own', () => {
    const print = readPage('/toolkit/print/');
    for (const note of notes) {
      const section = `section-${note.data.section.replace('.', '-')}`;
      const start = print.indexOf(`id="${section}-${anchorOf(note.id)}"`);
      assert.ok(start > print.indexOf(`id="${section}"`), `/toolkit/print/: note ${note.id} follows section ${note.data.section}`);
      const block = print.slice(print.lastIndexOf('<section class="newer-guidance"', start), start);
      assert.match(
        block,
        new RegExp(`^<section class="newer-guidance" aria-labelledby="${section}-newer" data-ours`),
        `/toolkit/print/ ${note.id}: inside a marked block`,
      );
      assert.ok(block.includes('Our note, not toolkit text.'));
      assert.ok(
        decodeEntities(print.slice(start, print.indexOf('</article>', start))).includes(note.data.nowSays),
        `/toolkit/print/ ${note.id}: the note's text`,
      );
    }
    const allIds = [...print.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(allIds).size, allIds.length, '/toolkit/print/: no id is used twice');
  });

  test('sections without notes have no Newer guidance block', () => {
    const withNotes = new Set(notes.map((n) => n.data.section));
    for (const [section, path] of toolkitPages) {
      if (withNotes.has(section)) continue;
      assert.ok(!readPage(path).includes('class="newer-guidance"'), `${path}: no empty notes block`);
    }
  });
});

describe('/what-has-changed/ and the FAQ', () => {
  const page = readPage('/what-has-changed/');

  test('lists every note, by topic, linking to its section note and FAQ answers', () => {
    for (const note of notes) {
      const sectionLink = `${toolkitPages.get(note.data.section)}#${anchorOf(note.id)}`;
      for (const topic of note.data.topics) {
        const start = page.indexOf(`id="${topic}-${note.id}"`);
        assert.ok(start > 0, `${note.id} is listed under ${topic}`);
        const article = page.slice(start, page.indexOf('</article>', start));
        const links = hrefs(article);
        assert.ok(links.includes(sectionLink), `${note.id} under ${topic}: links to ${sectionLink}`);
        for (const q of note.data.quotes) assert.ok(links.includes(`/faq/#${faqSlugs.get(q.question)}`), `${note.id}: links to FAQ question ${q.question}`);
        const topicStart = page.lastIndexOf('<section class="changes-topic"', start);
        assert.ok(page.slice(topicStart, start).includes(`id="topic-${topic}"`), `${note.id} sits in the ${topic} section`);
      }
    }
  });

  test('has a heading for each topic that has notes, terms first', () => {
    const headings = [...page.matchAll(/<h2 id="topic-([a-z-]+)"/g)].map((m) => m[1]);
    assert.equal(headings[0], 'terms');
    const used = Object.keys(GUIDANCE_TOPICS).filter((t) => notes.some((n) => n.data.topics.includes(t as keyof typeof GUIDANCE_TOPICS)));
    assert.deepEqual(headings, used);
    for (const term of ['MVP to MNVP', 'LMS to LMNS', 'CCG to ICB', 'chair to MNVP lead']) assert.ok(page.includes(term), `terms topic names ${term}`);
  });

  test("the November 2023 date carries its source in the page's source list", () => {
    const sources = page.slice(page.indexOf('<section class="sources"'));
    assert.match(
      decodeEntities(sources),
      /<cite>Maternity and neonatal voices partnership guidance \(publication page\)<\/cite>, NHS England \(28 November 2023\)/,
    );
    assert.ok(mainText(page).includes('November 2023'));
  });

  test('is linked from the home page, the About page and the FAQ', () => {
    for (const path of ['/', '/about/', '/faq/']) {
      const main = readPage(path).slice(readPage(path).indexOf('<main'));
      assert.ok(hrefs(main).includes('/what-has-changed/'), `${path} links to /what-has-changed/ in its main content`);
    }
  });

  test('each FAQ answer lists the toolkit sections it updates, linking to the notes', () => {
    const faq = readPage('/faq/');
    for (const q of faqSource.questions) {
      const slug = faqSlugs.get(q.number)!;
      const start = faq.indexOf(`<h3 id="${slug}"`);
      const article = faq.slice(start, faq.indexOf('</article>', start));
      assert.ok(article.includes('Toolkit sections this updates'), `question ${q.number} lists the sections it updates`);
      const expected = notes.filter((n) => n.data.quotes.some((quote) => quote.question === q.number));
      for (const note of expected) {
        assert.ok(hrefs(article).includes(`${toolkitPages.get(note.data.section)}#${anchorOf(note.id)}`), `question ${q.number} links to ${note.id}`);
      }
    }
  });

  test('the About page cites the MNVP guidance with its date', () => {
    const about = decodeEntities(readPage('/about/'));
    assert.match(about, /<cite>Maternity and neonatal voices partnership guidance \(publication page\)<\/cite>, NHS England \(28 November 2023\)/);
  });
});
