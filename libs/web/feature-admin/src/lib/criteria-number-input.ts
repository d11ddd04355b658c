import { parseMoneyInput } from '@dp/domain/money';

/**
 * Numbers as the administration forms of the criteria and the round capacity take them: in the UI
 * language's number locale (`sv-SE`: spaces group thousands, a decimal comma or a point; `en-GB`: commas
 * group thousands, a decimal point), a Unicode minus as a hyphen.
 */

/** English (en-GB) groups thousands with commas; Swedish (sv-SE) with spaces and takes a comma or a point as the decimal mark. */
function commaGroupsThousands(locale: string): boolean {
  return locale.startsWith('en');
}

/** `1 234,5` → `1234.5` in Swedish, `1,234.5` → `1234.5` in English; a trailing unit (`kr`, `h`, `%`) is ignored. */
function normalise(text: string, locale: string): string {
  const cleaned = text
    .trim()
    .replace(/\s*(kr|h|%)\.?$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-');
  return commaGroupsThousands(locale) ? cleaned.replace(/,/g, '') : cleaned.replace(',', '.');
}

export type NumberParse = { ok: true; value: number } | { ok: false; reason: 'REQUIRED' | 'NOT_A_NUMBER' };

/** A decimal number as typed; empty is REQUIRED, anything else that is no number NOT_A_NUMBER. */
export function parseLocaleNumber(text: string, locale: string): NumberParse {
  if (text.trim() === '') return { ok: false, reason: 'REQUIRED' };
  const cleaned = normalise(text, locale);
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return { ok: false, reason: 'NOT_A_NUMBER' };
  return { ok: true, value: Number(cleaned) };
}

export type KronorParse = { ok: true; value: number } | { ok: false; reason: 'REQUIRED' | 'NOT_A_NUMBER' | 'NOT_WHOLE_KRONOR' | 'NOT_SAFE_INTEGER' };

/** Whole kronor as typed (`1 234 567`, `1 234 567 kr`, in English `1,234,567`). */
export function parseLocaleKronor(text: string, locale: string): KronorParse {
  if (text.trim() === '') return { ok: false, reason: 'REQUIRED' };
  const money = parseMoneyInput(normalise(text, locale));
  return money.ok ? money : { ok: false, reason: money.reason };
}

/** A number as the inputs show it: `12,5` / `12.5`; with `grouping` `1 234 567` / `1,234,567`. */
export function formatLocaleNumber(value: number, locale: string, { grouping = false, maximumFractionDigits = 10 } = {}): string {
  // toPrecision rids values like 0.1 × 3 of their binary noise
  return new Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping: grouping }).format(Number(value.toPrecision(12)));
}

/** What was typed, rewritten for another number locale (`12,5` → `12.5`); text that is no number stays as it is. */
export function relocaliseNumber(text: string, from: string, to: string, options: { grouping?: boolean } = {}): string {
  const parsed = parseLocaleNumber(text, from);
  return parsed.ok ? formatLocaleNumber(parsed.value, to, options) : text;
}
