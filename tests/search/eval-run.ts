// Scores a table of queries on the /search/ page, exactly as a person would use it: type the query,
// wait for the results the page shows, read the addresses of the first three results (each result's
// page link and the links to its parts). Shared by scripts/bench-search.mjs and
// tests/e2e/search-ranking.spec.ts, so the benchmark and the test judge the same thing.
import type { Page } from '@playwright/test';
import type { EvalQuery } from './eval.ts';

export interface QueryScore {
  query: string;
  expect: readonly string[];
  /** Addresses of the first three results: each entry is one result's page link, then its parts. */
  top3: string[][];
  hit1: boolean;
  hit3: boolean;
}

export async function scoreQueries(page: Page, rows: readonly Pick<EvalQuery, 'query' | 'expect'>[]): Promise<QueryScore[]> {
  if (!new URL(page.url()).pathname.endsWith('/search/')) throw new Error('scoreQueries needs the /search/ page open');
  const box = page.locator('#search-page-input');
  const base = new URL('..', page.url()).pathname;
  const scores: QueryScore[] = [];
  for (const { query, expect } of rows) {
    await box.fill(query);
    await page.locator(`[data-search-page][data-query="${query.trim().replace(/["\\]/g, '\\$&')}"]`).waitFor({ state: 'attached' });
    const top3 = await page.locator('.search-page-results > ol > li').evaluateAll(
      (items, base) =>
        items.slice(0, 3).map((li) =>
          [...li.querySelectorAll('a')].map((a) => {
            const target = new URL(a.href);
            return `/${target.pathname.slice(base.length)}${target.hash}`;
          }),
        ),
      base,
    );
    const hitAt = (k: number) => top3.slice(0, k).some((links) => links.some((l) => expect.includes(l)));
    scores.push({ query, expect, top3, hit1: hitAt(1), hit3: hitAt(3) });
  }
  return scores;
}
