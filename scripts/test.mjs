#!/usr/bin/env node
// `npm test`: provisions the browser and office suite, builds the site, then runs the unit tests
// (which include fidelity checks against the built pages) and the end-to-end tests in Chromium.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chromium, libreoffice } from './lib/provision.mjs';

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
const env = { CHROMIUM_PATH: chromium(), SOFFICE_PATH: libreoffice() };

try {
  run('npm', ['run', '--silent', 'build']);
  const unitTests = readdirSync('tests/unit').filter((f) => f.endsWith('.test.ts')).map((f) => `tests/unit/${f}`);
  run(process.execPath, ['--test', '--test-reporter=spec', ...unitTests], env);
  run(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '-c', 'tests/playwright.config.ts', ...process.argv.slice(2)], env);
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
