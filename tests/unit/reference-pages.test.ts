// The FAQ, glossary and background pages as built: every question addressable, every required term defined,
// and jargon on content pages linked to its definition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { mainText, readPage } from '../support/built-site.ts';

const REQUIRED_TERMS = [
  'MVP',
  'MNVP',
  'LMS',
  'LMNS',
  'ICB',
  'ICS',
  'CCG',
  'STP',
  'SCN',
  'NHSE/I',
  'PPV',
  'DBS',
  'CNST',
  'MIS',
  'SA7',
  'PQSM',
  'PQSSG',
  'PMRT',
  'PALS',
  'HoM',
  'NCCR',
  'ODN',
  'PAG',
  'VCSE',
  'WTE',
  'CQC',
  'HSIB',
  'RCM',
  'RCOG',
  'HEE',
  'MBRRACE',
  'FFT',
  'PCSP',
  'CIC',
  'Band 8a',
  'quadrumvirate',
  'coproduction',
  '15 Steps for Maternity',
  'Walk the Patch',
  'safety champions',
  'Nolan principles',
];

const glossaryDir = join(process.cwd(), 'content/glossary');
const glossary = readdirSync(glossaryDir).map((file) => ({
  id: file.replace(/\.md$/, ''),
  ...parseFrontmatter(readFileSync(join(glossaryDir, file), 'utf8')),
}));

test('the glossary defines every term the sources need', () => {
  const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const defined = new Set(glossary.flatMap((g) => [g.frontmatter.term, ...(g.frontmatter.match ?? [])].map((t: string) => normalise(t))));
  const missing = REQUIRED_TERMS.filter(
    (t) => !defined.has(normalise(t)) && !glossary.some((g) => normalise(String(g.frontmatter.term)).includes(normalise(t))),
  );
  assert.deepEqual(missing, []);
});

test('every glossary entry is on /glossary/ with its own anchor', () => {
  const html = readPage('/glossary/');
  for (const { id } of glossary) assert.match(html, new RegExp(`id="${id}"`), `no #${id} on /glossary/`);
});

test('every FAQ question is on /faq/, in order, with an anchor', () => {
  const html = readPage('/faq/');
  const faqDir = join(process.cwd(), 'content/faq');
  const questions = readdirSync(faqDir)
    .sort()
    .map((f) => parseFrontmatter(readFileSync(join(faqDir, f), 'utf8')).frontmatter);
  assert.equal(questions.length, 17);
  let last = -1;
  for (const q of questions) {
    const at = html.indexOf(`id="${q.slug}"`);
    assert.ok(at > last, `question ${q.number} (#${q.slug}) missing or out of order`);
    last = at;
  }
  assert.match(mainText(html), /PRN00823_iii/);
});

test('the first use of a term on a toolkit page is an accessible abbreviation linking to the glossary', () => {
  const html = readPage('/toolkit/consolidating/working-with-the-lms/');
  const lms = [...html.matchAll(/<a href="([^"]+)" class="glossary-term"><abbr title="([^"]+)">LMS<\/abbr><\/a>/g)];
  assert.equal(lms.length, 1, 'LMS is marked once');
  assert.equal(lms[0][1], '/glossary/#lms');
  assert.equal(lms[0][2], 'Local Maternity System');
  assert.doesNotMatch(html.slice(html.indexOf('<h1'), html.indexOf('</h1>')), /glossary-term/, 'headings are left alone');
  assert.doesNotMatch(html, /<a [^>]*class="cited-resource"[^>]*>(?:(?!<\/a>)[\s\S])*glossary-term/, 'no link inside a resource link');
});

test('the explainer has an accessible diagram and says what changed since 2018', () => {
  const html = readPage('/background/how-the-system-fits/');
  assert.match(html, /<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
  const text = mainText(html);
  assert.match(text, /integrated care boards/i);
  assert.match(text, /clinical commissioning groups/i);
  assert.match(text, /2018/);
  assert.match(mainText(readPage('/background/')), /Care Quality Commission/);
  assert.match(mainText(readPage('/about/')), /National Maternity Voices/);
});
