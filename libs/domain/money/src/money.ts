/**
 * Money in whole Swedish kronor. Stored and transported as a safe integer, never as a float.
 * Formatting follows sv-SE by default: `1 234 567 kr`.
 */
export type Money = number;

/** Largest amount we accept: Number.MAX_SAFE_INTEGER kronor. */
export const MAX_MONEY = Number.MAX_SAFE_INTEGER;

export type MoneyParseError = 'NOT_A_NUMBER' | 'NOT_WHOLE_KRONOR' | 'NOT_SAFE_INTEGER';

export type MoneyParseResult = { ok: true; value: Money } | { ok: false; reason: MoneyParseError };

/** True when the value is a whole number of kronor within the safe integer range. */
export function isMoney(value: unknown): value is Money {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/**
 * Interprets a transported value (number or numeric string) as Money.
 * Rejects fractions (öre are not used in the fund) and values outside the safe integer range.
 */
export function parseMoney(value: unknown): MoneyParseResult {
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else if (typeof value === 'string' && value.trim() !== '' && /^-?\d+(\.\d+)?$/.test(value.trim())) {
    n = Number(value.trim());
  } else {
    return { ok: false, reason: 'NOT_A_NUMBER' };
  }
  if (!Number.isFinite(n)) return { ok: false, reason: 'NOT_A_NUMBER' };
  if (!Number.isInteger(n)) return { ok: false, reason: 'NOT_WHOLE_KRONOR' };
  if (!Number.isSafeInteger(n)) return { ok: false, reason: 'NOT_SAFE_INTEGER' };
  return { ok: true, value: n };
}

/**
 * Reads an amount the way a Swedish user types it: `1 234 567`, `1234567 kr`, `1 234 567,00`.
 * Spaces (including non-breaking and narrow no-break spaces) group thousands; `,` or `.` is the decimal mark.
 */
export function parseMoneyInput(text: string): MoneyParseResult {
  const cleaned = text
    .replace(/kr\.?$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (cleaned === '') return { ok: false, reason: 'NOT_A_NUMBER' };
  return parseMoney(cleaned);
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string): Intl.NumberFormat {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, minimumFractionDigits: 0 });
    formatters.set(locale, f);
  }
  return f;
}

/**
 * Formats whole kronor for display: `1 234 567 kr` in sv-SE (Intl's group separator is a
 * non-breaking space), `1,234,567 kr` in en. Fractions are rounded only here, at display time.
 */
export function formatMoney(amount: number, locale = 'sv-SE'): string {
  return `${formatterFor(locale).format(Math.round(amount))}\u00a0kr`;
}

/** Sum of amounts, refusing to leave the safe integer range. */
export function sumMoney(amounts: readonly Money[]): Money {
  let total = 0;
  for (const a of amounts) {
    total += a;
    if (!Number.isSafeInteger(total)) throw new RangeError('Money sum outside the safe integer range');
  }
  return total;
}
