// Prepares answers for a .docx template. Everything a person typed becomes plain text here:
// characters XML cannot hold are dropped, and the literal-XML delimiter can never appear in it.
import type { AnswerValue, Answers, ColumnField, Field, ScalarField, TemplateDefinition } from './types.ts';
import { allFields } from './fields.ts';
import { formatPence, sumPence } from './money.ts';
import { formatNumber } from './number.ts';
import { formatIsoDate } from './dates.ts';
import { costTotals, labelOf, rowAmount, rowWorking, ROUNDING_RULE, shareOf, type RowValues } from './costs.ts';
import { WRITE_IN } from './write-in.ts';
import { computeSummary } from './summaries.ts';
import { checkpointsDocxData, type CheckpointsDocx } from './checkpoints/document.ts';

/** A character no answer may contain: it marks the start and end of the literal-XML delimiter. */
export const DELIMITER_MARK = '\u2063';

/** A fresh, unguessable literal-XML delimiter for one render. */
export function newLiteralXmlDelimiter(random: () => string = () => Math.random().toString(36).slice(2)): string {
  return `${DELIMITER_MARK}${random()}${random()}${DELIMITER_MARK}`;
}

// Not allowed in XML 1.0: C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF.
// A surrogate pair (kept) is matched before a lone surrogate (dropped), so no lookbehind is needed: Safari
// before 16.4 cannot parse one (docs/browsers.md).
const INVALID_XML = /([\ud800-\udbff][\udc00-\udfff])|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g;
const keepPairs = (_match: string, pair: string | undefined) => pair ?? '';

/** Text that is safe to hand to docx-templates as data. */
export function safeText(text: string): string {
  return text.replace(INVALID_XML, keepPairs).split(DELIMITER_MARK).join('').replace(/\r\n?/g, '\n');
}

export { WRITE_IN };

export interface DocxData {
  /** Each answer as display text (lists: items; rows: rows of display text). */
  v: Record<string, string | string[] | Array<Record<string, string>>>;
  /** Long answers split into paragraphs. */
  p: Record<string, string[]>;
  /** Whether each answer is filled in. */
  has: Record<string, boolean>;
  /** Label and value of each filled-in single answer, for summary tables. */
  x: Record<string, { label: string; value: string } | null>;
  /** Totals of repeating rows, per column (and `_amount`, the total of a costed table). */
  t: Record<string, Record<string, string>>;
  /** A budget's summary, as display text. */
  c: CostsData;
  /** Summaries worked out from the answers (see summaries.ts), by id. */
  s: Record<string, { paragraphs: string[]; rows: Array<{ label: string; cells: string[] }> }>;
  /** Checkpoints fields (checkpoints/document.ts), by name. */
  k: Record<string, CheckpointsDocx>;
}

export interface CostsData {
  groups: Array<{ label: string; amount: string; share: string }>;
  subtotal: string;
  additions: Array<{ label: string; amount: string; share: string }>;
  total: string;
  /** Empty, or the cost for each maternity unit. */
  per: Array<{ label: string; amount: string }>;
  rounding: string;
}

const pounds = (pence: number) => formatPence(pence, true);

function costsData(def: TemplateDefinition, answers: Answers | null): CostsData {
  const empty: CostsData = { groups: [], subtotal: '', additions: [], total: '', per: [], rounding: ROUNDING_RULE };
  if (!def.costs) return empty;
  const fields = allFields(def);
  const labelFor = (name: string) => labelOf(fields.find((f) => f.name === name)!);
  if (answers === null) {
    return {
      ...empty,
      groups: def.costs.groups.map((g) => ({ label: labelFor(g), amount: '', share: '' })),
      additions: def.costs.additions.map((a) => ({ label: labelFor(a), amount: '', share: '' })),
    };
  }
  const totals = costTotals(def, answers);
  const per = def.costs.per;
  return {
    groups: totals.groups.map((g) => ({ label: g.label, amount: pounds(g.total), share: `${shareOf(g.total, totals.total)}%` })),
    subtotal: pounds(totals.subtotal),
    additions: totals.additions.map((a) => ({
      label: a.percent === null ? a.label : `${a.label} (${formatNumber(a.percent)}%)`,
      amount: pounds(a.amount),
      share: `${shareOf(a.amount, totals.total)}%`,
    })),
    total: pounds(totals.total),
    per:
      per && totals.perEach !== null
        ? [{ label: `Cost for each of the ${formatNumber(totals.per!)} ${totals.per === 1 ? per.singular : per.plural}`, amount: pounds(totals.perEach) }]
        : [],
    rounding: ROUNDING_RULE,
  };
}

function display(field: ScalarField | ColumnField, value: string | number | null): string {
  if (value === null || value === '') return '';
  switch (field.type) {
    case 'money':
      return formatPence(Number(value), Number(value) % 100 !== 0);
    case 'number':
      return `${formatNumber(Number(value))}${field.unit ? ` ${field.unit}` : ''}`;
    case 'date':
      return formatIsoDate(String(value));
    case 'choice':
      return field.options.find((o) => o.value === value)?.label ?? String(value);
    default:
      return String(value);
  }
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

function blankOf(field: Field): AnswerValue {
  return field.type === 'list' ? [WRITE_IN, WRITE_IN, WRITE_IN] : field.type === 'rows' ? [{}, {}, {}] : null;
}

function blankDisplay(field: ScalarField | ColumnField): string {
  if (field.type === 'choice') return field.options.map((o) => `☐ ${o.label}`).join('\n');
  return WRITE_IN;
}

/**
 * The data for a template: from checked answers, or, with `answers` null, the blank version
 * with a write-in line (or tick boxes) for each answer.
 */
export function prepareDocxData(def: TemplateDefinition, answers: Answers | null): DocxData {
  const data: DocxData = { v: {}, p: {}, has: {}, x: {}, t: {}, c: costsData(def, answers), s: {}, k: {} };
  const blank = answers === null;
  // The answers outside the tables, for a row's cost whose rate is one of them.
  const outside = (answers ?? {}) as RowValues;
  const numberAnswer = (name: string | undefined) => (!blank && name && typeof answers[name] === 'number' ? (answers[name] as number) : null);
  for (const field of allFields(def)) {
    const value = blank ? blankOf(field) : (answers[field.name] ?? null);
    if (field.type === 'checkpoints') {
      const checkpoints = checkpointsDocxData(field, answers, safeText, WRITE_IN);
      data.k[field.name] = checkpoints.data;
      Object.assign(data.has, checkpoints.has);
      data.x[field.name] = null;
    } else if (field.type === 'list') {
      const items = ((value ?? []) as string[]).map(safeText).filter((s) => s.trim() !== '');
      data.v[field.name] = items;
      data.has[field.name] = items.length > 0;
      data.x[field.name] = null;
    } else if (field.type === 'rows') {
      const rows = (value ?? []) as Array<Record<string, string | number | null>>;
      const scaleBy = numberAnswer(field.amount?.scale?.by);
      const perName = def.costs?.per?.plural ?? 'units';
      // `_n` numbers the rows, for numbered tables such as an agenda.
      data.v[field.name] = rows.map((row, i) => {
        const cells: Record<string, string> = {
          _n: `${i + 1}.`,
          ...Object.fromEntries(field.columns.map((c) => [c.name, blank ? '' : safeText(display(c, row[c.name] ?? null))])),
        };
        if (field.amount) {
          const amount = blank ? null : rowAmount(field.amount, row, scaleBy, outside);
          cells._amount = amount === null ? '' : pounds(amount);
          cells._working = blank ? '' : safeText(rowWorking(field, row, scaleBy, perName, outside));
        }
        return cells;
      });
      data.has[field.name] = rows.length > 0;
      data.x[field.name] = null;
      data.t[field.name] = Object.fromEntries(
        (field.totals ?? []).map((name) => {
          const column = field.columns.find((c) => c.name === name)!;
          const values = rows.map((r) => (typeof r[name] === 'number' ? (r[name] as number) : null));
          const anyValue = values.some((v) => v !== null);
          return [name, blank || !anyValue ? '' : display(column, sumPence(values))];
        }),
      );
      if (field.amount) data.t[field.name]._amount = blank ? '' : pounds(sumPence(rows.map((row) => rowAmount(field.amount!, row, scaleBy, outside))));
    } else {
      const text = safeText(blank ? blankDisplay(field) : display(field, value as string | number | null));
      data.v[field.name] = text;
      data.p[field.name] = blank ? (field.type === 'longText' ? [WRITE_IN, WRITE_IN, WRITE_IN] : [text]) : paragraphs(text);
      data.has[field.name] = text.trim() !== '';
      data.x[field.name] = data.has[field.name] ? { label: field.label.replace(/\s*\(optional\)$/, ''), value: text } : null;
    }
  }
  for (const spec of def.summaries ?? []) {
    const view = computeSummary(def, spec, answers);
    data.s[spec.id] = {
      paragraphs: view.paragraphs.map(safeText),
      rows: (view.table?.rows ?? []).map((r) => ({ label: safeText(r.label), cells: r.cells.map(safeText) })),
    };
  }
  return data;
}
