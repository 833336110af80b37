import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import type { BaseOptions } from './support/base.ts';

const port = Number(process.env.TEST_PORT ?? 4322);
const subpathPort = Number(process.env.SUBPATH_TEST_PORT ?? port + 1);
/** The second build, served from a sub-path as on GitHub Pages; scripts/test.mjs builds it. */
export const SUBPATH = { base: '/mvp-toolkit/', dir: 'dist-subpath' };
const hasSubpathBuild = existsSync(`${SUBPATH.dir}/index.html`);
if (process.env.REQUIRE_SUBPATH_BUILD && !hasSubpathBuild) throw new Error(`No sub-path build in ${SUBPATH.dir}/`);
const subpathSpecs = ['**/subpath.spec.ts', '**/offline.spec.ts'];

export default defineConfig<BaseOptions>({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    // Offline support is tested on its own (offline.spec.ts); elsewhere a service worker would
    // answer requests that tests watch or replace.
    serviceWorkers: 'block',
    // One browser context per worker, reset between tests (Playwright clears cookies, the cache, local storage and
    // IndexedDB, closes extra pages, removes routes and init scripts, and re-applies viewport and emulation): a new
    // context and its renderer cost about 0.9 s of a loaded 2-core machine's time per test. What the reset does not
    // undo (the network turned off, permissions) is only used in offline.spec.ts, which asks for fresh contexts.
    reuseContext: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'site', testIgnore: '**/subpath.spec.ts', use: { baseURL: `http://127.0.0.1:${port}`, base: '/' } },
    // Run with a sub-path build only (npm test always makes one); locally, without it, these are left out.
    ...(hasSubpathBuild ? [{ name: 'sub-path', testMatch: subpathSpecs, use: { baseURL: `http://127.0.0.1:${subpathPort}`, base: SUBPATH.base } }] : []),
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${port}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(hasSubpathBuild
      ? [
          {
            command: `node scripts/serve.mjs --port ${subpathPort} --dir ${SUBPATH.dir} --base ${SUBPATH.base}`,
            cwd: '..',
            url: `http://127.0.0.1:${subpathPort}${SUBPATH.base}`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
