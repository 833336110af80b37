import { test, expect } from '@playwright/test';
import { SEARCH_QUERIES } from '../search/queries.ts';
import { SEARCH_EVAL } from '../search/eval.ts';
import { SEARCH_DEV } from '../search/dev.ts';
import { SEARCH_DEV2 } from '../search/dev2.ts';
import { SEARCH_FRESH } from '../search/fresh.ts';
import { SEARCH_EVERYDAY } from '../search/everyday.ts';
import { SEARCH_EVERYDAY_TUNING } from '../search/everyday-tuning.ts';
import { SEARCH_EVERYDAY2 } from '../search/everyday2.ts';
import { SEARCH_EVERYDAY2_TUNING } from '../search/everyday2-tuning.ts';
import { passageAt1, scoreQueries } from '../search/eval-run.ts';

// Every query in the table, typed into the search page as a person would, against the built index.
test(`each of the ${SEARCH_QUERIES.length} queries in tests/search/queries.ts finds its page in the top 3`, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/search/');
  const scores = await scoreQueries(
    page,
    SEARCH_QUERIES.map(({ query, expect }) => ({ query, expect: typeof expect === 'string' ? [expect] : expect })),
  );
  const misses = scores
    .filter((s) => !s.hit3)
    .map((s) => `“${s.query}”: wanted ${s.expect.join(' or ')}, got ${s.top3.map((links) => links[0]).join(', ') || 'nothing'}`);
  const found = SEARCH_QUERIES.length - misses.length;
  console.log(`Search ranking: ${found}/${SEARCH_QUERIES.length} queries find their page in the top 3 (${Math.round((100 * found) / SEARCH_QUERIES.length)}%)`);
  expect(misses, `${found}/${SEARCH_QUERIES.length} queries pass`).toEqual([]);
});

/**
 * The evaluation table (tests/search/eval.ts), tuned and holdout parts, must not fall below what
 * docs/search.md reports. The targets are 100% and 98% hit@3; see docs/search.md for
 * where the ranking stands against them.
 */
const FLOORS = { tuned: 1, holdout: 0.97 };

test(`the ${SEARCH_EVAL.length} queries of the evaluation table: hit@3 at least ${FLOORS.tuned * 100}% tuned, ${FLOORS.holdout * 100}% holdout`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/search/');
  const scores = await scoreQueries(page, SEARCH_EVAL);
  for (const set of ['tuned', 'holdout'] as const) {
    const part = scores.filter((_, i) => SEARCH_EVAL[i].set === set);
    const share = part.filter((s) => s.hit3).length / part.length;
    console.log(`Search evaluation, ${set}: hit@3 ${(100 * share).toFixed(1)}% of ${part.length}`);
    // Only the tuned part's misses are named: the holdout is never tuned against.
    const named =
      set === 'tuned'
        ? part
            .filter((s) => !s.hit3)
            .map((s) => s.query)
            .join('; ')
        : '';
    expect(share, `${set} hit@3 ${named}`).toBeGreaterThanOrEqual(FLOORS[set]);
  }
});

/**
 * The further sets must not fall below what docs/search.md reports either: the later tuning sets and
 * the held-out ones (fresh, and everyday: questions in people's own words, written from the toolkit
 * and FAQ text only), whose misses are not named. The floors are the figures reached, a little below;
 * the targets (everyday 90%, fresh 96%) are not all met yet.
 */
const EVERYDAY_TUNING_FLOOR = 0.92;
const EVERYDAY_FLOOR = 0.85;
const EVERYDAY2_TUNING_FLOOR = 0.86;
const EVERYDAY2_FLOOR = 0.78;
/** passage@1: the first result is an answer and its excerpt shows six words running of the set's passage. */
const EVERYDAY_TUNING_PASSAGE_FLOOR = 0.42;
const EVERYDAY_PASSAGE_FLOOR = 0.27;
const EVERYDAY2_TUNING_PASSAGE_FLOOR = 0.38;
const EVERYDAY2_PASSAGE_FLOOR = 0.33;

const FURTHER_SETS: Array<{
  name: string;
  rows: ReadonlyArray<{ query: string; expect: string | readonly string[]; passage?: string }>;
  floor: number;
  passageFloor?: number;
  nameMisses: boolean;
}> = [
  { name: 'search/dev.ts', rows: SEARCH_DEV, floor: 0.95, nameMisses: true },
  { name: 'search/dev2.ts', rows: SEARCH_DEV2, floor: 0.96, nameMisses: true },
  { name: 'search/fresh.ts', rows: SEARCH_FRESH, floor: 0.93, nameMisses: false },
  {
    name: 'search/everyday-tuning.ts',
    rows: SEARCH_EVERYDAY_TUNING,
    floor: EVERYDAY_TUNING_FLOOR,
    passageFloor: EVERYDAY_TUNING_PASSAGE_FLOOR,
    nameMisses: true,
  },
  { name: 'search/everyday.ts', rows: SEARCH_EVERYDAY, floor: EVERYDAY_FLOOR, passageFloor: EVERYDAY_PASSAGE_FLOOR, nameMisses: false },
  {
    name: 'search/everyday2-tuning.ts',
    rows: SEARCH_EVERYDAY2_TUNING,
    floor: EVERYDAY2_TUNING_FLOOR,
    passageFloor: EVERYDAY2_TUNING_PASSAGE_FLOOR,
    nameMisses: true,
  },
  { name: 'search/everyday2.ts', rows: SEARCH_EVERYDAY2, floor: EVERYDAY2_FLOOR, passageFloor: EVERYDAY2_PASSAGE_FLOOR, nameMisses: false },
];

for (const { name, rows, floor, passageFloor, nameMisses } of FURTHER_SETS) {
  const passageTitle = passageFloor === undefined ? '' : `, passage@1 at least ${passageFloor * 100}%`;
  test(`the ${rows.length} queries of tests/${name}: hit@3 at least ${floor * 100}%${passageTitle}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/search/');
    const scores = await scoreQueries(
      page,
      rows.map(({ query, expect }) => ({ query, expect: [expect].flat() })),
    );
    const share = scores.filter((s) => s.hit3).length / scores.length;
    console.log(`Search, ${name}: hit@3 ${(100 * share).toFixed(1)}% of ${scores.length}`);
    const named = nameMisses
      ? scores
          .filter((s) => !s.hit3)
          .map((s) => s.query)
          .join('; ')
      : '';
    expect(share, `${name} hit@3 ${named}`).toBeGreaterThanOrEqual(floor);
    if (passageFloor !== undefined) {
      const withPassage = rows.map((row, i) => ({ passage: row.passage, score: scores[i] })).filter((r) => r.passage);
      const shown = withPassage.filter(({ passage, score }) => passageAt1(score, passage!)).length / withPassage.length;
      console.log(`Search, ${name}: passage@1 ${(100 * shown).toFixed(1)}% of ${withPassage.length}`);
      expect(shown, `${name} passage@1`).toBeGreaterThanOrEqual(passageFloor);
    }
  });
}
