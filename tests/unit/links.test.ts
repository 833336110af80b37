// Every internal link and #fragment on every built page must lead somewhere real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, decodeEntities, DIST } from '../support/built-site.ts';
import { readFileSync } from 'node:fs';

const pages = builtPages();
const idsByPath = new Map<string, Set<string>>();
const htmlByPath = new Map<string, string>();
for (const { path, file } of pages) {
  const html = readFileSync(file, 'utf8');
  htmlByPath.set(path, html);
  idsByPath.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]))));
}

function targetExists(path: string): boolean {
  if (idsByPath.has(path)) return true;
  const file = join(DIST, decodeURIComponent(path));
  return existsSync(file) && !path.endsWith('/');
}

test('the site has the pages we expect', () => {
  assert.ok(pages.length >= 60, `only ${pages.length} pages built`);
});

test('no link is empty or goes nowhere', () => {
  const bad: string[] = [];
  for (const [path, html] of htmlByPath) {
    for (const m of html.matchAll(/<a\b[^>]*>/g)) {
      const href = /\shref="([^"]*)"/.exec(m[0])?.[1];
      if (href === undefined || href === '' || href === '#') bad.push(`${path}: ${m[0]}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('every internal link and #fragment resolves', () => {
  const broken: string[] = [];
  for (const [path, html] of htmlByPath) {
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const href = decodeEntities(raw);
      if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const url = new URL(href, `http://site${path}`);
      const target = url.pathname;
      if (!targetExists(target)) {
        broken.push(`${path} → ${href} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsByPath.get(target)?.has(fragment)) broken.push(`${path} → ${href} (no #${fragment})`);
    }
  }
  assert.deepEqual(broken, []);
});

test('no page links to another site', () => {
  const external: string[] = [];
  for (const [path, html] of htmlByPath) {
    for (const [, href] of html.matchAll(/\s(?:src)="(https?:[^"]+)"/g)) external.push(`${path}: ${href}`);
  }
  assert.deepEqual(external, [], 'pages must not load anything from other origins');
});

test('no page has two elements with the same id', () => {
  const duplicates: string[] = [];
  for (const [path, html] of htmlByPath) {
    const seen = new Set<string>();
    for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) {
      if (seen.has(id)) duplicates.push(`${path}#${id}`);
      seen.add(id);
    }
  }
  assert.deepEqual(duplicates, []);
});
