// Money is held in whole pence so totals never suffer from floating-point rounding.

/** A sum beyond any MVP budget line: £10 million. */
export const DEFAULT_MAX_PENCE = 1_000_000_000;

export type MoneyParse = { ok: true; pence: number } | { ok: false; reason: 'empty' | 'notMoney' | 'negative' | 'tooLarge' };

/** Reads an amount as people type it: "£1,250.50", "1250", " 1 250 ", "£150". */
export function parseMoney(input: string, maxPence = DEFAULT_MAX_PENCE): MoneyParse {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  const unsigned = compact.replace(/^([-−])?£/, '$1');
  if (/^[-−]/.test(unsigned)) {
    return /^[-−]\d/.test(unsigned) ? { ok: false, reason: 'negative' } : { ok: false, reason: 'notMoney' };
  }
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(unsigned);
  if (!match) return { ok: false, reason: 'notMoney' };
  const pounds = match[1].replace(/,/g, '');
  if (pounds.length > 12) return { ok: false, reason: 'tooLarge' };
  const pence = Number(pounds) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  if (pence > maxPence) return { ok: false, reason: 'tooLarge' };
  return { ok: true, pence };
}

// One formatter for every amount: toLocaleString builds a new one at each call, which is slow for a long budget.
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB');

/** "£1,250.50"; whole pounds without pence ("£150") unless `alwaysPence`. */
export function formatPence(pence: number, alwaysPence = false): string {
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  const whole = WHOLE_POUNDS.format(pounds);
  return rest === 0 && !alwaysPence ? `£${whole}` : `£${whole}.${String(rest).padStart(2, '0')}`;
}

export function sumPence(values: Array<number | null>): number {
  return values.reduce<number>((total, v) => total + (v ?? 0), 0);
}
