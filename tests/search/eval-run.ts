// Scores a table of queries on the /search/ page as a person would use it: type the query,
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
  /** The excerpt shown under each of the first three results. */
  excerpts: string[];
  hit1: boolean;
  hit3: boolean;
}

export async function scoreQueries(page: Page, rows: readonly Pick<EvalQuery, 'query' | 'expect'>[]): Promise<QueryScore[]> {
  if (!new URL(page.url()).pathname.endsWith('/search/')) throw new Error('scoreQueries needs the /search/ page open');
  await page.locator('#search-page-input').focus();
  const base = new URL('..', page.url()).pathname;
  // In the page, one query after another, as Playwright's fill() would type each (the box's value set, then an input
  // event): one round trip for the whole table instead of three for each query.
  const shown = await page.evaluate(
    async ({ queries, base }) => {
      const box = document.getElementById('search-page-input') as HTMLInputElement;
      const results = document.querySelector<HTMLElement>('[data-search-page]')!;
      const answered = (query: string) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`No results shown for “${query}” within 20 s`)), 20_000);
          const observer = new MutationObserver(() => {
            if (results.dataset.query !== query.trim()) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          });
          observer.observe(results, { attributes: true, attributeFilter: ['data-query'] });
        });
      const all = [];
      for (const query of queries) {
        if (box.value !== query || results.dataset.query !== query.trim()) {
          const done = answered(query);
          box.value = query;
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await done;
        }
        all.push(
          [...results.querySelectorAll(':scope > ol > li')].slice(0, 3).map((li) => ({
            links: [...li.querySelectorAll('a')].map((a) => {
              const target = new URL(a.href);
              return `/${target.pathname.slice(base.length)}${target.hash}`;
            }),
            excerpt: li.querySelector(':scope > .search-result__excerpt')?.textContent ?? '',
          })),
        );
      }
      return all;
    },
    { queries: rows.map((r) => r.query), base },
  );
  return rows.map(({ query, expect }, i) => {
    const top3 = shown[i].map((s) => s.links);
    const excerpts = shown[i].map((s) => s.excerpt);
    const hitAt = (k: number) => top3.slice(0, k).some((links) => links.some((l) => expect.includes(l)));
    return { query, expect, top3, excerpts, hit1: hitAt(1), hit3: hitAt(3) };
  });
}

const wordsOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether the first result shows the passage that answers the query: it is one of the expected
 * addresses (or has one among its parts), and its excerpt and the expected passage share a run of
 * at least 6 words (or the whole passage, if it is shorter).
 */
export function passageAt1(score: QueryScore, passage: string): boolean {
  if (!score.top3[0]?.some((l) => score.expect.includes(l))) return false;
  const wanted = wordsOf(passage);
  const shown = wordsOf(score.excerpts[0] ?? '');
  const need = Math.min(6, wanted.length);
  const runs = new Set<string>();
  for (let i = 0; i + need <= wanted.length; i++) runs.add(wanted.slice(i, i + need).join(' '));
  for (let i = 0; i + need <= shown.length; i++) if (runs.has(shown.slice(i, i + need).join(' '))) return true;
  return false;
}
