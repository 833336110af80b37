#!/usr/bin/env node
// `npm run test:webkit` / `npm run test:firefox`: the journeys in one engine against the site as built in dist/
// (run `npm run build` first). Provisions the browser as `npm test` does. ENGINE_TEST_PORT picks the ports
// (it and the next four; 4350 unless set).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { firefox, webkit } from './lib/provision.mjs';
import { engineTestFiles } from './lib/engine-tests.mjs';

const engine = process.argv[2];
if (engine !== 'webkit' && engine !== 'firefox') {
  console.error('Usage: node scripts/test-engine.mjs webkit|firefox');
  process.exit(2);
}
if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run "npm run build" first.');
  process.exit(1);
}
if (engine === 'webkit') webkit();
else firefox();
try {
  execFileSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...engineTestFiles(engine)], { stdio: 'inherit' });
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
