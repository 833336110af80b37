// Every query set search is judged on, in one list, so the benchmark (scripts/bench-search.mjs)
// reports all of them every time and says which are tuned on and which are held out. A held-out
// set is never tuned against: its misses are listed only when asked (--show-holdout), for reporting.
import { SEARCH_QUERIES } from './queries.ts';
import { SEARCH_EVAL } from './eval.ts';
import { SEARCH_DEV } from './dev.ts';
import { SEARCH_DEV2 } from './dev2.ts';
import { SEARCH_FRESH } from './fresh.ts';
import { SEARCH_EVERYDAY_TUNING } from './everyday-tuning.ts';
import { SEARCH_EVERYDAY } from './everyday.ts';
import { SEARCH_EVERYDAY2_TUNING } from './everyday2-tuning.ts';
import { SEARCH_EVERYDAY2 } from './everyday2.ts';

export interface SetRow {
  query: string;
  expect: readonly string[];
  /** The words of the page that answer the query, copied from it, where the set gives them. */
  passage?: string;
}

export interface QuerySet {
  name: string;
  file: string;
  /** True for a set that ranking may be tuned on; false for one that is only ever reported. */
  tuning: boolean;
  rows: readonly SetRow[];
}

const asRows = (rows: ReadonlyArray<{ query: string; expect: string | readonly string[]; passage?: string }>): SetRow[] =>
  rows.map(({ query, expect, passage }) => ({ query, expect: [expect].flat(), ...(passage ? { passage } : {}) }));

export async function querySets(): Promise<QuerySet[]> {
  return [
    { name: 'eval tuned', file: 'eval.ts', tuning: true, rows: asRows(SEARCH_EVAL.filter((r) => r.set === 'tuned')) },
    { name: 'eval holdout', file: 'eval.ts', tuning: false, rows: asRows(SEARCH_EVAL.filter((r) => r.set === 'holdout')) },
    { name: 'queries', file: 'queries.ts', tuning: true, rows: asRows(SEARCH_QUERIES) },
    { name: 'dev', file: 'dev.ts', tuning: true, rows: asRows(SEARCH_DEV) },
    { name: 'dev2', file: 'dev2.ts', tuning: true, rows: asRows(SEARCH_DEV2) },
    { name: 'fresh', file: 'fresh.ts', tuning: false, rows: asRows(SEARCH_FRESH) },
    { name: 'everyday tuning', file: 'everyday-tuning.ts', tuning: true, rows: asRows(SEARCH_EVERYDAY_TUNING) },
    { name: 'everyday', file: 'everyday.ts', tuning: false, rows: asRows(SEARCH_EVERYDAY) },
    { name: 'everyday2 tuning', file: 'everyday2-tuning.ts', tuning: true, rows: asRows(SEARCH_EVERYDAY2_TUNING) },
    { name: 'everyday2', file: 'everyday2.ts', tuning: false, rows: asRows(SEARCH_EVERYDAY2) },
  ];
}
