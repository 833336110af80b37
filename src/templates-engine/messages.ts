// Error messages in the GOV.UK style: say what went wrong and how to fix it, using the question's own words.
import type { Field, ListField, RowsField } from './types.ts';
import { formatPence, DEFAULT_MAX_PENCE } from './money.ts';
import { formatNumber } from './number.ts';

type Named = Pick<Field, 'label' | 'errorName'>;

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const count = (n: number) => n.toLocaleString('en-GB');

import { plainLabel } from './plain-label.ts';

export { plainLabel };

export const errorNameOf = (f: Named) => f.errorName ?? lowerFirst(plainLabel(f.label));

export const messages = {
  enter: (f: Named) => `Enter ${errorNameOf(f)}`,
  select: (f: Named) => `Select ${errorNameOf(f)}`,
  tooLong: (label: string, max: number) => `${upperFirst(label)} must be ${count(max)} characters or fewer`,
  notMoney: (label: string) => `${upperFirst(label)} must be an amount of money, like £150 or £1,250.50`,
  negativeMoney: (label: string) => `${upperFirst(label)} must be £0 or more`,
  tooMuchMoney: (label: string, maxPence = DEFAULT_MAX_PENCE) => `${upperFirst(label)} must be ${formatPence(maxPence)} or less`,
  notNumber: (label: string) => `${upperFirst(label)} must be a number, like 2 or 2.5`,
  notInteger: (label: string) => `${upperFirst(label)} must be a whole number, like 2`,
  tooSmall: (label: string, min: number) => `${upperFirst(label)} must be ${formatNumber(min)} or more`,
  tooBig: (label: string, max: number) => `${upperFirst(label)} must be ${formatNumber(max)} or less`,
  tooManyDecimals: (label: string, max: number) =>
    max === 0 ? messages.notInteger(label) : `${upperFirst(label)} must have ${max} decimal place${max === 1 ? '' : 's'} or fewer, like ${(1.25).toFixed(max)}`,
  rowTooDear: (rows: RowsField, index: number, maxPence: number) =>
    `The cost of ${rows.itemLabel} ${index + 1} comes to more than ${formatPence(maxPence)}: check its figures`,
  notDate: (label: string) => `${upperFirst(label)} must be a real date, like 1 April 2026`,
  addOne: (f: ListField | RowsField) => `Add at least one ${f.itemLabel}`,
  tooMany: (f: ListField | RowsField, max: number) => `${upperFirst(plainLabel(f.label))} can have up to ${count(max)} entries`,
  listItem: (f: ListField, index: number) => `${upperFirst(f.itemLabel)} ${index + 1}`,
  /** A column's label within one row: "days a month for activity 2". */
  cell: (column: Named, rows: RowsField, index: number) => `${lowerFirst(plainLabel(column.label))} for ${rows.itemLabel} ${index + 1}`,
};
