import { z } from 'zod';
import { MAX_MONEY } from '@dp/domain/money';
import { applicationDetailsShape, datesInOrder } from './application.js';

/** Limits shared by the API's validation and the application form. */
export const INITIATIVE_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  descriptionMax: 10_000,
  goalAreasMin: 1,
  goalAreasMax: 10,
  requestedAmountMin: 1,
  requestedAmountMax: MAX_MONEY,
} as const;

/**
 * Stable validation codes. The API returns them in `extensions.reason`; the client translates them.
 * The message of every zod issue below is one of these codes.
 */
export const VALIDATION_CODES = [
  'REQUIRED',
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_FEW',
  'TOO_MANY',
  'DUPLICATE',
  'NOT_WHOLE_KRONOR',
  'NOT_POSITIVE',
  'NOT_SAFE_INTEGER',
  'UNKNOWN_REFERENCE',
  'EXCEEDS_ROUND_BUDGET',
  'INVALID_EMAIL',
  'INVALID_DATE',
  'END_BEFORE_START',
  'OUT_OF_RANGE',
  'NEGATIVE',
  'OUTSIDE_HORIZON',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

export interface FieldError {
  /** dot path inside the input, e.g. `title` or `goalAreaIds` */
  field: string;
  code: ValidationCode;
}

const title = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, { error: 'REQUIRED' })
  .min(INITIATIVE_LIMITS.titleMin, { error: 'TOO_SHORT' })
  .max(INITIATIVE_LIMITS.titleMax, { error: 'TOO_LONG' });

const description = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, { error: 'REQUIRED' })
  .max(INITIATIVE_LIMITS.descriptionMax, { error: 'TOO_LONG' });

const id = z.string({ error: 'REQUIRED' }).trim().min(1, { error: 'REQUIRED' });

const goalAreaIds = z
  .array(id, { error: 'REQUIRED' })
  .min(INITIATIVE_LIMITS.goalAreasMin, { error: 'TOO_FEW' })
  .max(INITIATIVE_LIMITS.goalAreasMax, { error: 'TOO_MANY' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'DUPLICATE' });

const requestedAmount = z
  .number({ error: 'REQUIRED' })
  .int({ error: 'NOT_WHOLE_KRONOR' })
  .min(INITIATIVE_LIMITS.requestedAmountMin, { error: 'NOT_POSITIVE' })
  .max(INITIATIVE_LIMITS.requestedAmountMax, { error: 'NOT_SAFE_INTEGER' });

const initiativeShape = {
  title,
  description,
  departmentId: id,
  fundRoundId: id,
  goalAreaIds,
  requestedAmount,
  ...applicationDetailsShape,
};

/**
 * A new initiative: the first six fields are needed to save a draft; the application's other fields
 * (contact, situation, effects, financing, timeline, risks, personal data) may follow while drafting.
 */
export const createInitiativeSchema = z.object(initiativeShape).superRefine(datesInOrder);
export type CreateInitiativeInput = z.input<typeof createInitiativeSchema>;
export type ValidCreateInitiativeInput = z.output<typeof createInitiativeSchema>;

/** An edit: every field optional, the same rules for those given; '' clears an optional text or date. */
export const updateInitiativeSchema = z.object(initiativeShape).partial().superRefine(datesInOrder);
export type UpdateInitiativeInput = z.input<typeof updateInitiativeSchema>;
export type ValidUpdateInitiativeInput = z.output<typeof updateInitiativeSchema>;

function isValidationCode(value: string): value is ValidationCode {
  return (VALIDATION_CODES as readonly string[]).includes(value);
}

/** Maps a zod error from the schemas above to field errors, the first per field. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = issue.path.filter((p) => typeof p !== 'number').join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, code: isValidationCode(issue.message) ? issue.message : 'REQUIRED' });
  }
  return out;
}

/**
 * Maps a zod error to field errors with the full path, indexes kept (`benefits.2.amounts.0.amount`), the
 * first per field: for inputs with lists whose items the client marks one by one.
 */
export function toIndexedFieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, code: isValidationCode(issue.message) ? issue.message : 'REQUIRED' });
  }
  return out;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function validateCreateInitiative(input: unknown): ValidationResult<ValidCreateInitiativeInput> {
  const r = createInitiativeSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toFieldErrors(r.error) };
}

export function validateUpdateInitiative(input: unknown): ValidationResult<ValidUpdateInitiativeInput> {
  // undefined and null both mean "not changed" for an edit
  const cleaned =
    input && typeof input === 'object'
      ? Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined))
      : input;
  const r = updateInitiativeSchema.safeParse(cleaned);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toFieldErrors(r.error) };
}

/** A requested amount may not exceed the round's whole budget. */
export function checkRequestedAmountWithinBudget(requestedAmount: number, roundBudget: number): FieldError[] {
  return requestedAmount > roundBudget ? [{ field: 'requestedAmount', code: 'EXCEEDS_ROUND_BUDGET' }] : [];
}
