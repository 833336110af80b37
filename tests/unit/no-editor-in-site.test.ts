// The content editor (Keystatic, React) exists only under `npm run edit`: the published site must have none of
// its code, routes or dependencies. Scans every file of both builds, byte for byte, for the editor's markers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DIST, SUBPATH_DIST } from '../support/built-site.ts';

/** Strings found in Keystatic's and React's code and in the routes the editor adds; none belong in the site. */
const MARKERS = [
  'keystatic',
  'Keystatic',
  '/api/keystatic',
  'react-dom',
  'react.production',
  '__reactFiber',
  'react-aria',
  '@keystar/ui',
  'prosemirror',
  'renderer-url',
  '@astrojs/react',
];

function editorMarkers(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = readFileSync(file);
    for (const marker of MARKERS) if (bytes.includes(marker)) found.push(`${relative(dir, file)}: ${marker}`);
  }
  return found;
}

for (const [name, dir] of [
  ['dist/', DIST],
  ['dist-subpath/', SUBPATH_DIST],
] as const) {
  test(`${name} has no editor code, routes or dependencies`, { skip: !existsSync(join(dir, 'index.html')) && `no build in ${name}` }, () => {
    assert.deepEqual(editorMarkers(dir), []);
    assert.ok(!existsSync(join(dir, 'keystatic')), 'no /keystatic/ pages');
    assert.ok(!existsSync(join(dir, 'api')), 'no /api/ routes');
  });
}

test('the site build never loads the editor: astro.config.mjs names no editor package', () => {
  const config = readFileSync('astro.config.mjs', 'utf8');
  for (const name of ['@keystatic', '@astrojs/react', 'astro.config.edit']) assert.ok(!config.includes(name), name);
});

test('the scan finds a planted editor file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'no-editor-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<p>site</p>');
    assert.deepEqual(editorMarkers(dir), []);
    writeFileSync(join(dir, 'chunk.js'), 'import{makePage}from"@keystatic/astro/ui";');
    assert.deepEqual(editorMarkers(dir), ['chunk.js: keystatic']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
