// Prepares answers for a .docx template. Everything a person typed becomes plain text here:
// characters XML cannot hold are dropped, and the literal-XML delimiter can never appear in it.
import type { AnswerValue, Answers, ColumnField, Field, ScalarField, TemplateDefinition } from './types.ts';
import { allFields } from './schema.ts';
import { formatPence, sumPence } from './money.ts';
import { formatNumber } from './number.ts';
import { formatIsoDate } from './dates.ts';
import { WRITE_IN } from './write-in.ts';
import { computeSummary } from './summaries.ts';

/** A character no answer may contain: it marks the start and end of the literal-XML delimiter. */
export const DELIMITER_MARK = '\u2063';

/** A fresh, unguessable literal-XML delimiter for one render. */
export function newLiteralXmlDelimiter(random: () => string = () => Math.random().toString(36).slice(2)): string {
  return `${DELIMITER_MARK}${random()}${random()}${DELIMITER_MARK}`;
}

// Not allowed in XML 1.0: C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text that is safe to hand to docx-templates as data. */
export function safeText(text: string): string {
  return text.replace(INVALID_XML, '').split(DELIMITER_MARK).join('').replace(/\r\n?/g, '\n');
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
  /** Totals of repeating rows, per column. */
  t: Record<string, Record<string, string>>;
  /** Summaries worked out from the answers (see summaries.ts), by id. */
  s: Record<string, { paragraphs: string[]; rows: Array<{ label: string; cells: string[] }> }>;
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

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

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
  const data: DocxData = { v: {}, p: {}, has: {}, x: {}, t: {}, s: {} };
  const blank = answers === null;
  for (const field of allFields(def)) {
    const value = blank ? blankOf(field) : (answers[field.name] ?? null);
    if (field.type === 'list') {
      const items = ((value ?? []) as string[]).map(safeText).filter((s) => s.trim() !== '');
      data.v[field.name] = items;
      data.has[field.name] = items.length > 0;
      data.x[field.name] = null;
    } else if (field.type === 'rows') {
      const rows = (value ?? []) as Array<Record<string, string | number | null>>;
      // `_n` numbers the rows, for numbered tables such as an agenda.
      data.v[field.name] = rows.map((row, i) => ({
        _n: `${i + 1}.`,
        ...Object.fromEntries(field.columns.map((c) => [c.name, blank ? '' : safeText(display(c, row[c.name] ?? null))])),
      }));
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
