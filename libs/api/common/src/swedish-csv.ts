/**
 * CSV that Swedish Excel opens as it is: UTF-8 with a BOM, semicolons between fields, CRLF line ends,
 * comma as the decimal mark, numbers without thousands separators (so Excel reads them as numbers),
 * fields quoted per RFC 4180 when they hold ; " CR or LF (quotes doubled).
 *
 * Formula injection (CSV injection): a text that starts with = + - @ tab or CR would be run by a
 * spreadsheet as a formula, so it gets a leading apostrophe (and is quoted). Numbers are numbers and
 * are never touched: -5 stays -5.
 *
 * Used by every CSV the API writes: the audit log, the portfolio export and the open data.
 */

export const CSV_BOM = '\uFEFF';
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]/;

/** One text field, guarded against formulas and quoted when needed. */
export function csvText(value: string): string {
  const guarded = FORMULA_START.test(value);
  const v = guarded ? `'${value}` : value;
  return guarded || NEEDS_QUOTES.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** A number as Swedish Excel reads it: `1234567`, `-5`, `1,85`; empty when not finite. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }).replace('.', ',');
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? csvNumber(value) : csvText(value);
}

/** One line of fields, ending with CRLF. */
export function csvLine(fields: readonly CsvValue[]): string {
  return `${fields.map(csvField).join(';')}\r\n`;
}

/** A whole CSV document: the BOM, the head line and the rows. */
export function toSwedishCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + csvLine(headers) + rows.map(csvLine).join('');
}
