// Writes <site>/sw.js from src/offline/service-worker.js, with the constants it needs in front:
// VERSION, a hash of every built file, so each new build gets fresh caches; PRECACHE, the offline
// page and the files it uses, relative to the site's base.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SOURCE = new URL('../../src/offline/service-worker.js', import.meta.url);
export const OFFLINE_PAGE = 'offline/';

/** @param {string} dir @returns {string[]} every file under dir, relative, with "/" separators, sorted */
export function filesIn(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A short hash of the names and contents of every file the site serves (sw.js aside). */
export function siteVersion(/** @type {string} */ dir) {
  const hash = createHash('sha256');
  for (const file of filesIn(dir)) {
    if (file === 'sw.js') continue;
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dir, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The offline page and the stylesheets, scripts and icon it loads, relative to the base. */
export function offlinePrecache(/** @type {string} */ dir) {
  const html = readFileSync(join(dir, OFFLINE_PAGE, 'index.html'), 'utf8');
  const base = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(html)?.[1];
  if (!base) throw new Error('The offline page has no icon link to find the base path from');
  const assets = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)]
    .map(([, url]) => url)
    .filter((url) => url.startsWith(`${base}_astro/`) || url === `${base}favicon.svg`)
    .map((url) => url.slice(base.length));
  return [OFFLINE_PAGE, ...new Set(assets)];
}

export function writeServiceWorker(/** @type {string} */ dir) {
  const version = siteVersion(dir);
  const precache = offlinePrecache(dir);
  const header = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(precache)};\n`;
  writeFileSync(join(dir, 'sw.js'), header + readFileSync(SOURCE, 'utf8'));
  return { version, precache };
}
