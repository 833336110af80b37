#!/usr/bin/env node
// `npm test`: checks style and types, provisions the browsers and office suite, builds the site and builds it again as
// it is served from a sub-path (/mvp-toolkit/, as on GitHub Pages) into dist-subpath/; then runs the unit tests (which
// include fidelity, link and HTML validity checks against both builds), the end-to-end tests in Chromium, the journeys a
// person makes in Safari's engine (WebKitGTK) and Firefox (tests/engines/, docs/browsers.md; `npm run test:webkit` and
// `npm run test:firefox` run one engine alone) and the content editor's tests (tests/editor/).
// The checks come first, as a style or type error needs no browser to report it: Biome's formatting and lint rules
// (biome.json, as `npm run lint`), then TypeScript (tsc over the whole project, astro check over .astro files).
// Once both builds exist, the steps after them run side by side: the Chromium end-to-end tests, whose lines are
// shown as they come, and the unit tests, the engine journeys and the editor's tests, each shown whole when it ends.
// On the 2-core machine the Chromium tests leave much of the processor idle (waiting on pages, timers and LibreOffice),
// so this takes minutes off `npm test` (docs/performance.md). `TEST_ONE_AT_A_TIME=1` runs them one after another.
// `npm run test:quick` (`--quick`) does the same up to the unit tests, then only the end-to-end tests tagged @smoke.
// Any other arguments go to Playwright (`npm test -- tests/e2e/search.spec.ts`).
// Each step's time is printed at the end, so a slow step is plain to see.
import { execFileSync, spawn } from 'node:child_process';
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

/**
 * Runs a step as a child process. With `shown`, its lines go straight to this terminal; otherwise they are kept and
 * printed whole when it ends, so steps running side by side do not mix their lines. Resolves with whether it passed.
 */
function runStep(name, cmd, args, env, { shown = false } = {}) {
  const started = performance.now();
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: shown ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolvePassed) => {
    const end = (passed, why = '') => {
      timings.push([name, (performance.now() - started) / 1000]);
      if (!shown) {
        console.log(`\n── ${name} ${passed ? 'passed' : `FAILED${why}`} ──`);
        process.stdout.write(Buffer.concat(output));
      } else if (!passed) console.log(`\n── ${name} FAILED${why} ──`);
      resolvePassed(passed);
    };
    child.on('error', (error) => end(false, `: ${error.message}`));
    child.on('close', (code, signal) => end(code === 0, code === 0 ? '' : ` (${signal ?? `exit code ${code}`})`));
  });
}

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
  const unitTests = readdirSync('tests/unit')
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `tests/unit/${f}`);
  // Two files at a time: node:test would otherwise run one at a time on a 2-core machine.
  const unit = ['unit tests', process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...unitTests], env];
  const playwright = (config, selection = []) => [process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '-c', config, ...selection], env];
  const e2e = [
    quick ? 'end-to-end smoke tests (Chromium)' : 'end-to-end tests (Chromium)',
    ...playwright('tests/playwright.config.ts', quick ? ['--grep', '@smoke', '--project', 'site'] : playwrightArgs),
  ];
  // The engine journeys and the content editor (npm run edit, on a scratch copy of the project, with its own config):
  // not in the quick loop, nor when arguments choose particular site tests.
  const rest =
    quick || playwrightArgs.length > 0
      ? []
      : [
          ['journeys in WebKit and Firefox', process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...engineTestFiles()], env],
          ['content editor end-to-end tests (Chromium)', ...playwright('tests/editor/playwright.config.ts')],
        ];
  let passed;
  if (quick || process.env.TEST_ONE_AT_A_TIME) {
    passed = true;
    for (const [name, cmd, args, stepEnv] of [unit, e2e, ...rest]) {
      if (!(await runStep(name, cmd, args, stepEnv, { shown: true }))) {
        passed = false;
        break;
      }
    }
  } else {
    const results = await Promise.all([runStep(...e2e, { shown: true }), ...[unit, ...rest].map((s) => runStep(...s))]);
    passed = results.every(Boolean);
  }
  if (!passed) throw new Error('a step failed');
} catch (error) {
  printTimings();
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
printTimings();

function printTimings() {
  const total = (performance.now() - started) / 1000;
  console.log(
    `\n${quick ? 'npm run test:quick' : 'npm test'} took ${(total / 60).toFixed(1)} min${quick || process.env.TEST_ONE_AT_A_TIME ? '' : ' (the steps after the builds side by side)'}:`,
  );
  for (const [name, seconds] of timings) console.log(`  ${name.padEnd(44)} ${seconds.toFixed(0).padStart(5)} s`);
}
