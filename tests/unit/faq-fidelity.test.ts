/**
 * Checks that content/faq reproduces NHS England's "Maternity and neonatal
 * voices partnership: Frequently asked questions – a resource for ICBs"
 * (PRN00823_iii) faithfully: every question word for word, every answer with
 * (at least 97% of) its words in order, in the right theme and order.
 * Run from the repo root: node --test tests/unit/faq-fidelity.test.ts
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFrontmatter } from '../../src/plugins/remark-glossary/load-terms.ts';
import { words, wordsInOrder } from '../support/words.ts';
import { FAQ_SEED, parseFaqSource } from '../support/faq-source.ts';

const ROOT = process.cwd();
const FAQ_DIR = resolve(ROOT, 'content/faq');
const INTRO = resolve(ROOT, 'content/background/faq-introduction.md');
const THEMES = ['about-the-guidance', 'finance', 'mnvp-leads', 'infrastructure-and-workplans'];
const MIN_RATIO = 0.97;

/** Strips YAML frontmatter and Markdown syntax, leaving the prose. */
function markdownText(source: string): string {
  return source
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)/g, '');
}

const source = parseFaqSource(readFileSync(FAQ_SEED, 'utf8'));
const files = readdirSync(FAQ_DIR)
  .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
  .sort();
const faqs = files.map((file) => {
  const text = readFileSync(join(FAQ_DIR, file), 'utf8');
  return { file, text, data: readFrontmatter(text, file), body: markdownText(text) };
});

describe('FAQ source parsing', () => {
  test('the source has 17 questions in 4 themes', () => {
    assert.equal(source.questions.length, 17);
    assert.deepEqual(
      source.questions.map((q) => q.number),
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    assert.deepEqual([...new Set(source.questions.map((q) => q.theme))], THEMES);
    for (const q of source.questions) assert.ok(words(q.answer).length > 10, `Q${q.number} has an answer`);
  });
});

describe('content/faq', () => {
  test('has 17 files, q01..q17, numbered 1..17 in order', () => {
    assert.equal(files.length, 17, files.join(', '));
    faqs.forEach(({ file, data }, i) => {
      assert.equal(data.number, i + 1, `${file}: number`);
      assert.match(file, new RegExp(`^q${String(i + 1).padStart(2, '0')}-${data.slug}\\.md$`), `${file}: file name is qNN-<slug>.md`);
    });
  });

  test('frontmatter is complete and well formed', () => {
    const slugs = new Set<string>();
    for (const { file, data } of faqs) {
      assert.ok(THEMES.includes(data.theme as string), `${file}: theme`);
      assert.equal(typeof data.slug, 'string', `${file}: slug`);
      assert.match(data.slug as string, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${file}: slug is kebab-case`);
      assert.ok(!slugs.has(data.slug as string), `${file}: slug is unique`);
      slugs.add(data.slug as string);
      assert.equal(typeof data.summary, 'string', `${file}: summary`);
      assert.ok((data.summary as string).length > 20, `${file}: summary is a sentence`);
      assert.ok(Array.isArray(data.keywords) && data.keywords.length > 0, `${file}: keywords`);
      for (const keyword of data.keywords as unknown[]) {
        assert.equal(typeof keyword, 'string', `${file}: keyword is a string`);
        assert.equal(keyword, (keyword as string).toLowerCase(), `${file}: keyword "${keyword}" is lowercase`);
      }
    }
  });

  for (const expected of source.questions) {
    const label = `Q${expected.number}`;
    test(`${label}: question, theme and answer match the source`, () => {
      const faq = faqs[expected.number - 1];
      assert.ok(faq, `${label}: file exists`);
      assert.equal(faq.data.number, expected.number);
      assert.equal(faq.data.question, expected.question, `${label}: question text is exact`);
      assert.equal(faq.data.theme, expected.theme, `${label}: theme`);

      const want = words(expected.answer);
      const got = words(faq.body);
      const common = wordsInOrder(want, got);
      const recall = common / want.length;
      const precision = common / got.length;
      assert.ok(recall >= MIN_RATIO, `${label}: only ${(recall * 100).toFixed(1)}% of the source answer's words appear in order`);
      assert.ok(precision >= MIN_RATIO, `${label}: ${((1 - precision) * 100).toFixed(1)}% of the words are not in the source answer`);
    });
  }

  test('answers contain no links (they are wired up by the site)', () => {
    for (const { file, text } of faqs) {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      assert.doesNotMatch(body, /\]\(|<a\s|\]\[/, `${file}: no Markdown or HTML links`);
    }
  });
});

describe('content/background/faq-introduction.md', () => {
  const text = readFileSync(INTRO, 'utf8');
  const data = readFrontmatter(text, 'faq-introduction.md');
  const [title, ...rest] = source.intro.split('\n');

  test('frontmatter names the document', () => {
    assert.equal(data.title, title.trim());
    assert.equal(data.kind, 'faq-introduction');
    assert.equal(data.publisher, 'NHS England');
    assert.equal(data.reference, 'PRN00823_iii');
  });

  test('body reproduces the introduction faithfully', () => {
    const want = words(rest.join('\n'));
    const got = words(markdownText(text));
    const common = wordsInOrder(want, got);
    assert.ok(common / want.length >= MIN_RATIO, `only ${((common / want.length) * 100).toFixed(1)}% of the introduction appears in order`);
    assert.ok(common / got.length >= MIN_RATIO, 'no extra text');
  });
});
