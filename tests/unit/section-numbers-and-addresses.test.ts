import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareSectionNumbers, toolkitPath, isChapterOverview } from '../../src/utils/sections.ts';

test('section numbers sort numerically, chapters before their sections', () => {
  const sorted = ['3.10', '3.9', '4', '3', '3.1', '10.1', '4.2'].sort(compareSectionNumbers);
  assert.deepEqual(sorted, ['3', '3.1', '3.9', '3.10', '4', '4.2', '10.1']);
});

test('entry ids map to clean URLs', () => {
  assert.equal(toolkitPath('setting-up/index'), '/toolkit/setting-up/');
  assert.equal(toolkitPath('setting-up/budget'), '/toolkit/setting-up/budget/');
});

test('chapter overviews have no subsection number', () => {
  assert.equal(isChapterOverview('2'), true);
  assert.equal(isChapterOverview('2.5'), false);
});
