import type { FieldErrors, Resolver } from 'react-hook-form';
import { PARAMETER_LIMITS, hourlyCost, validateParameters, type ParameterSettings } from '@dp/domain/benefits';
import { parseMoneyInput } from '@dp/domain/money';

/**
 * The calculation parameters form (kalkylparametrar) holds what the user typed, as text: percentages as
 * percent (`3,5` for a kalkylränta of 0.035), numbers in the UI language's way (Swedish: spaces group
 * thousands, a decimal comma or a point; English: commas group thousands, a decimal point), the monthly
 * salary in kronor. Parsing turns the text into the API's values; the domain's `validateParameters` then
 * checks them with the same rules and codes as the API.
 */
export const PARAMETER_FIELDS = ['horizonYears', 'discountRate', 'optimismBias', 'hoursPerMonth', 'overhead', 'defaultMonthlySalary'] as const;
export type ParameterField = (typeof PARAMETER_FIELDS)[number];

export type ParameterFormValues = Record<ParameterField, string>;

/** How a field is typed and shown: a percentage of the stored fraction, a plain number or whole kronor. */
export type ParameterUnit = 'percent' | 'number' | 'kronor';

export const PARAMETER_UNITS: Record<ParameterField, ParameterUnit> = {
  horizonYears: 'number',
  discountRate: 'percent',
  optimismBias: 'percent',
  hoursPerMonth: 'number',
  overhead: 'percent',
  defaultMonthlySalary: 'kronor',
};

/** A code the form shows at a field: the domain's (OUT_OF_RANGE, NEGATIVE, …) or the parser's (REQUIRED, NOT_A_NUMBER, …). */
export type ParameterErrors = Partial<Record<ParameterField, string>>;

export function isParameterField(value: string): value is ParameterField {
  return (PARAMETER_FIELDS as readonly string[]).includes(value);
}

type Parsed = { ok: true; value: number } | { ok: false; reason: string };

/** English (en-GB) groups thousands with commas; Swedish (sv-SE) with spaces and takes a comma or a point as the decimal mark. */
function commaGroupsThousands(locale: string): boolean {
  return locale.startsWith('en');
}

/**
 * Spaces and (in English) thousands commas out, the decimal mark a point, a Unicode minus a hyphen:
 * `1 234,5` → `1234.5` in Swedish, `1,234.5` → `1234.5` in English.
 */
function normaliseNumberText(text: string, locale: string): string {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  return commaGroupsThousands(locale) ? cleaned.replace(/,/g, '') : cleaned.replace(',', '.');
}

/** `3,5` / `3.5` / ` 3,5 % ` / `−1` → the number in canonical form (`3.5`), or null when it is no number. */
function canonicalDecimal(text: string, unit: ParameterUnit, locale: string): string | null {
  let cleaned = normaliseNumberText(text, locale);
  if (unit === 'percent') cleaned = cleaned.replace(/%$/, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? cleaned : null;
}

/**
 * Moves the decimal point of a canonical decimal two places to the left, in the text, so percent becomes
 * a fraction without binary rounding noise: `3.5` → 0.035 (not 0.035000000000000003).
 */
function percentToFraction(canonical: string): number {
  const negative = canonical.startsWith('-');
  const [whole = '0', fraction = ''] = canonical.replace('-', '').split('.');
  const padded = whole.padStart(3, '0');
  return Number(`${negative ? '-' : ''}${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`);
}

/**
 * Reads one field as the user typed it in the UI language's number locale (`sv-SE`, `en-GB`); empty is
 * REQUIRED, text that is no number NOT_A_NUMBER, kronor with öre NOT_WHOLE_KRONOR.
 */
export function parseParameter(field: ParameterField, text: string, locale: string): Parsed {
  if (text.trim() === '') return { ok: false, reason: 'REQUIRED' };
  const unit = PARAMETER_UNITS[field];
  if (unit === 'kronor') {
    const money = parseMoneyInput(normaliseNumberText(text, locale));
    return money.ok ? money : { ok: false, reason: money.reason };
  }
  const canonical = canonicalDecimal(text, unit, locale);
  if (canonical === null) return { ok: false, reason: 'NOT_A_NUMBER' };
  return { ok: true, value: unit === 'percent' ? percentToFraction(canonical) : Number(canonical) };
}

export type ParameterFormResult = { ok: true; value: ParameterSettings } | { ok: false; errors: ParameterErrors };

/**
 * Parses every field and checks the numbers with the domain's `validateParameters` (the API's own rules),
 * one code per field: the parser's when the text is no number, else the domain's.
 */
export function validateParameterForm(values: ParameterFormValues, locale: string): ParameterFormResult {
  const errors: ParameterErrors = {};
  const numbers: Partial<Record<ParameterField, number>> = {};
  for (const field of PARAMETER_FIELDS) {
    const parsed = parseParameter(field, values[field], locale);
    if (parsed.ok) numbers[field] = parsed.value;
    else errors[field] = parsed.reason;
  }
  const checked = validateParameters(numbers);
  if (checked.ok && Object.keys(errors).length === 0) return { ok: true, value: checked.value };
  if (!checked.ok) {
    for (const e of checked.errors) {
      if (isParameterField(e.field) && errors[e.field] === undefined) errors[e.field] = e.code;
    }
  }
  return { ok: false, errors };
}

/** The react-hook-form resolver: the form's text in, the API's input out; the codes become the fields' messages. */
export function parameterFormResolver(locale: string): Resolver<ParameterFormValues, unknown, ParameterSettings> {
  return (values) => {
    const result = validateParameterForm(values, locale);
    if (result.ok) return { values: result.value, errors: {} };
    const errors: FieldErrors<ParameterFormValues> = {};
    for (const [field, code] of Object.entries(result.errors)) {
      errors[field as ParameterField] = { type: 'validation', message: code };
    }
    return { values: {}, errors };
  };
}

/**
 * The hourly cost (timkostnad) the round's hour lines are valued at, from what the form holds: null until
 * the monthly salary, the hours per month and the overhead are all valid.
 */
export function hourlyCostOf(values: Pick<ParameterFormValues, 'defaultMonthlySalary' | 'hoursPerMonth' | 'overhead'>, locale: string): number | null {
  const checked = validateParameterForm({ horizonYears: '1', discountRate: '0', optimismBias: '0', ...values }, locale);
  if (!checked.ok) return null;
  const { defaultMonthlySalary, hoursPerMonth, overhead } = checked.value;
  return hourlyCost(defaultMonthlySalary, { hoursPerMonth, overhead });
}

/** One value as the form shows it in a number locale: percent for the fractions (`3,5`), kronor grouped (`35 000`). */
export function formatParameter(field: ParameterField, value: number, locale: string): string {
  const unit = PARAMETER_UNITS[field];
  const shown = unit === 'percent' ? value * 100 : value;
  // at most 10 decimals: enough for any percentage typed, and rids 0.035 × 100 of its binary noise
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 10, useGrouping: unit === 'kronor' }).format(Number(shown.toPrecision(12)));
}

/** The saved parameters as the form shows them. */
export function toParameterFormValues(parameters: ParameterSettings, locale: string): ParameterFormValues {
  const values = {} as ParameterFormValues;
  for (const field of PARAMETER_FIELDS) values[field] = formatParameter(field, parameters[field], locale);
  return values;
}

/**
 * What the user typed, rewritten for another number locale when the UI language changes (`3,5` → `3.5`),
 * so a typed value keeps its meaning; text that is no number stays as it is.
 */
export function relocaliseFormValues(values: ParameterFormValues, from: string, to: string): ParameterFormValues {
  const next = { ...values };
  for (const field of PARAMETER_FIELDS) {
    const parsed = parseParameter(field, values[field], from);
    if (parsed.ok) next[field] = formatParameter(field, parsed.value, to);
  }
  return next;
}

/** The domain's limits of a field in the units the form uses (percent for the fractions), for the messages. */
export function limitsInFormUnits(field: ParameterField): { min: number; max: number } {
  const { min, max } = PARAMETER_LIMITS[field];
  if (PARAMETER_UNITS[field] !== 'percent') return { min, max };
  return { min: Number((min * 100).toPrecision(12)), max: Number((max * 100).toPrecision(12)) };
}
