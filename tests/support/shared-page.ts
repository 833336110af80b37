// One page per Playwright worker, for tests that only load a page and read it (axe on every page): a warm browser
// tab loads the next page and runs axe in about half the time a new context per test takes. Each test still
// navigates first, so no test sees what another left behind except the browser's cache.
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
