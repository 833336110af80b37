// How a large budget performs: builds a 200-line budget and prints the time to recalculate it
// (validate every answer and work out every total, as the page does on each keystroke) and to
// generate each download (Word, Excel, CSV), then, in Chromium with the CPU slowed 4×, the time from a
// keystroke in a line to the updated totals on screen (needs a build in dist/). Run with `npm run bench:budget`.
import { performance } from 'node:perf_hooks';
import JSZip from 'jszip';
import { createReport } from 'docx-templates/lib/browser.js';
import { templateBySlug } from '../templates/index.ts';
import { defaultDraft } from '../src/templates-engine/draft.ts';
import { validateDraft } from '../src/templates-engine/schema.ts';
import { costTotals } from '../src/templates-engine/costs.ts';
import { buildWorkbook } from '../src/templates-engine/sheet/build.ts';
import { writeXlsx } from '../src/templates-engine/sheet/xlsx.ts';
import { toCsv } from '../src/templates-engine/sheet/csv.ts';
import { renderDocx, type CreateReport } from '../src/templates-engine/outputs/docx-render.ts';
import { buildTemplateDocx } from './build-docx-templates.ts';
import { keystrokeToTotals, percentile } from './lib/budget-typing.ts';
import type { Draft, RowsField } from '../src/templates-engine/types.ts';

const LINES = Number(process.argv[2] ?? 200);
const RUNS = 15;
const budget = templateBySlug('budget');
if (!budget?.costs) throw new Error('the budget template is missing');

const groups = budget.costs.groups.map((name) => budget.sections.flatMap((s) => s.fields).find((f) => f.name === name) as RowsField);
const cellValue = (column: RowsField['columns'][number], line: number): string => {
  switch (column.type) {
    case 'money':
      return `£${(100 + (line % 37) * 12.34).toFixed(2)}`;
    case 'number':
      return column.integer ? String(1 + (line % 12)) : String(1 + (line % 9) / 2);
    case 'choice':
      return column.options[line % column.options.length].value;
    case 'date':
      return '2026-04-01';
    default:
      return `Line ${line + 1}`;
  }
};
const draft: Draft = {
  ...defaultDraft(budget),
  mvpName: 'Benchmark MVP',
  providers: 'Benchmark NHS Trust',
  financialYear: '2026 to 2027',
  unitCount: '3',
  overhead: '10',
  contingency: '5',
};
for (const group of groups) draft[group.name] = [];
for (let line = 0; line < LINES; line++) {
  const group = groups[line % groups.length];
  (draft[group.name] as Array<Record<string, string>>).push(Object.fromEntries(group.columns.map((c) => [c.name, cellValue(c, line)])));
}

function time<T>(label: string, run: () => T): T {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = run();
    samples.push(performance.now() - start);
  }
  report(label, samples);
  return result;
}
async function timeAsync<T>(label: string, run: () => Promise<T>): Promise<T> {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = await run();
    samples.push(performance.now() - start);
  }
  report(label, samples);
  return result;
}
function report(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(42)} median ${sorted[Math.floor(sorted.length / 2)].toFixed(1).padStart(7)} ms   worst ${sorted[sorted.length - 1].toFixed(1).padStart(7)} ms`,
  );
}

console.log(`Budget with ${LINES} lines in ${groups.length} groups, ${RUNS} runs each (Node ${process.version}):`);
const checked = time('recalculate (validate + all totals)', () => {
  const result = validateDraft(budget, draft);
  if (!result.ok) throw new Error(result.errors[0].message);
  costTotals(budget, result.answers);
  return result;
});
const totals = costTotals(budget, checked.answers);
const template = await buildTemplateDocx('budget');
const docx = await timeAsync('Word (.docx)', () => renderDocx(createReport as unknown as CreateReport, template, budget, checked.answers));
const xlsx = await timeAsync('Excel (.xlsx, live formulas)', () => writeXlsx(JSZip, buildWorkbook(budget, checked.answers)));
const csv = time('CSV', () => toCsv(buildWorkbook(budget, checked.answers).sheets[0]));
console.log(`grand total £${(totals.total / 100).toFixed(2)}; file sizes: docx ${docx.byteLength} B, xlsx ${xlsx.byteLength} B, csv ${csv.length} characters`);

const KEYSTROKES = 60;
const CPU_SLOWDOWN = 4;
const typedInto = groups[0];
const latency = await keystrokeToTotals({
  def: budget,
  draft,
  field: typedInto.name,
  line: 3,
  column: typedInto.amount!.rate,
  keystrokes: KEYSTROKES,
  cpuSlowdown: CPU_SLOWDOWN,
  root: new URL('..', import.meta.url).pathname,
});
console.log(`\nIn Chromium (${CPU_SLOWDOWN}× CPU slowdown, 1440 px wide), ${KEYSTROKES} keystrokes into line 4 of “${typedInto.label}”:`);
console.log(
  `${'keystroke to updated totals on screen'.padEnd(42)} median ${percentile(latency, 50).toFixed(1).padStart(7)} ms   95th percentile ${percentile(latency, 95).toFixed(1).padStart(6)} ms   worst ${Math.max(...latency).toFixed(1)} ms`,
);
