// Writes a sheet as CSV (RFC 4180, UTF-8 with a byte order mark so Excel reads the £ sign).
import type { Cell, Sheet } from './model.ts';
import { penceToPounds } from './model.ts';
import { safeText } from '../docx-data.ts';

// A spreadsheet treats a cell starting with these as a formula; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvValue(cell: Cell | null): string {
  if (!cell) return '';
  if (cell.kind === 'text') {
    const text = safeText(cell.text);
    const safe = FORMULA_START.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
  }
  const value = cell.kind === 'number' ? cell.value : cell.cached;
  return cell.format === 'money' ? penceToPounds(value) : String(value);
}

export function toCsv(sheet: Sheet): string {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  return `\ufeff${sheet.rows.map((row) => Array.from({ length: width }, (_, i) => csvValue(row[i] ?? null)).join(',')).join('\r\n')}\r\n`;
}
