#!/usr/bin/env node
// `npm test`: checks style and types, provisions the browsers and office suite, builds the site and builds it again as
// it is served from a sub-path (/mvp-toolkit/, as on GitHub Pages) into dist-subpath/; then runs the unit tests (which
// include fidelity, link and HTML validity checks against both builds) and the end-to-end tests in Chromium, the
// site's and then the content editor's (tests/editor/).
// Then the journeys a person makes, in Safari's engine (WebKitGTK) and Firefox (tests/engines/, docs/browsers.md),
// the two engines side by side; `npm run test:webkit` and `npm run test:firefox` run one engine alone.
// The checks come first, as a style or type error needs no browser to report it: Biome's formatting and lint rules
// (biome.json, as `npm run lint`), then TypeScript (tsc over the whole project, astro check over .astro files).
// `npm run test:quick` (`--quick`) does the same up to the unit tests, then only the end-to-end tests tagged @smoke.
// Any other arguments go to Playwright (`npm test -- tests/e2e/search.spec.ts`).
// Each step's time is printed at the end, so a slow step is plain to see.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { engineTestFiles } from './lib/engine-tests.mjs';
import { chromium, firefox, libreoffice, webkit } from './lib/provision.mjs';

const quick = process.argv.includes('--quick');
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== '--quick');

const timings = [];
function step(name, work) {
  const started = performance.now();
  work();
  timings.push([name, (performance.now() - started) / 1000]);
}
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

// Both builds are made as for a real deployment, with the site's address, so the tests see the canonical
// links, social cards and sitemap (tests/unit/findable.test.ts). The address is never fetched.
const SITE_URL = 'https://mvp-toolkit.example';
const bin = { PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
const started = performance.now();

try {
  step('style and types (Biome, tsc, astro check)', () => {
    run('biome', ['ci', '--max-diagnostics=50', '.'], bin);
    console.log('Biome: formatting and lint rules hold (npm run format fixes the formatting).');
    run('astro', ['sync'], bin);
    run('tsc', ['--noEmit', '-p', '.'], bin);
    run('astro', ['check', '--minimumSeverity', 'warning'], bin);
    console.log('TypeScript: tsc and astro check found no errors.');
  });
  const env = {};
  step('provision browsers and LibreOffice', () => {
    Object.assign(env, { CHROMIUM_PATH: chromium(), SOFFICE_PATH: libreoffice(), REQUIRE_SUBPATH_BUILD: '1', SITE_URL });
    if (!quick) {
      webkit();
      firefox();
    }
  });
  step('build', () => run('npm', ['run', '--silent', 'build'], { SITE_URL }));
  // The Word templates in public/docx/ are the same for both builds, so only Astro and the postbuild run again.
  step('sub-path build', () => {
    const subpath = { ...bin, SITE_URL, BASE_PATH: '/mvp-toolkit/', OUT_DIR: './dist-subpath' };
    run('astro', ['build', '--silent'], subpath);
    run(process.execPath, ['scripts/postbuild.mjs'], subpath);
  });
  step('unit tests', () => {
    const unitTests = readdirSync('tests/unit')
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `tests/unit/${f}`);
    // Two files at a time: node:test would otherwise run one at a time on a 2-core machine.
    run(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...unitTests], env);
  });
  step(quick ? 'end-to-end smoke tests (Chromium)' : 'end-to-end tests (Chromium)', () => {
    const selection = quick ? ['--grep', '@smoke', '--project', 'site'] : [];
    run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '-c', 'tests/playwright.config.ts', ...selection, ...playwrightArgs], env);
  });
  // The engine journeys and the content editor (npm run edit, on a scratch copy of the project, with its own config):
  // not in the quick loop, nor when arguments choose particular site tests.
  if (!quick && playwrightArgs.length === 0) {
    step('journeys in WebKit and Firefox', () => {
      run(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...engineTestFiles()], env);
    });
    step('content editor end-to-end tests (Chromium)', () => {
      run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '-c', 'tests/editor/playwright.config.ts'], env);
    });
  }
} catch (error) {
  printTimings();
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
printTimings();

function printTimings() {
  const total = (performance.now() - started) / 1000;
  console.log(`\n${quick ? 'npm run test:quick' : 'npm test'} took ${(total / 60).toFixed(1)} min:`);
  for (const [name, seconds] of timings) console.log(`  ${name.padEnd(40)} ${seconds.toFixed(0).padStart(5)} s`);
}
