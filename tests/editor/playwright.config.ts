// The content editor's end-to-end tests (npm run edit, Keystatic), offline in Chromium. One editor for the
// whole run, on a scratch copy of the project (tests/editor/project-copy.ts), so the repository never changes.
import { defineConfig } from '@playwright/test';

export const EDITOR_PORT = Number(process.env.EDITOR_TEST_PORT ?? 4324);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/editor',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // The editor is Astro's dev server: its first page load compiles the editor's code.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${EDITOR_PORT}`,
    viewport: { width: 1280, height: 1000 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // Node 24 (the one running Playwright): the server script is TypeScript.
    command: `"${process.execPath}" tests/editor/serve-copy.ts ${EDITOR_PORT}`,
    cwd: '../..',
    url: `http://127.0.0.1:${EDITOR_PORT}/keystatic`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
