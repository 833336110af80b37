#!/usr/bin/env node
// The last steps of `npm run build`, after `astro build`: index the site for search (Pagefind's Node
// API, with FAQ answers and glossary entries as results of their own, and the vocabulary file for
// spelling correction: scripts/lib/search-index.mjs), then write the offline service worker (sw.js),
// versioned by a hash of everything built. Works on the folder in OUT_DIR (default dist), so a
// sub-path build can sit beside dist/.
import { resolve } from 'node:path';
import { buildSearchIndex } from './lib/search-index.mjs';
import { writeServiceWorker } from './lib/service-worker.mjs';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const started = performance.now();
const indexed = await buildSearchIndex(outDir);
console.log(
  `Pagefind: indexed ${indexed.pages} pages and ${indexed.records} answers and entries as results of their own in ${((performance.now() - started) / 1000).toFixed(2)} s; vocabulary of ${indexed.words} words (${indexed.vocabularyBytes} bytes).`,
);
const { version, precache } = writeServiceWorker(outDir);
console.log(`Wrote sw.js: cache version ${version}, ${precache.length} files kept for offline use from the first visit.`);
