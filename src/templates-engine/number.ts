export type NumberParse = { ok: true; value: number } | { ok: false; reason: 'empty' | 'notNumber' | 'notInteger' };

/** Reads a plain number, allowing spaces and thousands commas: "2", "2.5", "1,000". */
export function parseNumber(input: string, integer = false): NumberParse {
  const compact = input.replace(/[\s\u00a0]/g, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(compact)) return { ok: false, reason: 'notNumber' };
  const value = Number(compact.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' };
  if (integer && !Number.isInteger(value)) return { ok: false, reason: 'notInteger' };
  return { ok: true, value };
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return NUMBER.format(value);
}
