// The arithmetic of a budget, exact: figures become fractions of whole numbers (BigInt), each row's
// cost is rounded once to the nearest penny (half up), and every total is a sum of rounded pence.
import type { Answers, CostsSpec, NumberField, RowAmount, RowsField, TemplateDefinition } from './types.ts';
import { formatPence } from './money.ts';
import { formatNumber } from './number.ts';

export const ROUNDING_RULE =
  'Each line is worked out exactly and then rounded to the nearest penny, with half a penny rounded up. Totals are sums of the rounded lines. Percentages (hosting overhead and contingency) are each worked out on the total of all the lines and rounded the same way.';

/** A decimal number as an exact fraction: digits ÷ 10^scale. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

/** The exact decimal a checked number was typed as (its shortest decimal form). */
export function decimalOf(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = Math.abs(value) < 1e21 && !/e/i.test(String(value)) ? String(value) : value.toFixed(0);
  const [whole, fraction = ''] = text.split('.');
  return { digits: BigInt(whole + fraction), scale: fraction.length };
}

const TEN = 10n;
const pow10 = (n: number) => TEN ** BigInt(n);

/** numerator ÷ denominator rounded to a whole number, halves away from zero (both ≥ 0 here). */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const rounded = (2n * n + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

export type RowValues = Record<string, string | number | null | undefined>;

/**
 * The cost of one row in pence, or null while a figure it needs is missing. `answers` holds the
 * answers outside the table, for a `rate` that is one of them rather than a column.
 */
export function rowAmount(amount: RowAmount, row: RowValues, scaleBy: number | null, answers: RowValues = {}): number | null {
  const product = productOf(amount, row, scaleBy, answers);
  if (product === null) return null;
  const [numerator, denominator] = product;
  const parts = (amount.plus ?? []).map((name) => row[name]);
  const added = parts.reduce<bigint>((sum, value) => sum + BigInt(typeof value === 'number' ? value : 0), 0n);
  return Number(roundHalfUp(numerator + added * denominator, denominator));
}

const rateOf = (amount: RowAmount, row: RowValues, answers: RowValues) => (row[amount.rate] !== undefined ? row[amount.rate] : answers[amount.rate]);

/** The multiplied part of a row's cost as an exact fraction, [0, 1] when a sum-of-parts row has no factors. */
function productOf(amount: RowAmount, row: RowValues, scaleBy: number | null, answers: RowValues): [bigint, bigint] | null {
  if (amount.plus && amount.factors.every((name) => typeof row[name] !== 'number')) return [0n, 1n];
  let numerator = 1n;
  let denominator = 1n;
  for (const name of amount.factors) {
    const value = row[name];
    if (typeof value !== 'number') return null;
    const d = decimalOf(value);
    numerator *= d.digits;
    denominator *= pow10(d.scale);
  }
  const rate = rateOf(amount, row, answers);
  if (typeof rate !== 'number') return null;
  numerator *= BigInt(rate);
  if (amount.percent) {
    const value = row[amount.percent];
    const d = decimalOf(typeof value === 'number' ? value : 0);
    // × (1 + p/100) = × (100·10^s + digits) / (100·10^s)
    numerator *= 100n * pow10(d.scale) + d.digits;
    denominator *= 100n * pow10(d.scale);
  }
  if (amount.scale && row[amount.scale.column] === amount.scale.when) {
    if (scaleBy === null) return null;
    numerator *= BigInt(scaleBy);
  }
  return [numerator, denominator];
}

/** A percentage of an amount in pence, rounded to the nearest penny, half up. */
export function percentOf(pence: number, percent: number): number {
  const d = decimalOf(percent);
  return Number(roundHalfUp(BigInt(pence) * d.digits, 100n * pow10(d.scale)));
}

/** A share of a total as a whole percentage, half up; 0 when the total is 0. */
export function shareOf(part: number, total: number): number {
  return total === 0 ? 0 : Number(roundHalfUp(BigInt(part) * 100n, BigInt(total)));
}

/** Adds whole pence exactly (sums beyond 2^53 pence cannot come from checked answers). */
export const addPence = (values: Array<number | null>) => values.reduce<number>((sum, v) => sum + (v ?? 0), 0);

export interface CostGroup {
  name: string;
  label: string;
  /** Each row's cost, null where a figure is missing or wrong. */
  lines: Array<number | null>;
  total: number;
}

export interface CostAddition {
  name: string;
  label: string;
  percent: number | null;
  amount: number;
}

export interface CostTotals {
  groups: CostGroup[];
  /** Total of all the lines. */
  subtotal: number;
  additions: CostAddition[];
  total: number;
  /** How many the cost is shared between (maternity units), when known. */
  per: number | null;
  perEach: number | null;
  /** Rows whose cost could not be worked out. */
  incomplete: number;
}

export const labelOf = (field: { label: string }) => field.label.replace(/\s*\(optional\)$/, '');

function fieldOf<T>(def: TemplateDefinition, name: string, type: string): T {
  const field = def.sections.flatMap((s) => s.fields).find((f) => f.name === name);
  if (!field || field.type !== type) throw new Error(`${def.slug}: ${name} should be a ${type} field`);
  return field as T;
}

export const costGroups = (def: TemplateDefinition, spec: CostsSpec): RowsField[] =>
  spec.groups.map((name) => {
    const field = fieldOf<RowsField>(def, name, 'rows');
    if (!field.amount) throw new Error(`${def.slug}: ${name} has no amount`);
    return field;
  });

export const costAdditions = (def: TemplateDefinition, spec: CostsSpec): NumberField[] =>
  spec.additions.map((name) => fieldOf<NumberField>(def, name, 'number'));

/** Every costed table's lines and total, from checked (or partly checked) answers: for any template, budget or not. */
export function tableAmounts(def: TemplateDefinition, answers: Answers): CostGroup[] {
  const values = answers as RowValues;
  const number = (name: string | undefined) => (name && typeof answers[name] === 'number' ? (answers[name] as number) : null);
  return def.sections
    .flatMap((s) => s.fields)
    .flatMap((field) => {
      if (field.type !== 'rows' || !field.amount) return [];
      const rows = (answers[field.name] ?? []) as RowValues[];
      const lines = rows.map((row) => rowAmount(field.amount!, row, number(field.amount!.scale?.by), values));
      return [{ name: field.name, label: labelOf(field), lines, total: addPence(lines) }];
    });
}

/** Every figure of a budget from its checked (or partly checked) answers. */
export function costTotals(def: TemplateDefinition, answers: Answers): CostTotals {
  const spec = def.costs;
  if (!spec) throw new Error(`${def.slug} is not a budget`);
  const number = (name: string | undefined) => (name && typeof answers[name] === 'number' ? (answers[name] as number) : null);
  let incomplete = 0;
  const groups = costGroups(def, spec).map((field) => {
    const rows = (answers[field.name] ?? []) as RowValues[];
    const lines = rows.map((row) => rowAmount(field.amount!, row, number(field.amount!.scale?.by)));
    incomplete += lines.filter((l) => l === null).length;
    return { name: field.name, label: labelOf(field), lines, total: addPence(lines) };
  });
  const subtotal = addPence(groups.map((g) => g.total));
  const additions = costAdditions(def, spec).map((field) => {
    const percent = number(field.name);
    return { name: field.name, label: labelOf(field), percent, amount: percent === null ? 0 : percentOf(subtotal, percent) };
  });
  const total = subtotal + addPence(additions.map((a) => a.amount));
  const per = number(spec.per?.field);
  const perEach = per !== null && per > 0 && Number.isInteger(per) ? Number(roundHalfUp(BigInt(total), BigInt(per))) : null;
  return { groups, subtotal, additions, total, per, perEach, incomplete };
}

/** "4 days a month × 12 months × £150.00 × 3 units": how a row's cost is worked out, in words. */
export function rowWorking(field: RowsField, row: RowValues, scaleBy: number | null, perName = 'units', answers: RowValues = {}): string {
  const amount = field.amount!;
  const parts: string[] = [];
  amount.factors.forEach((name, i) => {
    const column = field.columns.find((c) => c.name === name);
    const value = row[name];
    if (typeof value !== 'number' || column?.type !== 'number') return;
    const unit =
      i === 0 && amount.unitColumn && typeof row[amount.unitColumn] === 'string' && row[amount.unitColumn] ? String(row[amount.unitColumn]) : column.unit;
    parts.push(`${formatNumber(value)}${unit ? ` ${unit}` : ''}`);
  });
  const rate = rateOf(amount, row, answers);
  if (typeof rate === 'number' && (parts.length || !amount.plus)) parts.push(formatPence(rate, true));
  let text = parts.join(' × ');
  const percent = amount.percent ? row[amount.percent] : null;
  if (typeof percent === 'number' && percent !== 0) {
    const column = field.columns.find((c) => c.name === amount.percent);
    text += ` + ${formatNumber(percent)}% ${column?.type === 'number' && column.unit ? column.unit.replace(/^%\s*/, '') : ''}`.trimEnd();
  }
  if (amount.scale && row[amount.scale.column] === amount.scale.when && scaleBy !== null) text += `, × ${formatNumber(scaleBy)} ${perName}`;
  const added = (amount.plus ?? []).flatMap((name) => {
    const value = row[name];
    const column = field.columns.find((c) => c.name === name);
    return typeof value === 'number' && value !== 0 && column ? [`${labelOf(column).toLowerCase()} ${formatPence(value, true)}`] : [];
  });
  return [text, ...added].filter(Boolean).join(' + ');
}
