// One page per Playwright worker, for tests that only load a page and read it (axe on every page): a warm browser
// tab loads the next page and runs axe in about half the time a new context per test takes. Each test still
// navigates first; what another left in the browser's cache and storage stays, so only tests that read
// pages, never ones that type or save, belong here.
import { type Page, test as base } from '@playwright/test';

export const test = base.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, serviceWorkers } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, serviceWorkers });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
