// Lays out a template's answers as a spreadsheet, generically: the single answers as a two-column
// list, each table of rows with its totals as SUM formulas, each costed row as a formula that works
// out its cost, and, for a budget, the summary with overhead, contingency and cost per unit.
import type { Answers, ColumnField, RowsField, ScalarField, TemplateDefinition } from '../types.ts';
import type { Cell, Sheet, Workbook } from './model.ts';
import { cellRef, formula, money, text } from './model.ts';
import { addPence, costAdditions, costGroups, costTotals, labelOf, percentOf, rowAmount, ROUNDING_RULE, type RowValues } from '../costs.ts';
import { formatIsoDate } from '../dates.ts';
import { addCheckpointsToSheet } from '../checkpoints/sheet.ts';

const plain = labelOf;
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

function scalarCell(field: ScalarField | ColumnField, value: string | number | null): Cell | null {
  if (value === null || value === '') return null;
  switch (field.type) {
    case 'money':
      return money(Number(value));
    case 'number':
      return { kind: 'number', value: Number(value), format: field.unit === '%' ? 'percent' : 'number' };
    case 'date':
      return text(formatIsoDate(String(value)));
    case 'choice':
      return text(field.options.find((o) => o.value === value)?.label ?? String(value));
    default:
      return text(String(value));
  }
}

/** Formula-safe text for a string constant inside a formula. */
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

class SheetBuilder {
  rows: Array<Array<Cell | null>> = [];
  lists: Sheet['lists'] = [];
  /** Where each single answer's value is, for formulas. */
  refs = new Map<string, string>();
  /** The row number the next row will have. */
  get next() {
    return this.rows.length + 1;
  }
  add(...cells: Array<Cell | null>) {
    this.rows.push(cells);
    return this.rows.length;
  }
  gap() {
    this.rows.push([]);
  }
}

/** The cost column: after the widest table's own columns. */
const costColumnOf = (tables: RowsField[]) => Math.max(2, ...tables.map((t) => t.columns.length));

export function buildSheet(def: TemplateDefinition, answers: Answers, name = def.fileLabel): Sheet {
  const b = new SheetBuilder();
  const fields = def.sections.flatMap((s) => s.fields);
  const tables = fields.filter((f): f is RowsField => f.type === 'rows');
  const costColumn = costColumnOf(tables);
  const number = (n: string | undefined) => (n && typeof answers[n] === 'number' ? (answers[n] as number) : null);

  b.add(text(`${def.title}: ${String(answers[def.nameField] ?? '')}`, 'title'));
  b.gap();
  const inSummary = new Set(def.costs?.additions ?? []);
  for (const field of fields) {
    if (field.type === 'rows' || field.type === 'list' || field.type === 'checkpoints' || inSummary.has(field.name)) continue;
    const cell = scalarCell(field, answers[field.name] as string | number | null);
    if (!cell) continue;
    const row = b.add(text(plain(field), 'header'), cell);
    b.refs.set(field.name, cellRef(1, row, true));
  }
  for (const field of fields) {
    if (field.type !== 'list') continue;
    const items = (answers[field.name] ?? []) as string[];
    if (!items.length) continue;
    b.gap();
    b.add(text(plain(field), 'heading'));
    for (const item of items) b.add(text(item));
  }

  const groupTotals = new Map<string, { ref: string; pence: number }>();
  for (const field of tables) {
    const rows = (answers[field.name] ?? []) as Array<Record<string, string | number | null>>;
    if (!rows.length) continue;
    b.gap();
    b.add(text(plain(field), 'heading'));
    const header: Array<Cell | null> = field.columns.map((c) => text(plain(c), 'header'));
    if (field.amount) header[costColumn] = text(field.amount.label, 'header');
    b.add(...header);
    const first = b.next;
    for (const row of rows) {
      const r = b.next;
      const cells: Array<Cell | null> = field.columns.map((c) => scalarCell(c, row[c.name] ?? null));
      if (field.amount) cells[costColumn] = costCell(field, row, r, b.refs, number(field.amount.scale?.by), answers);
      b.add(...cells);
    }
    const last = b.next - 1;
    field.columns.forEach((c, i) => {
      if (c.type === 'choice') b.lists.push({ range: `${cellRef(i, first)}:${cellRef(i, last)}`, options: c.options.map((o) => o.label) });
    });
    const totals: Array<Cell | null> = [text(`Total: ${lowerFirst(plain(field))}`, 'total')];
    field.columns.forEach((c, i) => {
      if (!field.totals?.includes(c.name) || i === 0) return;
      const values = rows.map((r) => (typeof r[c.name] === 'number' ? (r[c.name] as number) : 0));
      const sum = values.reduce((a, v) => a + v, 0);
      totals[i] = formula(`SUM(${cellRef(i, first)}:${cellRef(i, last)})`, sum, c.type === 'money' ? 'money' : 'number', 'total');
    });
    if (field.amount) {
      const pence = addPence(rows.map((row) => rowAmount(field.amount!, row, number(field.amount!.scale?.by), answers as RowValues)));
      totals[costColumn] = formula(`SUM(${cellRef(costColumn, first)}:${cellRef(costColumn, last)})`, pence, 'money', 'total');
      groupTotals.set(field.name, { ref: cellRef(costColumn, b.next), pence });
    }
    if (field.totals?.length || field.amount) b.add(...totals);
  }

  for (const field of fields) if (field.type === 'checkpoints') addCheckpointsToSheet(b, field, answers);
  if (def.costs) summary(b, def, answers, costColumn, groupTotals);
  const widths = Array.from({ length: Math.max(costColumn + 1, ...b.rows.map((r) => r.length)) }, (_, i) => (i === 0 ? 42 : i === costColumn ? 16 : 18));
  return { name, widths, rows: b.rows, lists: b.lists };
}

/**
 * =ROUND(days*months*rate*(1+percent/100)*IF(scale="For each unit",units,1),2), or with `plus`
 * =ROUND(miles*$B$7+fares+parking,2): the same sum as rowAmount (an empty cell counts as 0).
 */
function costCell(
  field: RowsField,
  row: Record<string, string | number | null>,
  r: number,
  refs: Map<string, string>,
  scaleBy: number | null,
  answers: Answers,
): Cell {
  const amount = field.amount!;
  const at = (name: string) =>
    cellRef(
      field.columns.findIndex((c) => c.name === name),
      r,
    );
  const rate = field.columns.some((c) => c.name === amount.rate) ? at(amount.rate) : (refs.get(amount.rate) ?? '0');
  const parts = [...amount.factors.map(at), rate];
  if (amount.percent) parts.push(`(1+${at(amount.percent)}/100)`);
  if (amount.scale) {
    const column = field.columns.find((c) => c.name === amount.scale!.column);
    const label = column?.type === 'choice' ? column.options.find((o) => o.value === amount.scale!.when)?.label : undefined;
    const by = refs.get(amount.scale.by);
    if (label && by) parts.push(`IF(${at(amount.scale.column)}=${quoted(label)},${by},1)`);
  }
  const sum = [parts.join('*'), ...(amount.plus ?? []).map(at)].join('+');
  return formula(`ROUND(${sum},2)`, rowAmount(amount, row, scaleBy, answers as RowValues) ?? 0, 'money');
}

function summary(b: SheetBuilder, def: TemplateDefinition, answers: Answers, costColumn: number, groupTotals: Map<string, { ref: string; pence: number }>) {
  const spec = def.costs!;
  const totals = costTotals(def, answers);
  const label = (s: string, style: 'header' | 'total' = 'header') => text(s, style);
  const at = (cell: Cell, first: Cell) => {
    const row: Array<Cell | null> = [first];
    row[costColumn] = cell;
    return row;
  };
  b.gap();
  b.add(text('Summary', 'heading'));
  const first = b.next;
  for (const group of costGroups(def, spec)) {
    const found = groupTotals.get(group.name);
    b.add(...at(found ? formula(found.ref, found.pence, 'money') : money(0), label(plain(group))));
  }
  const subtotalRow = b.add(
    ...at(
      formula(`SUM(${cellRef(costColumn, first)}:${cellRef(costColumn, b.next - 1)})`, totals.subtotal, 'money', 'total'),
      label('Total of all lines', 'total'),
    ),
  );
  const subtotal = cellRef(costColumn, subtotalRow, true);
  const additionRows: string[] = [];
  costAdditions(def, spec).forEach((field, i) => {
    const percent = totals.additions[i].percent ?? 0;
    const r = b.next;
    const row = at(formula(`ROUND(${subtotal}*${cellRef(costColumn - 1, r)}/100,2)`, percentOf(totals.subtotal, percent), 'money'), label(plain(field)));
    row[costColumn - 1] = { kind: 'number', value: percent, format: 'percent' };
    b.add(...row);
    additionRows.push(cellRef(costColumn, r));
  });
  const totalRow = b.add(...at(formula([subtotal, ...additionRows].join('+'), totals.total, 'money', 'total'), label('Total budget', 'total')));
  const per = spec.per && b.refs.get(spec.per.field);
  if (spec.per && per && totals.perEach !== null) {
    b.add(...at(formula(`ROUND(${cellRef(costColumn, totalRow, true)}/${per},2)`, totals.perEach, 'money'), label(`Cost for each ${spec.per.singular}`)));
  }
  b.gap();
  b.add(text(ROUNDING_RULE, 'note'));
}

export function buildWorkbook(def: TemplateDefinition, answers: Answers): Workbook {
  return { title: `${def.title}: ${String(answers[def.nameField] ?? '')}`, sheets: [buildSheet(def, answers)] };
}
