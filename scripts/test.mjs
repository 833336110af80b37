#!/usr/bin/env node
// `npm test`: provisions the browser and office suite, builds the site, and builds it again as it is
// served from a sub-path (/mvp-toolkit/, as on GitHub Pages) into dist-subpath/; then runs the unit tests
// (which include fidelity, link and HTML validity checks against both builds), the end-to-end tests in Chromium,
// and the journeys in Safari's engine (WebKitGTK) and Firefox (tests/engines/, docs/browsers.md).
// Before any of that, TypeScript is checked: tsc over the whole project and astro check over .astro files.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { chromium, firefox, libreoffice, webkit } from './lib/provision.mjs';
import { engineTestFiles } from './lib/engine-tests.mjs';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
// Both builds are made as for a real deployment, with the site's address, so the tests see the canonical
// links, social cards and sitemap (tests/unit/findable.test.ts). The address is never fetched.
const SITE_URL = 'https://mvp-toolkit.example';
const env = { CHROMIUM_PATH: chromium(), SOFFICE_PATH: libreoffice(), REQUIRE_SUBPATH_BUILD: '1', SITE_URL };
// Provisioned before anything runs, as Chromium is, so a missing browser stops the run at once.
const { driver, xvfb, miniBrowser } = webkit();
Object.assign(env, { WEBKIT_DRIVER_PATH: driver, XVFB_PATH: xvfb, MINIBROWSER_PATH: miniBrowser, FIREFOX_PATH: firefox() });
const bin = { PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}` };

try {
  run('astro', ['sync'], { ...bin, ASTRO_TELEMETRY_DISABLED: '1' });
  run('tsc', ['--noEmit', '-p', '.'], bin);
  run('astro', ['check', '--minimumSeverity', 'warning'], { ...bin, ASTRO_TELEMETRY_DISABLED: '1' });
  console.log('TypeScript: tsc and astro check found no errors.');
  run('npm', ['run', '--silent', 'build'], { SITE_URL });
  // The Word templates in public/docx/ are the same for both builds, so only Astro and the postbuild run again.
  const subpath = { ...bin, SITE_URL, BASE_PATH: '/mvp-toolkit/', OUT_DIR: './dist-subpath', ASTRO_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  run('astro', ['build', '--silent'], subpath);
  run(process.execPath, ['scripts/postbuild.mjs'], subpath);
  console.log(`Sub-path build in dist-subpath/ took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const unitTests = readdirSync('tests/unit').filter((f) => f.endsWith('.test.ts')).map((f) => `tests/unit/${f}`);
  run(process.execPath, ['--test', '--test-reporter=spec', ...unitTests], env);
  run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '-c', 'tests/playwright.config.ts', ...process.argv.slice(2)], env);
  // One engine at a time: each file starts one browser and runs its journeys in it.
  run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...engineTestFiles()], env);
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
