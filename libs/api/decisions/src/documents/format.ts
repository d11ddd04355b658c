/**
 * The one place the documents format numbers and dates for reading (sv-SE): `1 234 567 kr`, `1,85`,
 * `2026-11-29 11:00`. Money goes through libs/domain/money's formatter so the documents and the web
 * client write amounts alike. (Machine formats – the CSV's plain numbers – live in libs/api/common/src/swedish-csv.ts.)
 */
import { formatMoney } from '@dp/domain/money';
import type { DocYearAmount } from './document-data.js';

/** Shown where a value is missing. */
export const DASH = '–';

/** `1 234 567 kr`, negative with the minus sign U+2212; `–` when there is no amount. */
export function kr(amount: number | null | undefined): string {
  return amount === null || amount === undefined || !Number.isFinite(amount) ? DASH : formatMoney(amount);
}

const decimalFormats = new Map<number, Intl.NumberFormat>();

/** A decimal number the Swedish way with a fixed number of decimals: `1,85`, `−0,40`, `72,5`. */
export function decimal(value: number | null | undefined, digits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  let f = decimalFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimalFormats.set(digits, f);
  }
  return f.format(value);
}

const stockholm = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

/** An ISO timestamp as Swedish local time: `2026-11-29 11:00`. */
export function dateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : stockholm.format(d);
}

/** `2027: 300 000 kr, 2028: 100 000 kr`, in year order; `–` when empty. */
export function yearSplit(amounts: readonly DocYearAmount[] | null | undefined): string {
  if (!amounts || amounts.length === 0) return DASH;
  return [...amounts]
    .sort((a, b) => a.year - b.year)
    .map((a) => `${a.year}: ${kr(a.amount)}`)
    .join(', ');
}

/** Sum of the amounts per year of several splits, as a lookup. */
export function sumByYear(splits: readonly (readonly DocYearAmount[] | null | undefined)[]): Map<number, number> {
  const sums = new Map<number, number>();
  for (const split of splits) for (const a of split ?? []) sums.set(a.year, (sums.get(a.year) ?? 0) + a.amount);
  return sums;
}
