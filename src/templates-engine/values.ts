// The typed value of one answer (pence, a number, the text), or null when it is empty or would get an
// error message: the same result as checkValue in schema.ts, without the messages, so the budget's
// running totals can be worked out in the browser without loading every check.
import type { ColumnField, ScalarField } from './types.ts';
import { parseMoney } from './money.ts';
import { parseNumber } from './number.ts';
import { isIsoDate } from './dates.ts';

export function typedValue(field: ScalarField | ColumnField, raw: string): string | number | null {
  const value = field.type === 'longText' ? raw.replace(/\r\n?/g, '\n').trim() : raw.trim();
  if (value === '') return null;
  switch (field.type) {
    case 'text':
    case 'longText':
      return field.maxLength !== undefined && [...value].length > field.maxLength ? null : value;
    case 'choice':
      return field.options.some((o) => o.value === value) ? value : null;
    case 'money': {
      const parsed = parseMoney(value, field.maxPence);
      return parsed.ok ? parsed.pence : null;
    }
    case 'number': {
      const parsed = parseNumber(value, field.integer);
      if (!parsed.ok) return null;
      if (field.maxDecimals !== undefined && (value.split('.')[1] ?? '').length > field.maxDecimals) return null;
      if (field.min !== undefined && parsed.value < field.min) return null;
      if (field.max !== undefined && parsed.value > field.max) return null;
      return parsed.value;
    }
    case 'date':
      return isIsoDate(value) ? value : null;
  }
}
