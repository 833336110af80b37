// The questions each toolkit page answers (our words, in its frontmatter): every page has them, they
// are shown at its foot marked as ours, and search weighs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { toolkitSchema } from '../../src/schemas/toolkit.ts';
import { decodeEntities, readPage, withoutOurNotes } from '../support/built-site.ts';

const CONTENT = join(process.cwd(), 'content/toolkit');

const pages = readdirSync(CONTENT).flatMap((chapter) =>
  readdirSync(join(CONTENT, chapter)).map((file) => {
    const data = toolkitSchema.parse(parseFrontmatter(readFileSync(join(CONTENT, chapter, file), 'utf8')).frontmatter);
    const overview = file === 'index.mdx';
    return { path: overview ? `/toolkit/${chapter}/` : `/toolkit/${chapter}/${file.replace(/\.mdx$/, '')}/`, overview, questions: data.questions };
  }),
);

test('every section has 3 to 6 questions it answers, every chapter overview 2 to 4, none repeated', () => {
  assert.equal(pages.length, 56);
  for (const { path, overview, questions } of pages) {
    const [min, max] = overview ? [2, 4] : [3, 6];
    assert.ok(questions.length >= min && questions.length <= max, `${path}: ${questions.length} questions`);
  }
  const all = pages.flatMap((p) => p.questions.map((q) => q.toLocaleLowerCase('en-GB')));
  assert.equal(new Set(all).size, all.length, 'a question is on two pages');
});

test('the schema holds questions to one line ending in a question mark', () => {
  const valid = {
    title: 'Budget',
    section: '2.4',
    stage: 'setting-up',
    summary: 'Helps you set a budget for your MVP.',
    topics: ['budget'],
    audience: ['commissioners'],
  };
  assert.ok(toolkitSchema.safeParse({ ...valid, questions: ['How much should an MVP budget be?'] }).success);
  assert.equal(toolkitSchema.safeParse({ ...valid, questions: ['How much should an MVP budget be'] }).success, false);
  assert.equal(toolkitSchema.safeParse({ ...valid, questions: [`${'Why '.repeat(30)}?`] }).success, false);
});

test('each page shows its questions at its foot, marked as ours and weighted for search', () => {
  for (const { path, overview, questions } of pages) {
    const html = readPage(path);
    const block = /<section class="section-questions"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0];
    assert.ok(block, `${path}: no questions block`);
    assert.match(block, /^<section class="section-questions" aria-labelledby="section-questions" data-ours/, `${path}: block marked as ours`);
    assert.match(block, new RegExp(`<h2 id="section-questions" data-pagefind-ignore>Questions this ${overview ? 'stage' : 'section'} answers</h2>`));
    assert.match(block, /Our summary, not toolkit text\./);
    assert.match(block, /<ul class="section-questions__list" data-pagefind-weight="3">/, `${path}: search weighs the questions`);
    const shown = [...block.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decodeEntities(m[1]));
    assert.deepEqual(shown, questions, `${path}: every question, in order`);
    assert.ok(!withoutOurNotes(html).includes('section-questions__list'), `${path}: the fidelity check leaves the block out`);
  }
});
