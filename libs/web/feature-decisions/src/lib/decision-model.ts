import {
  COMMITMENT_LIMITS,
  DECISION_LIMITS,
  delegationLabel,
  validateDecision,
  type DecisionOutcome,
  type DelegationRule,
} from '@dp/domain/decisions';
import { parseMoneyInput } from '@dp/domain/money';
import { splitByYear } from '@dp/domain/prioritisation';
import { normaliseRegistrationNumber } from './meeting-model';

/** A year and an amount (kronor). */
export interface YearAmountData {
  year: number;
  amount: number;
}

/** The decision form as typed. */
export interface DecisionFormValues {
  outcome: DecisionOutcome | null;
  /** the granted amount as typed (`1 200 000`) */
  grantedAmount: string;
  /** the user splits the grant per year themselves */
  split: boolean;
  /** one row per budget year, the amount as typed */
  years: { year: number; amount: string }[];
  conditions: string;
  reason: string;
  decidedOn: string;
  registrationNumber: string;
  overcommitReason: string;
}

/** An error at a form field: the validation code and the values its text names. */
export interface DecisionFieldError {
  code: string;
  params?: Record<string, string | number>;
}

/**
 * Errors by form field: `outcome`, `grantedAmount`, `amountsByYear` (the split as a whole), `years.<i>`
 * (a row of the split), `conditions`, `reason`, `decidedOn`, `registrationNumber`, `overcommitReason`.
 */
export type DecisionFormErrors = Record<string, DecisionFieldError>;

/** What the rules need besides the form. */
export interface DecisionFormContext {
  initiativeId: string;
  initiativeVersion: number;
  meetingId: string | null;
  /** the initiative's requested amount: a grant may not exceed it */
  requestedAmount: number;
  /** the round's horizon years: a grant may be split over these only */
  horizonYears: readonly number[];
  /** today (YYYY-MM-DD): a decision may not be dated later */
  today: string;
}

/** DecisionInput as the API takes it. */
export interface DecisionInputShape {
  initiativeId: string;
  initiativeVersion: number;
  meetingId?: string | null;
  outcome: DecisionOutcome;
  grantedAmount?: number | null;
  amountsByYear?: YearAmountData[] | null;
  conditions?: string | null;
  reason?: string | null;
  decidedOn: string;
  registrationNumber: string;
  overcommitReason?: string | null;
}

/** The form fields a server error path or a domain path lands on (`amountsByYear.1.amount` → `years.<row>`). */
export type RowOfSent = (sentIndex: number) => number | undefined;

/** The years a grant can be split over: the yearly budgets' years if the round has them, else the horizon. */
export function splitYears(budgetYears: readonly number[], horizonYears: readonly number[]): number[] {
  return [...(budgetYears.length > 0 ? budgetYears : horizonYears)].sort((a, b) => a - b);
}

/** The years baseYear … baseYear + horizonYears of a round's calculation parameters. */
export function horizonOf(parameters: { baseYear: number; horizonYears: number }): number[] {
  return Array.from({ length: parameters.horizonYears + 1 }, (_, k) => parameters.baseYear + k);
}

/**
 * The split the API would make by default: the amount divided by the weights (the requested amount per
 * year by the calculation's one-off costs), in whole kronor, as rows for `years` (and any weighted year
 * outside them).
 */
export function defaultSplitRows(
  amount: number,
  weights: readonly YearAmountData[] | null,
  years: readonly number[],
  fallbackYear: number,
  formatAmount: (amount: number) => string,
): { year: number; amount: string }[] {
  const parts = amount > 0 ? splitByYear(amount, weights ?? [], years.includes(fallbackYear) ? fallbackYear : (years[0] ?? fallbackYear)) : [];
  const byYear = new Map(parts.map((p) => [p.year, p.amount]));
  const all = [...new Set([...years, ...byYear.keys()])].sort((a, b) => a - b);
  return all.map((year) => ({ year, amount: formatAmount(byYear.get(year) ?? 0) }));
}

/** The form as it opens: the requested amount, today, the meeting's diarienummer. */
export function initialDecisionValues(options: { requestedAmount: number; registrationNumber: string | null; today: string; formatAmount: (amount: number) => string }): DecisionFormValues {
  return {
    outcome: null,
    grantedAmount: options.formatAmount(options.requestedAmount),
    split: false,
    years: [],
    conditions: '',
    reason: '',
    decidedOn: options.today,
    registrationNumber: options.registrationNumber ?? '',
    overcommitReason: '',
  };
}

/** Σ of the split's rows that read as amounts (null when a row does not). */
export function splitSum(values: DecisionFormValues): number | null {
  let sum = 0;
  for (const row of values.years) {
    if (row.amount.trim() === '') continue;
    const parsed = parseMoneyInput(row.amount);
    if (!parsed.ok) return null;
    sum += parsed.value;
  }
  return sum;
}

/** The granted amount as typed, when it reads as whole kronor. */
export function typedGrant(values: DecisionFormValues): number | null {
  const parsed = parseMoneyInput(values.grantedAmount);
  return parsed.ok ? parsed.value : null;
}

const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/**
 * Checks the form with the domain's rules (`validateDecision`, the same codes as the API) and builds the
 * input. Amounts are read the way Swedes type them first (NOT_A_NUMBER when they cannot be). A split sends
 * the years with an amount (rows left at 0 or empty are not sent; a round with yearly budgets refuses
 * years without one). `withOvercommit` adds the reason for an over-commitment (at least 10 characters).
 */
export function buildDecision(
  values: DecisionFormValues,
  context: DecisionFormContext,
  withOvercommit: boolean,
): { ok: true; input: DecisionInputShape; rowOfSent: RowOfSent } | { ok: false; errors: DecisionFormErrors; rowOfSent: RowOfSent } {
  const errors: DecisionFormErrors = {};
  const granted = values.outcome === 'GRANTED';

  let grantedAmount: number | undefined;
  if (granted) {
    if (values.grantedAmount.trim() === '') errors['grantedAmount'] = { code: 'REQUIRED' };
    else {
      const parsed = parseMoneyInput(values.grantedAmount);
      if (parsed.ok) grantedAmount = parsed.value;
      else errors['grantedAmount'] = { code: parsed.reason };
    }
  }

  // the rows sent: those with an amount other than 0, in year order; `sentRows[i]` is the form row of amountsByYear.i
  const sentRows: number[] = [];
  const amountsByYear: YearAmountData[] = [];
  if (granted && values.split) {
    values.years.forEach((row, k) => {
      if (row.amount.trim() === '') return;
      const parsed = parseMoneyInput(row.amount);
      if (!parsed.ok) {
        errors[`years.${k}`] = { code: parsed.reason };
        return;
      }
      if (parsed.value === 0) return;
      sentRows.push(k);
      amountsByYear.push({ year: row.year, amount: parsed.value });
    });
  }
  const rowOfSent: RowOfSent = (i) => sentRows[i];

  const domainInput = {
    outcome: values.outcome ?? undefined,
    ...(granted
      ? {
          grantedAmount: grantedAmount ?? 0,
          amountsByYear: values.split ? amountsByYear : null,
          conditions: text(values.conditions),
          reason: text(values.reason),
        }
      : { reason: values.reason }),
    decidedOn: values.decidedOn,
    registrationNumber: values.registrationNumber,
    meetingId: context.meetingId,
  };
  const checked = validateDecision(domainInput, { requestedAmount: context.requestedAmount, years: context.horizonYears, today: context.today });
  if (!checked.ok) {
    for (const e of checked.errors) {
      const field = placeDecisionError(e.field, rowOfSent);
      // an amount that could not be read keeps its own code
      if (field && !errors[field]) errors[field] = { code: e.code, params: paramsFor(field, e.code, context, grantedAmount, amountsByYear) };
    }
  }

  let overcommitReason: string | null = null;
  if (granted && withOvercommit) {
    const reason = values.overcommitReason.trim();
    if (!reason) errors['overcommitReason'] = { code: 'REQUIRED' };
    else if (reason.length < COMMITMENT_LIMITS.overcommitReasonMin) errors['overcommitReason'] = { code: 'TOO_SHORT', params: { min: COMMITMENT_LIMITS.overcommitReasonMin } };
    else if (reason.length > COMMITMENT_LIMITS.overcommitReasonMax) errors['overcommitReason'] = { code: 'TOO_LONG', params: { max: COMMITMENT_LIMITS.overcommitReasonMax } };
    else overcommitReason = reason;
  }

  if (Object.keys(errors).length > 0 || !values.outcome) return { ok: false, errors, rowOfSent };

  const base = {
    initiativeId: context.initiativeId,
    initiativeVersion: context.initiativeVersion,
    meetingId: context.meetingId,
    decidedOn: values.decidedOn.trim(),
    registrationNumber: normaliseRegistrationNumber(values.registrationNumber),
  };
  const input: DecisionInputShape = granted
    ? {
        ...base,
        outcome: 'GRANTED',
        grantedAmount: grantedAmount ?? 0,
        amountsByYear: values.split ? amountsByYear : null,
        conditions: text(values.conditions),
        reason: text(values.reason),
        ...(overcommitReason ? { overcommitReason } : {}),
      }
    : { ...base, outcome: values.outcome, reason: values.reason.trim() };
  return { ok: true, input, rowOfSent };
}

function paramsFor(field: string, code: string, context: DecisionFormContext, grantedAmount: number | undefined, rows: readonly YearAmountData[]): Record<string, number> | undefined {
  if (code === 'TOO_LONG') return { max: field === 'registrationNumber' ? DECISION_LIMITS.registrationNumberMax : DECISION_LIMITS.textMax };
  if (field === 'grantedAmount' && code === 'OUT_OF_RANGE') return { requested: context.requestedAmount };
  if (field === 'amountsByYear' && code === 'OUT_OF_RANGE') return { amount: grantedAmount ?? 0, sum: rows.reduce((s, r) => s + r.amount, 0) };
  return undefined;
}

const DIRECT_FIELDS = ['outcome', 'grantedAmount', 'conditions', 'reason', 'decidedOn', 'registrationNumber', 'overcommitReason'];

/**
 * The form field of a domain or server error path: `amountsByYear.<i>.amount` and `.year` → the form row
 * that was sent as the i-th year, `amountsByYear` → the split as a whole; null when the form has no field
 * (`meetingId`, `initiativeId`).
 */
export function placeDecisionError(path: string, rowOfSent: RowOfSent): string | null {
  const parts = path.split('.');
  const head = parts[0] ?? '';
  if (DIRECT_FIELDS.includes(head)) return head;
  if (head === 'amountsByYear') {
    if (parts.length === 1) return 'amountsByYear';
    const row = rowOfSent(Number(parts[1]));
    return row === undefined ? 'amountsByYear' : `years.${row}`;
  }
  return null;
}

/** Who signs, as the form says it: "Beslut över 500 000 kr fattas av Kommundirektör". */
export type SignatoryHint = { kind: 'above'; amount: number; label: string } | { kind: 'upTo'; amount: number; label: string } | { kind: 'only'; label: string };

/**
 * The delegation level that must sign a decision of `amount` under the round's rules, with the threshold
 * it starts above; without rules, the level the API named for the requested amount (`fallbackLabel`).
 */
export function signatoryHint(rules: readonly DelegationRule[], amount: number, fallbackLabel: string | null): SignatoryHint | null {
  const index = rules.findIndex((r) => r.upTo === null || amount <= r.upTo);
  const rule = index >= 0 ? rules[index] : undefined;
  if (!rule) return fallbackLabel ? { kind: 'only', label: fallbackLabel } : null;
  const label = delegationLabel(rules, rule.signatory);
  const previous = index > 0 ? rules[index - 1] : undefined;
  if (previous?.upTo !== undefined && previous.upTo !== null) return { kind: 'above', amount: previous.upTo, label };
  if (rule.upTo !== null) return { kind: 'upTo', amount: rule.upTo, label };
  return { kind: 'only', label };
}
