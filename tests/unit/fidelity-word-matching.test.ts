import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mendSplitTableRows, seedToText, words, wordsInOrder } from '../support/words.ts';

test('words ignore case, quotes and punctuation', () => {
  assert.deepEqual(words('“It’s MVP-led,” she said.'), ['its', 'mvp', 'led', 'she', 'said']);
});

test('wordsInOrder counts only words kept in order, so omissions and reordering are caught', () => {
  const source = words('one two three four five');
  assert.equal(wordsInOrder(source, source), 5);
  assert.equal(wordsInOrder(source, words('one two four five')), 4);
  assert.equal(wordsInOrder(source, words('five four three two one')), 1);
});

test('a table row split by a page break is joined cell by cell', () => {
  const seed = '| A | B |\n|---|---|\n| x | first half |\n\n| | |\n|--|--|\n| | second half |\n| y | z |';
  assert.equal(mendSplitTableRows(seed), 'A | B\nx | first half second half\ny | z');
  assert.equal(seedToText('[Title](#) and **bold**').trim(), 'Title and   bold');
});
