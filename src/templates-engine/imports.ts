// Answers that come from another saved file: rows from another template's answers file, a budget's
// grand total from its answers file, and this year's answers started from last year's file.
// The file itself is read by answers-file.ts.
import type { ColumnField, CostTotalImportSpec, Draft, MoneyField, RowsField, RowsImportSpec, TemplateDefinition } from './types.ts';
import { allFields, validateDraft } from './schema.ts';
import { defaultDraft } from './draft.ts';
import { costTotals } from './costs.ts';
import { formatPence } from './money.ts';

type Row = Record<string, string>;
export type RowsImport = { ok: true; rows: Row[] } | { ok: false; message: string };
/** `value` is the total as a person would type it ("£12,345.67"), for the money field's draft. */
export type TotalImport = { ok: true; pence: number; value: string } | { ok: false; message: string };

const isEmptyRow = (row: Row) => Object.values(row).every((v) => (v ?? '').trim() === '');

function rowsField(def: TemplateDefinition, name: string): RowsField {
  const field = allFields(def).find((f) => f.name === name);
  if (field?.type !== 'rows') throw new Error(`${def.slug}: ${name} must be a rows field`);
  return field;
}

function fit(column: ColumnField, value: string): string {
  if (column.type === 'choice' && !column.options.some((o) => o.value === value)) return '';
  return value;
}

/** The rows a checked answers file of `source` gives the rows field `spec.into` of `target`. */
export function importRows(target: TemplateDefinition, spec: RowsImportSpec, source: TemplateDefinition, draft: Draft): RowsImport {
  const from = rowsField(source, spec.fromRows);
  const into = rowsField(target, spec.into);
  const rows = ((draft[spec.fromRows] ?? []) as Row[]).filter((r) => !isEmptyRow(r));
  if (rows.length === 0) return { ok: false, message: `The file has no ${from.itemLabel} rows in “${from.label}”.` };
  if (into.maxRows !== undefined && rows.length > into.maxRows) {
    return { ok: false, message: `The file has ${rows.length} rows in “${from.label}”, and “${into.label}” can hold up to ${into.maxRows}.` };
  }
  return {
    ok: true,
    rows: rows.map((row) =>
      Object.fromEntries(
        into.columns.map((c) => {
          const name = spec.columns[c.name];
          return [c.name, name === undefined ? '' : fit(c, row[name] ?? '')];
        }),
      ),
    ),
  };
}

/**
 * The grand total a checked answers file of the budget `source` gives the money field `spec.into`
 * of `target`: the file's answers are validated against the budget's own definition, and the total
 * is worked out by the budget's exact arithmetic (costs.ts), so it is the figure the budget shows.
 */
export function importCostTotal(target: TemplateDefinition, spec: CostTotalImportSpec, source: TemplateDefinition, draft: Draft): TotalImport {
  if (!source.costs) throw new Error(`${source.slug} is not a budget`);
  const into = allFields(target).find((f): f is MoneyField => f.name === spec.into && f.type === 'money');
  if (!into) throw new Error(`${target.slug}: ${spec.into} must be a money field`);
  const checked = validateDraft(source, draft);
  if (!checked.ok) {
    const more = checked.errors.length - 1;
    return {
      ok: false,
      message: `The budget in the file is not complete or has a mistake: ${checked.errors[0].message}${more ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}. Open it in the ${source.title} template and put it right first.`,
    };
  }
  const { total } = costTotals(source, checked.answers);
  if (total === 0) return { ok: false, message: 'The budget in the file comes to £0.00, so it has no costs to bring in.' };
  if (into.maxPence !== undefined && total > into.maxPence) {
    return {
      ok: false,
      message: `The budget in the file comes to ${formatPence(total, true)}, more than “${into.label}” can hold (${formatPence(into.maxPence)}).`,
    };
  }
  return { ok: true, pence: total, value: formatPence(total, true) };
}

/** Last year's answers made ready for this year: what the rollover names goes back to its default. */
export function rollOver(def: TemplateDefinition, draft: Draft): Draft {
  const spec = def.rollover;
  if (!spec) return draft;
  const defaults = defaultDraft(def);
  const next: Draft = { ...draft };
  for (const name of spec.reset) next[name] = defaults[name];
  for (const [name, columns] of Object.entries(spec.resetColumns)) {
    const field = rowsField(def, name);
    next[name] = ((draft[name] ?? []) as Row[]).map((row) => {
      const out = { ...row };
      for (const column of field.columns) if (columns.includes(column.name)) out[column.name] = 'default' in column && column.default ? column.default : '';
      return out;
    });
  }
  return next;
}
