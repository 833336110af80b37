// Answers that come from another saved file: rows from another template's answers file, and
// this year's answers started from last year's file. The file itself is read by answers-file.ts.
import type { ColumnField, Draft, ImportSpec, RowsField, TemplateDefinition } from './types.ts';
import { allFields } from './schema.ts';
import { defaultDraft } from './draft.ts';

type Row = Record<string, string>;
export type RowsImport = { ok: true; rows: Row[] } | { ok: false; message: string };

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
export function importRows(target: TemplateDefinition, spec: ImportSpec, source: TemplateDefinition, draft: Draft): RowsImport {
  const from = rowsField(source, spec.fromRows);
  const into = rowsField(target, spec.into);
  const rows = ((draft[spec.fromRows] ?? []) as Row[]).filter((r) => !isEmptyRow(r));
  if (rows.length === 0) return { ok: false, message: `The file has no ${from.itemLabel} rows in “${from.label}”.` };
  if (into.maxRows !== undefined && rows.length > into.maxRows) {
    return { ok: false, message: `The file has ${rows.length} rows in “${from.label}”, and “${into.label}” can hold up to ${into.maxRows}.` };
  }
  return {
    ok: true,
    rows: rows.map((row) => Object.fromEntries(into.columns.map((c) => {
      const name = spec.columns[c.name];
      return [c.name, name === undefined ? '' : fit(c, row[name] ?? '')];
    }))),
  };
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
