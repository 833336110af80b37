// A spreadsheet as plain data: what the Excel and CSV downloads are written from. Text cells only ever
// hold text; formulas are built by our code from cell addresses and never contain anything typed.

export type CellStyle = 'title' | 'heading' | 'header' | 'text' | 'note' | 'total';
export type NumberFormat = 'money' | 'number' | 'percent';

export type Cell =
  | { kind: 'text'; text: string; style?: CellStyle }
  /** Money is held in whole pence; the file shows pounds. */
  | { kind: 'number'; value: number; format: NumberFormat; style?: CellStyle }
  /** `cached` is the value our own arithmetic gives, stored so the file shows it before recalculating. */
  | { kind: 'formula'; formula: string; cached: number; format: NumberFormat; style?: CellStyle };

export interface Sheet {
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: Array<Array<Cell | null>>;
  /** Drop-down lists: a range ("E12:E15") and the choices offered. */
  lists: Array<{ range: string; options: string[] }>;
}

export interface Workbook {
  title: string;
  sheets: Sheet[];
}

/** "A", "B", … "Z", "AA" for a 0-based column. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** An A1 address from 0-based column and 1-based row; `fixed` gives $A$1. */
export const cellRef = (column: number, row: number, fixed = false) => (fixed ? `$${columnName(column)}$${row}` : `${columnName(column)}${row}`);

/** Money in pence as an exact decimal number of pounds, "1234.5" → "1234.50". */
export function penceToPounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export const text = (value: string, style?: CellStyle): Cell => ({ kind: 'text', text: value, style });
export const money = (pence: number, style?: CellStyle): Cell => ({ kind: 'number', value: pence, format: 'money', style });
export const formula = (f: string, cached: number, format: NumberFormat, style?: CellStyle): Cell => ({ kind: 'formula', formula: f, cached, format, style });
