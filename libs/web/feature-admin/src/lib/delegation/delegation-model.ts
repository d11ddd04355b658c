import { DELEGATION_LEVEL_LABELS, validateDelegation, type ValidDelegationRule } from '@dp/domain/decisions';
import { formatLocaleNumber, parseLocaleKronor } from '../criteria-number-input';

/**
 * Delegationsordning of a fund round as the form holds it: one row per level, lowest first, with the
 * amount typed (in the UI language's number format; empty = no upper limit, the last level only), the
 * level's id and its Swedish name. Building the input reads the amounts and then runs the domain's
 * `validateDelegation`, so the form refuses what the API refuses, with the same codes.
 */

export interface DelegationRuleData {
  upTo: number | null;
  signatory: string;
  label: string | null;
}

export interface DelegationRow {
  /** React's key: stays with the row when rows are added or removed */
  key: string;
  upTo: string;
  signatory: string;
  label: string;
}

/** `upTo.1` / `signatory.0` / `label.2`, or `rules` for the list as a whole → validation code */
export type DelegationErrors = Record<string, string>;

export type RowField = 'upTo' | 'signatory' | 'label';
export const rowField = (field: RowField, index: number) => `${field}.${index}`;
export const RULES_FIELD = 'rules';

let nextKey = 0;
export function newRowKey(): string {
  nextKey += 1;
  return `level-${nextKey}`;
}

export function emptyRow(): DelegationRow {
  return { key: newRowKey(), upTo: '', signatory: '', label: '' };
}

/** The saved rules as rows, their amounts in the UI language's format (`500 000` / `500,000`). */
export function delegationRows(rules: readonly DelegationRuleData[], locale: string): DelegationRow[] {
  return rules.map((r) => ({
    key: newRowKey(),
    upTo: r.upTo === null ? '' : formatLocaleNumber(r.upTo, locale, { grouping: true, maximumFractionDigits: 0 }),
    signatory: r.signatory,
    label: r.label ?? '',
  }));
}

/** What was typed, rewritten for another number locale. */
export function relocaliseDelegationRows(rows: readonly DelegationRow[], from: string, to: string): DelegationRow[] {
  return rows.map((r) => {
    if (r.upTo.trim() === '') return r;
    const parsed = parseLocaleKronor(r.upTo, from);
    return parsed.ok ? { ...r, upTo: formatLocaleNumber(parsed.value, to, { grouping: true, maximumFractionDigits: 0 }) } : r;
  });
}

/** Rows compared by what they say (not by their keys). */
export function sameRows(a: readonly DelegationRow[], b: readonly DelegationRow[]): boolean {
  return a.length === b.length && a.every((r, i) => r.upTo === b[i]?.upTo && r.signatory === b[i]?.signatory && r.label === b[i]?.label);
}

export type DelegationInputResult = { ok: true; rules: ValidDelegationRule[] } | { ok: false; errors: DelegationErrors };

/** Where a domain or API field path belongs in the form: `delegation.1.upTo`, `rules.1.upTo` → `upTo.1`; the list → `rules`. */
export function placeDelegationField(path: string, rowCount: number): string | null {
  const m = /^(?:input\.)?(?:rules|delegation)(?:\.(\d+)(?:\.(upTo|signatory|label))?)?$/.exec(path);
  if (!m) return null;
  if (m[1] === undefined) return RULES_FIELD;
  const index = Number(m[1]);
  if (index >= rowCount) return RULES_FIELD;
  return rowField((m[2] as RowField | undefined) ?? 'signatory', index);
}

/**
 * Reads the rows: an amount in whole kronor (empty = no upper limit), the id trimmed, an empty name
 * left out; then the domain's rules (ascending amounts, only the last unbounded, each id once, 1–10
 * levels). Errors are keyed by the form's fields.
 */
export function buildDelegationInput(rows: readonly DelegationRow[], locale: string): DelegationInputResult {
  const errors: DelegationErrors = {};
  const candidate = rows.map((row, i) => {
    let upTo: number | null = null;
    if (row.upTo.trim() !== '') {
      const parsed = parseLocaleKronor(row.upTo, locale);
      if (parsed.ok) upTo = parsed.value;
      else errors[rowField('upTo', i)] = parsed.reason;
    }
    return { upTo, signatory: row.signatory.trim(), label: row.label.trim() === '' ? null : row.label.trim() };
  });
  const checked = validateDelegation(candidate);
  if (!checked.ok) {
    for (const e of checked.errors) {
      const at = placeDelegationField(e.field, rows.length) ?? RULES_FIELD;
      // an amount that could not be read keeps its own reason
      if (errors[at] === undefined) errors[at] = e.code;
    }
  }
  if (Object.keys(errors).length > 0 || !checked.ok) return { ok: false, errors };
  return { ok: true, rules: checked.value };
}

/**
 * Why an amount is OUT_OF_RANGE, from the rows as they stand: the last level has an amount (it has no
 * upper limit), an earlier level has none, or the amount is not above the level before.
 */
export function outOfRangeKind(rows: readonly DelegationRow[], index: number): 'LAST_BOUNDED' | 'MISSING' | 'NOT_ASCENDING' {
  const last = index === rows.length - 1;
  const empty = (rows[index]?.upTo.trim() ?? '') === '';
  if (last && !empty) return 'LAST_BOUNDED';
  if (!last && empty) return 'MISSING';
  return 'NOT_ASCENDING';
}

/** A level's name for display: the name given, else the known default, else the id. */
export function levelLabel(signatory: string, label: string | null | undefined): string {
  return label?.trim() || DELEGATION_LEVEL_LABELS[signatory] || signatory;
}

/** One line per level of what it decides: the amounts it covers and who. */
export type DelegationStep = { kind: 'all' | 'upTo' | 'between' | 'above'; from: number | null; upTo: number | null; label: string };

/** The rules as the steps a reader checks (only from rules that are valid). */
export function delegationSteps(rules: readonly DelegationRuleData[]): DelegationStep[] {
  let previous: number | null = null;
  return rules.map((r, i) => {
    const label = levelLabel(r.signatory, r.label);
    const from = previous;
    previous = r.upTo;
    if (r.upTo === null) return { kind: i === 0 ? 'all' : 'above', from, upTo: null, label };
    return { kind: i === 0 ? 'upTo' : 'between', from, upTo: r.upTo, label };
  });
}
