// Proves the toolkit is on the site faithfully: for every subsection and chapter introduction,
// at least 97% of the source's words appear, in order, on its built page. Our own "Newer guidance"
// notes (marked data-ours) are left out first, so they can never stand in for toolkit text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/plugins/remark-glossary/load-terms.ts';
import { splitToolkit } from '../support/toolkit-source.ts';
import { mainText, readPage, withoutOurNotes } from '../support/built-site.ts';
import { seedToText, words, wordsInOrder } from '../support/words.ts';

const CONTENT = join(process.cwd(), 'content/toolkit');

function pagePathsBySection(): Map<string, string> {
  const map = new Map<string, string>();
  for (const chapter of readdirSync(CONTENT)) {
    for (const file of readdirSync(join(CONTENT, chapter))) {
      const section = readFrontmatter(readFileSync(join(CONTENT, chapter, file), 'utf8'), file).section;
      if (typeof section === 'string') map.set(section, file === 'index.mdx' ? `/toolkit/${chapter}/` : `/toolkit/${chapter}/${file.replace(/\.mdx$/, '')}/`);
    }
  }
  return map;
}

const parts = splitToolkit();
const paths = pagePathsBySection();

test('the seed splits into 5 chapters and 51 subsections', () => {
  assert.equal(parts.filter((p) => !p.number.includes('.')).length, 5);
  assert.equal(parts.filter((p) => p.number.includes('.')).length, 51);
  assert.equal(paths.size, 56, 'one content file per chapter and subsection');
});

for (const part of parts) {
  test(`${part.number} ${part.heading}: source words appear in order on its page`, () => {
    const path = paths.get(part.number);
    assert.ok(path, `no content file has section "${part.number}"`);
    const source = words(seedToText(part.text));
    const page = words(mainText(withoutOurNotes(readPage(path))));
    if (source.length === 0) return; // chapter 1 has no introduction text of its own
    const kept = wordsInOrder(source, page) / source.length;
    assert.ok(kept >= 0.97, `${path}: only ${(kept * 100).toFixed(1)}% of ${source.length} source words appear in order`);
  });
}

test('our notes are left out of the comparison, and only they are', () => {
  const html = readPage(paths.get('2.5')!);
  assert.match(html, /<section[^>]*data-ours/, '2.5 has a Newer guidance note to leave out');
  const kept = mainText(withoutOurNotes(html));
  assert.ok(!kept.includes('Our note, not toolkit text'), 'the note is gone');
  assert.ok(!kept.includes('NHS Band 8a'), 'its FAQ quotation is gone');
  assert.ok(kept.includes('currently £150/ day'), 'the toolkit text after and around it stays');
  assert.ok(mainText(html).length - kept.length > 500, 'a whole note was removed');
});

test('the print page carries the whole toolkit, in order', () => {
  const source = words(seedToText(parts.map((p) => p.text).join('\n')));
  const page = words(mainText(withoutOurNotes(readPage('/toolkit/print/'))));
  const kept = wordsInOrder(source, page) / source.length;
  assert.ok(kept >= 0.97, `only ${(kept * 100).toFixed(1)}% of the toolkit appears in order on /toolkit/print/`);
});
