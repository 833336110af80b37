import { test, expect } from '@playwright/test';
import { SEARCH_QUERIES } from '../search-queries.ts';

// Every query in the table, typed into the search page as a person would, against the built index.
test(`each of the ${SEARCH_QUERIES.length} queries in tests/search-queries.ts finds its page in the top 3`, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search the toolkit' });
  const misses: string[] = [];
  for (const { query, expect: wanted } of SEARCH_QUERIES) {
    await box.fill(query);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-query', query);
    // Each of the first three results, as its page and the parts of it (sub-results) it links to.
    const top3 = await page.locator('.search-page-results > ol > li').evaluateAll((items) =>
      items.slice(0, 3).map((li) => [...li.querySelectorAll('a')].map((a) => {
        const target = new URL(a.href);
        return `${target.pathname}${target.hash}`;
      })),
    );
    if (!top3.some((links) => links.includes(wanted))) {
      misses.push(`“${query}”: wanted ${wanted}, got ${top3.map((links) => links[0]).join(', ') || 'nothing'}`);
    }
  }
  const found = SEARCH_QUERIES.length - misses.length;
  console.log(`Search ranking: ${found}/${SEARCH_QUERIES.length} queries find their page in the top 3 (${Math.round((100 * found) / SEARCH_QUERIES.length)}%)`);
  expect(misses, `${found}/${SEARCH_QUERIES.length} queries pass`).toEqual([]);
});
