// The build served from a sub-path (BASE_PATH=/mvp-toolkit/, in dist-subpath/, made by `npm test`):
// every internal link and #fragment resolves below the base, and no page points at the site's root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, SUBPATH_BASE, SUBPATH_DIST } from '../support/built-site.ts';
import { brokenLinks, readSite } from '../support/links.ts';

assert.ok(
  existsSync(join(SUBPATH_DIST, 'index.html')),
  'No sub-path build: run npm test, or BASE_PATH=/mvp-toolkit/ OUT_DIR=./dist-subpath astro build && OUT_DIR=./dist-subpath node scripts/postbuild.mjs',
);
const site = readSite(SUBPATH_DIST);

test('the sub-path build has the same pages as the root build', () => {
  assert.deepEqual(
    site.pages.map((p) => p.path),
    builtPages(DIST).map((p) => p.path),
  );
});

test('every internal link and #fragment resolves below the base', () => {
  assert.deepEqual(brokenLinks(site, SUBPATH_DIST, SUBPATH_BASE), []);
});

test('no root-relative address in a page escapes the base', () => {
  const escaping: string[] = [];
  for (const [path, html] of site.htmlByPath) {
    for (const [, value] of html.matchAll(/\s(?:href|src|action|data-base)="(\/[^"]*)"/g)) {
      if (!value.startsWith(SUBPATH_BASE)) escaping.push(`${path}: ${value}`);
    }
  }
  assert.deepEqual(escaping, []);
});
