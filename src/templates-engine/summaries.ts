// Summaries worked out from the answers: shown in the form as the person types, and in the document.
// They read either a draft (answers as typed) or checked answers, so numbers may be text or numbers.
import type { ChoiceField, Field, RowsField, SummarySpec, TemplateDefinition } from './types.ts';
import { allFields } from './fields.ts';
import { formatNumber, parseNumber } from './number.ts';
import { plainLabel } from './plain-label.ts';
import { WRITE_IN } from './write-in.ts';

export interface SummaryTable {
  caption: string;
  /** Heading of the first column, which names each row. */
  corner: string;
  head: string[];
  rows: Array<{ label: string; cells: string[] }>;
}

export interface SummaryView {
  title: string;
  /** What the summary says, in words; in the form and in the document. */
  paragraphs: string[];
  /** Said in the form only, while there is not enough to work anything out. */
  pending?: string;
  table?: SummaryTable;
}

type Values = Record<string, unknown>;

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** "A", "A or B", "A, B or C". */
export function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function fieldNamed(def: TemplateDefinition, name: string): Field {
  const field = allFields(def).find((f) => f.name === name);
  if (!field) throw new Error(`${def.slug}: summary refers to unknown field ${name}`);
  return field;
}

function choiceColumn(rows: RowsField, name: string): ChoiceField {
  const column = rows.columns.find((c) => c.name === name);
  if (column?.type !== 'choice') throw new Error(`${rows.name}.${name} must be a choice column`);
  return column;
}

function coverage(def: TemplateDefinition, spec: Extract<SummarySpec, { kind: 'coverage' }>, values: Values | null): SummaryView {
  const field = fieldNamed(def, spec.rows);
  if (field.type !== 'rows') throw new Error(`${def.slug}: ${spec.rows} must be a rows field`);
  const down = choiceColumn(field, spec.down);
  const across = choiceColumn(field, spec.across);
  const rows = ((values?.[spec.rows] ?? []) as Array<Record<string, unknown>>).filter((r) =>
    Object.values(r).some((v) => v !== null && String(v).trim() !== ''),
  );
  const count = (d: string, a: string) => rows.filter((r) => r[spec.down] === d && r[spec.across] === a).length;
  const table: SummaryTable = {
    caption: spec.title,
    corner: plainLabel(down.label),
    head: across.options.map((o) => o.label),
    rows: down.options.map((d) => ({ label: d.label, cells: across.options.map((a) => (values === null ? '' : String(count(d.value, a.value) || 'None'))) })),
  };
  if (values === null) return { title: spec.title, paragraphs: [], table };

  const item = field.itemLabel;
  const placed = rows.filter((r) => down.options.some((o) => o.value === r[spec.down]) && across.options.some((o) => o.value === r[spec.across]));
  const paragraphs: string[] = [];
  if (placed.length === 0) {
    paragraphs.push(
      `No ${item} has both ${lowerFirst(plainLabel(down.label))} and ${lowerFirst(plainLabel(across.label))} chosen yet, so the whole grid is empty.`,
    );
  } else {
    const missing = (column: ChoiceField) => column.options.filter((o) => !placed.some((r) => r[column.name] === o.value)).map((o) => o.label);
    const noDown = missing(down);
    const noAcross = missing(across);
    if (noAcross.length) paragraphs.push(`No ${item} has ${orList(noAcross)} as its ${lowerFirst(plainLabel(across.label))}.`);
    if (noDown.length) paragraphs.push(`No ${item} has ${orList(noDown)} as its ${lowerFirst(plainLabel(down.label))}.`);
    if (!noAcross.length && !noDown.length)
      paragraphs.push(`Every ${lowerFirst(plainLabel(down.label))} and every ${lowerFirst(plainLabel(across.label))} has at least one ${item}.`);
  }
  const unplaced = rows.length - placed.length;
  if (unplaced > 0 && placed.length > 0) {
    paragraphs.push(
      `${unplaced} ${unplaced === 1 ? `${item} is` : `${item === 'priority' ? 'priorities' : `${item}s`} are`} not in the grid because ${unplaced === 1 ? 'it has' : 'they have'} no ${lowerFirst(plainLabel(down.label))} or no ${lowerFirst(plainLabel(across.label))}.`,
    );
  }
  return { title: spec.title, paragraphs, table };
}

const asNumber = (value: unknown): number | null => {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const parsed = parseNumber(value);
  return parsed.ok ? parsed.value : null;
};

function percentage(def: TemplateDefinition, spec: Extract<SummarySpec, { kind: 'percentage' }>, values: Values | null): SummaryView {
  const partField = fieldNamed(def, spec.part);
  const wholeField = fieldNamed(def, spec.whole);
  if (values === null) return { title: spec.title, paragraphs: [`${WRITE_IN}% ${spec.sentence}.`] };
  const part = asNumber(values[spec.part]);
  const whole = asNumber(values[spec.whole]);
  const pending = (text: string): SummaryView => ({ title: spec.title, paragraphs: [], pending: text });
  if (part === null || whole === null) return pending(`Enter “${plainLabel(wholeField.label)}” and “${plainLabel(partField.label)}” to see the percentage.`);
  if (whole <= 0) return pending(`The percentage needs “${plainLabel(wholeField.label)}” to be more than 0.`);
  if (part < 0 || part > whole) return pending(`“${plainLabel(partField.label)}” cannot be more than “${plainLabel(wholeField.label)}”.`);
  const share = Math.round((part / whole) * 1000) / 10;
  return { title: spec.title, paragraphs: [`${formatNumber(share)}% ${spec.sentence} (${formatNumber(part)} of ${formatNumber(whole)}).`] };
}

/** What a summary says for these answers; with `values` null, its blank version. */
export function computeSummary(def: TemplateDefinition, spec: SummarySpec, values: Values | null): SummaryView {
  return spec.kind === 'coverage' ? coverage(def, spec, values) : percentage(def, spec, values);
}

/** The fields a summary is worked out from. */
export const summaryFields = (spec: SummarySpec): string[] => (spec.kind === 'coverage' ? [spec.rows] : [spec.part, spec.whole]);
