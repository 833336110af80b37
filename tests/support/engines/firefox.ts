// Firefox ESR (Debian's) driven over WebDriver BiDi by puppeteer-core: no geckodriver, nothing downloaded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { firefox as provideFirefox } from '../../../scripts/lib/provision.mjs';
import type { Engine, Tab } from './engine.ts';

/** Starts Firefox; `origin` is the test site's, which `goto` paths are relative to. */
export async function startFirefox(origin: string): Promise<Engine> {
  const downloadDir = mkdtempSync(join(tmpdir(), 'engine-firefox-downloads-'));
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: provideFirefox(), headless: true, timeout: 90_000, protocolTimeout: 90_000 });
  try {
    // One context for every tab, so they share storage as two tabs of one browser do.
    const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloadDir } });
    // Each page bypasses Firefox's HTTP cache, as on a first visit: otherwise a file cached by an earlier journey
    // (a download's code) would still load when the test refuses it.
    const tabFor = (page: Page): Tab => ({
      goto: async (path) => {
        await page.goto(path.startsWith('http') ? path : `${origin}${path}`, { waitUntil: 'load' });
      },
      reload: async () => {
        await page.reload({ waitUntil: 'load' });
      },
      run: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => never, ...args),
      click: async (selector) => {
        await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
        await page.click(selector);
      },
      type: async (selector, text) => {
        // Key by key after what is there, as WebDriver's Element Send Keys does.
        await page.$eval(selector, (el) => {
          (el as HTMLElement).focus();
          if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.setSelectionRange(el.value.length, el.value.length);
        });
        await page.keyboard.type(text);
      },
      press: async (key) => {
        await page.keyboard.press(key);
      },
      viewport: async (width, height) => {
        await page.setViewport({ width, height });
      },
      screenshot: async (file) => {
        writeFileSync(file, await page.screenshot());
      },
    });
    const first = await context.newPage();
    await first.setCacheEnabled(false);
    const pages: Page[] = [first];
    return {
      name: 'firefox',
      tab: tabFor(first),
      downloadDir,
      openTab: async (path) => {
        const page = await context.newPage();
        await page.setCacheEnabled(false);
        pages.push(page);
        const tab = tabFor(page);
        await tab.goto(path);
        return tab;
      },
      closeOtherTabs: async () => {
        for (const page of pages.splice(1)) await page.close();
        await first.bringToFront();
      },
      stop: async () => {
        await browser.close();
        rmSync(downloadDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
