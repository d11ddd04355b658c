/**
 * beslut: what the decision maker records per initiative at (or after) the management group meeting —
 * granted (beviljad) with an amount that may be lower than requested, optional conditions (villkor) and
 * an optional split per year; rejected (avslag), deferred (bordlagd) or returned (återremitterad) with a
 * reason. Every decision has its date, its registration number (diarienummer) and optionally the meeting.
 *
 * The same schema runs in the decision form (react-hook-form with zod) and in the API, so both refuse the
 * same input with the same codes (`VALIDATION_CODES` of `@dp/domain/initiatives`).
 */
import { z } from 'zod';
import type { Money } from '@dp/domain/money';
import { toIndexedFieldErrors, type ValidationCode, type ValidationResult } from '@dp/domain/initiatives';
import type { BudgetYearAmount } from '@dp/domain/prioritisation';
import { wholeKronor } from './money-schema.js';

export const DECISION_OUTCOMES = [
  'GRANTED', // beviljad
  'REJECTED', // avslag
  'DEFERRED', // bordlagd
  'RETURNED', // återremitterad
] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** The outcomes that grant nothing and need a written reason. */
export const REASONED_OUTCOMES = ['REJECTED', 'DEFERRED', 'RETURNED'] as const satisfies readonly DecisionOutcome[];
export type ReasonedOutcome = (typeof REASONED_OUTCOMES)[number];

export const DECISION_LIMITS = {
  /** conditions (villkor) and reason (motivering) */
  textMax: 4000,
  registrationNumberMax: 40,
  meetingIdMax: 64,
} as const;

/**
 * diarienummer, e.g. `KS 2027/123`, `DP-2027-0042`, `SOCN 2027.15`: letters (å, ä, ö included), digits,
 * spaces and `-`, `/`, `.`; it starts and ends with a letter or a digit and contains at least one digit.
 */
export const REGISTRATION_NUMBER_PATTERN = /^(?=.*\d)[\p{L}\d](?:[\p{L}\d \-/.]*[\p{L}\d])?$/u;

interface DecisionBase {
  /** the date of the decision, YYYY-MM-DD */
  decidedOn: string;
  /** diarienummer, trimmed, inner whitespace collapsed to single spaces */
  registrationNumber: string;
  /** the management group meeting the decision was taken at, if any */
  meetingId: string | null;
}

/** beviljad */
export interface GrantDecision extends DecisionBase {
  outcome: 'GRANTED';
  /** whole kronor, 1 … the requested amount */
  grantedAmount: Money;
  /** villkor */
  conditions: string | null;
  /** motivering, optional for a grant */
  reason: string | null;
  /** the grant per year of the round's horizon, in year order, summing exactly to `grantedAmount`; null = not split */
  amountsByYear: BudgetYearAmount[] | null;
}

/** avslag, bordlagd, återremitterad */
export interface ReasonedDecision extends DecisionBase {
  outcome: ReasonedOutcome;
  /** motivering, required */
  reason: string;
}

export type Decision = GrantDecision | ReasonedDecision;

/** What the rules need to know besides the input. */
export interface DecisionContext {
  /** the initiative's requested amount, whole kronor: a grant may not exceed it */
  requestedAmount: Money;
  /** the round's horizon years: the only years a grant may be split over */
  years: readonly number[];
  /** today (YYYY-MM-DD); when given, a decision may not be dated after it */
  today?: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Schema

const code = (c: ValidationCode) => ({ error: c });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const requiredText = (max: number) => z.string(code('REQUIRED')).trim().min(1, code('REQUIRED')).max(max, code('TOO_LONG'));

/** Optional text: trimmed; missing, null and '' all mean none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, code('TOO_LONG'))
    .nullish()
    .transform((s) => (s ? s : null));

const decidedOn = (today: string | null | undefined) =>
  z
    .string(code('REQUIRED'))
    .trim()
    .min(1, code('REQUIRED'))
    .refine(isIsoDate, code('INVALID_DATE'))
    // ISO dates compare as text; a decision is recorded once taken, never ahead of time
    .refine((d) => !today || d <= today, code('OUT_OF_RANGE'));

/**
 * There is no pattern code among VALIDATION_CODES (INVALID_EMAIL and INVALID_DATE are specific), so a
 * registration number that does not match `REGISTRATION_NUMBER_PATTERN` is OUT_OF_RANGE: outside the
 * characters and form a diarienummer may take.
 */
export const registrationNumberSchema = z
  .string(code('REQUIRED'))
  .trim()
  .transform((s) => s.replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, code('REQUIRED'))
      .max(DECISION_LIMITS.registrationNumberMax, code('TOO_LONG'))
      .regex(REGISTRATION_NUMBER_PATTERN, code('OUT_OF_RANGE')),
  );

const meetingId = optionalText(DECISION_LIMITS.meetingIdMax);

function amountsByYear(years: readonly number[]) {
  const allowed = new Set(years);
  const row = z.object({
    year: z.number(code('REQUIRED')).int(code('OUTSIDE_HORIZON')).refine((y) => allowed.has(y), code('OUTSIDE_HORIZON')),
    amount: wholeKronor().min(0, code('NEGATIVE')),
  });
  return z
    .array(row, code('REQUIRED'))
    .superRefine((rows, ctx) => {
      const seen = new Set<number>();
      rows.forEach((r, i) => {
        if (seen.has(r.year)) ctx.addIssue({ code: 'custom', message: 'DUPLICATE', path: [i, 'year'] });
        seen.add(r.year);
      });
    })
    .nullish()
    .transform((rows) => (rows && rows.length > 0 ? [...rows].sort((a, b) => a.year - b.year) : null));
}

function grantSchema(context: DecisionContext) {
  return z
    .object({
      outcome: z.literal('GRANTED'),
      grantedAmount: wholeKronor().min(1, code('NOT_POSITIVE')).refine((a) => a <= context.requestedAmount, code('OUT_OF_RANGE')),
      conditions: optionalText(DECISION_LIMITS.textMax),
      reason: optionalText(DECISION_LIMITS.textMax),
      amountsByYear: amountsByYear(context.years),
      decidedOn: decidedOn(context.today),
      registrationNumber: registrationNumberSchema,
      meetingId,
    })
    .superRefine((d, ctx) => {
      if (d.amountsByYear && d.amountsByYear.reduce((s, r) => s + r.amount, 0) !== d.grantedAmount) {
        ctx.addIssue({ code: 'custom', message: 'OUT_OF_RANGE', path: ['amountsByYear'] });
      }
    });
}

function reasonedSchema(context: DecisionContext) {
  return z.object({
    outcome: z.enum(REASONED_OUTCOMES),
    reason: requiredText(DECISION_LIMITS.textMax),
    decidedOn: decidedOn(context.today),
    registrationNumber: registrationNumberSchema,
    meetingId,
  });
}

function outcomeMissing(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return true;
  const o = (input as { outcome?: unknown }).outcome;
  return o === undefined || o === null || o === '';
}

/**
 * The decision schema for one initiative. Fields that do not belong to the outcome (an amount on a
 * rejection) are dropped. An unknown outcome is OUT_OF_RANGE, a missing one REQUIRED; the other fields
 * are checked once the outcome is known.
 */
export function decisionSchema(context: DecisionContext) {
  return z.discriminatedUnion('outcome', [grantSchema(context), reasonedSchema(context)], {
    error: (issue) => (outcomeMissing(issue.input) ? 'REQUIRED' : 'OUT_OF_RANGE'),
  });
}

/** The input the form and the API send (before trimming and defaults). */
export type DecisionInput = z.input<ReturnType<typeof decisionSchema>>;

/**
 * Validates a decision for an initiative. Codes: `outcome` REQUIRED / OUT_OF_RANGE; `grantedAmount`
 * REQUIRED, NOT_WHOLE_KRONOR, NOT_POSITIVE, NOT_SAFE_INTEGER, OUT_OF_RANGE (more than requested);
 * `conditions`, `reason` TOO_LONG, and `reason` REQUIRED unless granted; `amountsByYear.i.year`
 * OUTSIDE_HORIZON or DUPLICATE, `amountsByYear.i.amount` NEGATIVE or NOT_WHOLE_KRONOR, `amountsByYear`
 * OUT_OF_RANGE when the split does not add up to the granted amount exactly; `decidedOn` REQUIRED,
 * INVALID_DATE, OUT_OF_RANGE (after `today`); `registrationNumber` REQUIRED, TOO_LONG, OUT_OF_RANGE (not
 * a diarienummer); `meetingId` TOO_LONG. Field paths keep list indexes.
 */
export function validateDecision(input: unknown, context: DecisionContext): ValidationResult<Decision> {
  if (typeof input !== 'object' || input === null) return { ok: false, errors: [{ field: 'outcome', code: 'REQUIRED' }] };
  const r = decisionSchema(context).safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toIndexedFieldErrors(r.error) };
}

/** The amount a decision commits against the fund: the granted amount, 0 for every other outcome. */
export function committedAmount(decision: Decision): Money {
  return decision.outcome === 'GRANTED' ? decision.grantedAmount : 0;
}
