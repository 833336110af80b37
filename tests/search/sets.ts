// Every query set search is judged on, in one list, so the benchmark (scripts/bench-search.mjs)
// reports all of them every time and says which are tuned on and which are held out. A held-out
// set is never tuned against: its misses are listed only when asked (--show-holdout), for reporting.
import { existsSync } from 'node:fs';
import { SEARCH_QUERIES } from './queries.ts';
import { SEARCH_EVAL } from './eval.ts';
import { SEARCH_DEV } from './dev.ts';
import { SEARCH_DEV2 } from './dev2.ts';
import { SEARCH_FRESH } from './fresh.ts';

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

/** The first exported array of a set file that may not be there yet (the everyday sets arrive later). */
async function optionalSet(file: string): Promise<SetRow[] | undefined> {
  const url = new URL(file, import.meta.url);
  if (!existsSync(url)) return undefined;
  const module = (await import(url.href)) as Record<string, unknown>;
  const rows = Object.values(module).find(Array.isArray) as ReadonlyArray<{ query: string; expect: string | readonly string[]; passage?: string }> | undefined;
  return rows && asRows(rows);
}

export async function querySets(): Promise<QuerySet[]> {
  const sets: QuerySet[] = [
    { name: 'eval tuned', file: 'eval.ts', tuning: true, rows: asRows(SEARCH_EVAL.filter((r) => r.set === 'tuned')) },
    { name: 'eval holdout', file: 'eval.ts', tuning: false, rows: asRows(SEARCH_EVAL.filter((r) => r.set === 'holdout')) },
    { name: 'queries', file: 'queries.ts', tuning: true, rows: asRows(SEARCH_QUERIES) },
    { name: 'dev', file: 'dev.ts', tuning: true, rows: asRows(SEARCH_DEV) },
    { name: 'dev2', file: 'dev2.ts', tuning: true, rows: asRows(SEARCH_DEV2) },
    { name: 'fresh', file: 'fresh.ts', tuning: false, rows: asRows(SEARCH_FRESH) },
  ];
  const everydayTuning = await optionalSet('./everyday-tuning.ts');
  if (everydayTuning) sets.push({ name: 'everyday tuning', file: 'everyday-tuning.ts', tuning: true, rows: everydayTuning });
  const everyday = await optionalSet('./everyday.ts');
  if (everyday) sets.push({ name: 'everyday', file: 'everyday.ts', tuning: false, rows: everyday });
  const everyday2Tuning = await optionalSet('./everyday2-tuning.ts');
  if (everyday2Tuning) sets.push({ name: 'everyday2 tuning', file: 'everyday2-tuning.ts', tuning: true, rows: everyday2Tuning });
  const everyday2 = await optionalSet('./everyday2.ts');
  if (everyday2) sets.push({ name: 'everyday2', file: 'everyday2.ts', tuning: false, rows: everyday2 });
  return sets;
}
