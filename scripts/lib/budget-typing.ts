// Keystroke to updated totals on screen, in Chromium, for a budget page holding a given draft: serves dist/,
// puts the draft in the page's storage, slows the CPU 4× (DevTools Emulation.setCPUThrottlingRate), types
// into one line's cost and times each key from its keydown event to the frame after the running total changes.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Draft, TemplateDefinition } from '../../src/templates-engine/types.ts';
import { storageKey } from '../../src/templates-engine/storage.ts';
import { cellId } from '../../src/templates-engine/ids.ts';

export interface TypingOptions {
  def: TemplateDefinition;
  draft: Draft;
  /** The rows field and line typed into, and its money column. */
  field: string;
  line: number;
  column: string;
  keystrokes: number;
  cpuSlowdown: number;
  root: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function keystrokeToTotals(options: TypingOptions): Promise<number[]> {
  const dist = join(options.root, 'dist');
  if (!existsSync(join(dist, 'templates/budget/index.html'))) throw new Error('No build in dist/: run npm run build first.');
  const port = await freePort();
  const server = spawn(process.execPath, [join(options.root, 'scripts/serve.mjs'), '--port', String(port), '--dir', dist, '--base', '/'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ready, fail) => {
    server.once('exit', (code) => fail(new Error(`scripts/serve.mjs exited with ${code}`)));
    server.stdout!.on('data', (chunk) => {
      if (String(chunk).includes('Serving')) ready(undefined);
    });
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const stored = JSON.stringify({ version: options.def.version, savedAt: new Date().toISOString(), answers: options.draft });
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [storageKey(options.def), stored] as const,
    );
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/templates/${options.def.slug}/`);
    const total = page.locator('[data-bar-total]');
    await total.filter({ hasText: '£' }).waitFor();
    const rows = await page.locator(`[data-row-of]`).count();
    const cell = page.locator(`#${cellId(options.field, options.line, options.column)}`);
    await cell.click();
    await cell.press('End');
    await page.evaluate(() => {
      const w = window as unknown as { __latency: number[]; __start?: number };
      w.__latency = [];
      document.addEventListener(
        'keydown',
        (event) => {
          w.__start = event.timeStamp;
        },
        true,
      );
      const bar = document.querySelector('[data-bar-total]')!;
      new MutationObserver(() => {
        const start = w.__start;
        if (start === undefined) return;
        w.__start = undefined;
        // The frame that shows the new total: after the next animation frame has been drawn.
        requestAnimationFrame(() => setTimeout(() => w.__latency.push(performance.now() - start), 0));
      }).observe(bar, { childList: true, characterData: true, subtree: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    for (let i = 0; i < options.keystrokes; i++) {
      await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
      await page.waitForFunction((n) => (window as unknown as { __latency: number[] }).__latency.length > n, i);
      await page.waitForTimeout(60);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const samples = await page.evaluate(() => (window as unknown as { __latency: number[] }).__latency);
    if (rows < 200) throw new Error(`expected the page to show every line, found ${rows}`);
    return samples;
  } finally {
    await browser.close();
    server.kill();
  }
}

export const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
