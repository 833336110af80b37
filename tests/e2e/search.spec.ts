import { SEARCH_KINDS } from '../../src/components/search/kinds.ts';
import { test, expect, type Page, type Request } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

const SECTION = '/toolkit/setting-up/budget/';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the toolkit' });
const box = (page: Page) => page.getByRole('combobox', { name: 'Search the toolkit' });
const options = (page: Page) => dialog(page).getByRole('listbox').getByRole('option');
const status = (page: Page) => dialog(page).getByRole('status');

async function searchInDialog(page: Page, query: string) {
  await page.getByRole('button', { name: 'Search' }).click();
  await box(page).fill(query);
  await expect(page.locator(`#search-dialog-results[data-query="${query}"]`)).toBeAttached();
}

async function resultPaths(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href).pathname);
}

/** Reads the index directly in the page, as the search island does. */
async function indexFilters(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.options({ noWorker: true });
    return pagefind.filters();
  });
}

test.describe('the index', () => {
  test('holds every toolkit section and chapter overview, tagged by kind and stage', async ({ page }) => {
    await page.goto('/search/');
    const filters = await indexFilters(page);
    expect(filters.kind['Toolkit section']).toBe(56);
    const toolkitPages = { Introduction: 5, 'Setting up': 8, 'Getting established': 15, Consolidating: 21, Pioneering: 7 };
    for (const [stage, pages] of Object.entries(toolkitPages)) expect(filters.stage[stage]).toBeGreaterThanOrEqual(pages);
  });

  test('indexes main content only: not navigation, footers or screen-reader helper text', async ({ page }) => {
    await page.goto('/search/');
    const content = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.options({ noWorker: true });
      const search = await pagefind.search('budget');
      const pages = await Promise.all(search.results.map((r: { data(): Promise<{ url: string; content: string }> }) => r.data()));
      return pages.find((p) => p.url.startsWith('/toolkit/setting-up/budget/'))!.content;
    });
    expect(content).toContain('There is wide variation in the level of budget allocated to MVPs in England.');
    for (const furniture of [
      'Skip to main content',
      'MVP also means MNVP',
      'Toolkit contents',
      'Home',
      'On this page',
      'Previous',
      'Deciding how the Maternity',
      'Equity action:',
      'in our list of resources',
      'Printed from',
      'sets no cookies',
      '2.4 · Setting up',
    ]) {
      expect(content, furniture).not.toContain(furniture);
    }
  });

  test('listing pages, the home page and the 404 page are not indexed; keywords are never shown', async ({ page }) => {
    for (const path of ['/', '/toolkit/', '/equity-actions/', '/search/']) {
      await page.goto(path);
      await expect(page.locator('main')).not.toHaveAttribute('data-pagefind-body');
    }
    await page.goto('/toolkit/consolidating/strengthening-your-team/');
    await expect(page.locator('main')).toHaveAttribute('data-pagefind-body', '');
    const meta = page.locator('main [data-pagefind-meta]');
    await expect(meta).toBeHidden();
    await expect(meta).toHaveText('');
    await expect(meta).toHaveAttribute('data-search-keywords', /burnout/);
    expect(await page.locator('body').innerText()).not.toMatch(/burnout/i);
  });
});

test.describe('the search box', () => {
  for (const path of ['/', SECTION, '/resources/', '/search/', '/toolkit/no-such-page/']) {
    test(`is in the header of ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeVisible();
    });
  }

  test('opens with a click, / and Ctrl+K or ⌘K, and Esc closes it and returns focus', async ({ page }) => {
    await page.goto(SECTION);
    const button = page.getByRole('button', { name: 'Search' });
    await button.click();
    await expect(dialog(page)).toBeVisible();
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();

    const skip = page.getByRole('link', { name: 'Skip to main content' });
    for (const shortcut of ['/', 'Control+k', 'Meta+k']) {
      await skip.focus();
      await page.keyboard.press(shortcut);
      await expect(dialog(page)).toBeVisible();
      await expect(box(page)).toBeFocused();
      await expect(box(page)).toHaveValue('');
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
      await expect(skip).toBeFocused();
    }
  });

  test('/ typed into a form field is just a character', async ({ page }) => {
    await page.goto('/search/');
    const field = page.getByRole('searchbox', { name: 'Search the toolkit' });
    await field.pressSequentially('2/3');
    await expect(field).toHaveValue('2/3');
    await expect(dialog(page)).toBeHidden();
  });

  test('type-ahead: results appear as you type, arrows move, Enter opens, and the count is announced', { tag: '@smoke' }, async ({ page }) => {
    await page.goto(SECTION);
    await page.keyboard.press('/');
    await page.keyboard.type('payro');
    await expect(options(page).first()).toContainText('Determining the mechanism for paying remuneration');
    await page.keyboard.type('ll');
    await expect(status(page)).toHaveText(/^\d+ results? for “payroll”$/);
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');

    await box(page).fill('social media');
    await expect(status(page)).toHaveText(/^\d+ results for “social media”$/);
    const count = Number((await status(page).textContent())!.split(' ')[0]);
    expect(count).toBeGreaterThan(3);
    await page.keyboard.press('ArrowDown');
    const first = options(page).first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The address names the words to mark and the first words of the passage the result showed.
    await expect(page).toHaveURL(/\/toolkit\/getting-established\/social-media\/\?highlight=social&highlight=media&passage=[a-z0-9+]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Social media accounts');
  });

  test('a search page at a shareable address gives the same results', async ({ page }) => {
    await page.goto(SECTION);
    await searchInDialog(page, 'budget');
    const inDialog = await resultPaths(page, '#search-dialog-results .search-result__page');
    await page.goto('/search/?q=budget');
    await expect(page.locator('[data-search-page][data-query="budget"]')).toBeAttached();
    await expect(page.getByRole('searchbox', { name: 'Search the toolkit' })).toHaveValue('budget');
    await expect(page.locator('main').getByRole('status')).toHaveText(/^\d+ results for “budget”$/);
    const onPage = await resultPaths(page, '.search-page-results h2 a');
    expect(onPage.slice(0, inDialog.length)).toEqual(inDialog);

    await page.getByRole('searchbox', { name: 'Search the toolkit' }).fill('DBS');
    await expect(page).toHaveURL(/\/search\/\?q=DBS$/);
  });

  test('with many results the dialog links to all of them on the search page', async ({ page }) => {
    await page.goto(SECTION);
    await searchInDialog(page, 'chair');
    const all = dialog(page).getByRole('link', { name: /^See all \d+ results$/ });
    await expect(all).toHaveAttribute('href', '/search/?q=chair');
    await all.click();
    await expect(page.locator('[data-search-page][data-query="chair"]')).toBeAttached();
    const shown = await page.locator('.search-page-results > ol > li').count();
    await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.locator('.search-page-results > ol > li').count()).toBeGreaterThan(shown);
  });

  test.describe('on a 320px phone', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('the dialog fills the screen, nothing scrolls sideways, and results open', async ({ page }) => {
      await page.goto(SECTION);
      await page.getByRole('button', { name: 'Search' }).click();
      await box(page).fill('creche');
      await expect(options(page).first()).toBeVisible();
      const size = await dialog(page).boundingBox();
      expect(size?.width).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await dialog(page).evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
      await expect(page.getByRole('button', { name: 'Close' })).toBeInViewport();
      const first = (await options(page).first().getAttribute('href'))!;
      await options(page).first().click();
      await expect(page).toHaveURL(first);
      expect(first).toMatch(/\?highlight=(creche|childcare)/);
    });
  });
});

test.describe('results', () => {
  test('show the title, section number and stage, and an excerpt with the words highlighted', async ({ page }) => {
    await page.goto(SECTION);
    await searchInDialog(page, 'payroll');
    const first = options(page).first();
    await expect(first.locator('.search-result__context')).toHaveText('2.5 · Setting up');
    await expect(first.locator('.search-result__title')).toHaveText('Determining the mechanism for paying remuneration and expenses to service users');
    await expect(first.locator('.search-result__excerpt mark').first()).toHaveText(/payroll/i);
    await expect(first).toHaveAccessibleName(/^2\.5 · Setting up\s*Determining the mechanism for paying remuneration and expenses to service users/);
  });

  test('sub-results jump to the matching part of a long page, where the words are highlighted', async ({ page }) => {
    await page.goto(SECTION);
    await searchInDialog(page, '15 Steps');
    await dialog(page).getByRole('combobox', { name: 'Kind of page' }).selectOption('Resources');
    await expect(status(page)).toHaveText(/in Resources$/);
    const sub = dialog(page).getByRole('option', { name: /^15 Steps for Maternity/ });
    await expect(sub).toHaveAttribute('href', '/resources/?highlight=15&highlight=steps#15-steps-for-maternity');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(sub).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/resources\/\?highlight=15&highlight=steps#15-steps-for-maternity$/);
    const target = page.locator('[id="15-steps-for-maternity"]');
    await expect(target).toBeInViewport();
    await expect(target.locator('mark.search-hit').first()).toBeVisible();
    // Words in helper text and navigation are left alone.
    expect(await page.locator('[data-pagefind-ignore] mark, .site-header mark, .sidebar mark').count()).toBe(0);
  });

  test('the words are highlighted on a toolkit section opened from a result', async ({ page }) => {
    await page.goto(SECTION);
    await searchInDialog(page, 'payroll');
    await options(page).first().click();
    await expect(page).toHaveURL(/\/toolkit\/setting-up\/paying-remuneration-and-expenses\/\?highlight=payroll&passage=[a-z0-9+]+$/);
    await expect(page.locator('main mark.search-hit').first()).toHaveText(/payroll/i);
  });
});

test.describe('filters', () => {
  test('by kind of page offer only the kinds in the index, and by stage narrow results', async ({ page }) => {
    await page.goto(SECTION);
    await searchInDialog(page, 'chair');
    const kinds = dialog(page).getByRole('combobox', { name: 'Kind of page' });
    const filters = await indexFilters(page);
    await expect
      .poll(async () => (await kinds.locator('option').allTextContents()).slice(1))
      .toEqual(['Toolkit section', 'FAQ', 'Template', 'Glossary', 'Background', 'Resources'].filter((k) => filters.kind[k]));
    await kinds.selectOption('Toolkit section');
    await expect(status(page)).toHaveText(/results? for “chair” in Toolkit section$/);

    await dialog(page).getByRole('combobox', { name: 'Stage' }).selectOption('Pioneering');
    await expect(status(page)).toHaveText(/results? for “chair” in Toolkit section, Pioneering$/);
    const contexts = await dialog(page).locator('.search-result__page .search-result__context').allTextContents();
    expect(contexts.length).toBeGreaterThan(0);
    for (const context of contexts) expect(context).toMatch(/· Pioneering$/);
  });

  test('other kinds of page are labelled on results and can be filtered to', async ({ page }) => {
    await page.goto('/search/?q=example&kind=Background');
    await expect(page.locator('main').getByRole('status')).toHaveText(/results? for “example” in Background$/);
    await expect(page.locator('.search-page-results .search-result__context').first()).toHaveText('Background');
    await expect(page.getByRole('combobox', { name: 'Kind of page' })).toHaveValue('Background');
  });
});

const TOOLKIT_KIND = SEARCH_KINDS.toolkit;

test.describe('the words people use', () => {
  const cases: Array<{ query: string; finds: RegExp; page?: string }> = [
    { query: 'ICB', finds: /commissioner/i },
    { query: 'pay', finds: /remunerat/i, page: '/toolkit/setting-up/paying-remuneration-and-expenses/' },
    // Since the 2023 guidance, many pages say "MNVP lead" themselves, so the leadership section is found by "lead" as written.
    { query: 'lead', finds: /lead/i, page: '/toolkit/setting-up/appointing-leadership-team/' },
  ];
  for (const { query, finds, page: expected } of cases) {
    test(`searching ${query} finds the toolkit's own words`, async ({ page }) => {
      await page.goto(SECTION);
      await searchInDialog(page, query);
      const marked = await dialog(page).locator('.search-result__excerpt mark').allTextContents();
      expect(
        marked.some((word) => finds.test(word)),
        `marked: ${marked.join(', ')}`,
      ).toBe(true);
      if (expected) expect((await resultPaths(page, '#search-dialog-results .search-result__page')).slice(0, 3)).toContain(expected);
    });
  }

  test('searching LMNS finds the glossary entry and the toolkit pages that say LMS', async ({ page }) => {
    // An excerpt is the passage with the most of the words as typed, so pages that say "LMNS" show it;
    // among toolkit sections (2022 text), the match is the older name.
    await page.goto(SECTION);
    await searchInDialog(page, 'LMNS');
    expect((await resultPaths(page, '#search-dialog-results .search-result__page')).slice(0, 3)).toContain('/glossary/');
    await page.goto(`/search/?q=LMNS&kind=${encodeURIComponent(TOOLKIT_KIND)}`);
    await expect(page.locator('.search-page-results .search-result__excerpt mark').first()).toBeVisible();
    const marked = await page.locator('.search-page-results .search-result__excerpt mark').allTextContents();
    expect(
      marked.some((word) => /\bLMS\b/.test(word)),
      `marked: ${marked.join(', ')}`,
    ).toBe(true);
  });

  test('searching MNVP finds the toolkit pages that say MVP', async ({ page }) => {
    // The FAQ and templates use "MNVP" themselves and rank first; among toolkit sections, the match is the older word.
    await page.goto(`/search/?q=MNVP&kind=${encodeURIComponent(TOOLKIT_KIND)}`);
    await expect(page.locator('.search-page-results .search-result__excerpt mark').first()).toBeVisible();
    const marked = await page.locator('.search-page-results .search-result__excerpt mark').allTextContents();
    expect(
      marked.some((word) => /\bMVP/.test(word)),
      `marked: ${marked.join(', ')}`,
    ).toBe(true);
  });

  test('keywords that are on no page find it all the same, and do not show', async ({ page }) => {
    await page.goto('/search/?q=burnout');
    await expect(page.locator('.search-page-results h2 a').first()).toHaveAttribute('href', /\/toolkit\/consolidating\/strengthening-your-team\//);
  });
});

test.describe('cost', () => {
  test('a content page loads no search code or index until someone starts searching', async ({ page }) => {
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(SECTION);
    await page.waitForLoadState('networkidle');
    const scripts = requests.filter((r) => r.resourceType() === 'script');
    expect(requests.filter((r) => r.url().includes('/pagefind/'))).toEqual([]);
    expect(scripts.map((r) => new URL(r.url()).pathname).filter((p) => /search-ui|engine/.test(p))).toEqual([]);
    let scriptBytes = 0;
    for (const script of scripts) scriptBytes += (await script.sizes()).responseBodySize;
    // About 6.6 KB: the search bootstrap and Vite's preload helper (3.2 KB), the failed-load message with its Try again
    // button (lazy-part, 1.4 KB, which must be on the page before a load can fail), the offline registration, the
    // header's menu and theme switch, and the "On this page" toggle. The search code itself (search-ui, over 10 KB)
    // would break it.
    expect(scriptBytes).toBeLessThan(7 * 1024);

    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => requests.some((r) => /search-ui\.[\w-]+\.js$/.test(r.url()))).toBe(true);
    await box(page).fill('budget');
    await expect(options(page).first()).toBeVisible();
    expect(requests.some((r) => r.url().endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.some((r) => r.url().includes('pagefind-worker'))).toBe(false);
    expect(requests.every((r) => new URL(r.url()).origin === new URL(page.url()).origin)).toBe(true);
  });
});

test.describe('accessibility', () => {
  test('axe finds no violation with the dialog open and results showing', async ({ page }) => {
    await page.goto(SECTION);
    await searchInDialog(page, 'terms of reference');
    await page.keyboard.press('ArrowDown');
    await expect(status(page)).not.toBeEmpty();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds no violation on a 320px phone with results showing', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(SECTION);
    await searchInDialog(page, 'budget');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds no violation on the search page with results', async ({ page }) => {
    await page.goto('/search/?q=terms+of+reference');
    await expect(page.locator('[data-search-page][data-query="terms of reference"]')).toBeAttached();
    await expect(page.locator('main').getByRole('status')).not.toBeEmpty();
    expect(await axeViolations(page)).toEqual([]);
  });
});
