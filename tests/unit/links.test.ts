// Every internal link and #fragment on every built page must lead somewhere real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../support/built-site.ts';
import { brokenLinks, readSite } from '../support/links.ts';

const site = readSite(DIST);
const { pages, htmlByPath } = site;

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
  assert.deepEqual(brokenLinks(site, DIST), []);
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
