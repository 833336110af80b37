#!/usr/bin/env node
// The last steps of `npm run build`, after `astro build`: index the site for search (Pagefind),
// then write the offline service worker (sw.js), versioned by a hash of everything built.
// Works on the folder in OUT_DIR (default dist), so a sub-path build can sit beside dist/.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { writeServiceWorker } from './lib/service-worker.mjs';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
execFileSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir], { stdio: 'inherit' });
const { version, precache } = writeServiceWorker(outDir);
console.log(`Wrote sw.js: cache version ${version}, ${precache.length} files kept for offline use from the first visit.`);
