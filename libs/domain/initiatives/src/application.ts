import { z } from 'zod';
import { MAX_MONEY } from '@dp/domain/money';

/**
 * The application's fields beyond the first slice (ansökan): contact, current and desired situation,
 * effects, costs and financing, timeline, risks and dependencies, personal data and information security.
 * A draft may leave them empty; they are required before the department head can anchor it.
 */
export const APPLICATION_TEXT_MAX = 10_000;
export const INFORMATION_LEVELS = [1, 2, 3, 4] as const;
/** konsekvensbedömning (DPIA) */
export const DPIA_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_REQUIRED'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

/** Fields required before anchoring (förankring), in the order of the form's sections. */
export const MANDATORY_APPLICATION_FIELDS = [
  'title',
  'description',
  'contactName',
  'contactEmail',
  'currentSituation',
  'problem',
  'desiredSituation',
  'expectedEffects',
  'goalAreaIds',
  'requestedAmount',
  'plannedStart',
  'plannedEnd',
  'handlesPersonalData',
] as const;
export type MandatoryApplicationField = (typeof MANDATORY_APPLICATION_FIELDS)[number];

/** The application as the rules see it (null or empty = not answered). */
export interface ApplicationSnapshot {
  title?: string | null;
  description?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  currentSituation?: string | null;
  problem?: string | null;
  desiredSituation?: string | null;
  expectedEffects?: string | null;
  goalAreaIds?: readonly string[] | null;
  requestedAmount?: number | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  handlesPersonalData?: boolean | null;
  confidentialityLevel?: number | null;
  integrityLevel?: number | null;
  availabilityLevel?: number | null;
  dpiaStatus?: DpiaStatus | null;
}

function answered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return value > 0;
  return true;
}

/** The mandatory fields still empty. */
export function missingMandatoryFields(app: ApplicationSnapshot): MandatoryApplicationField[] {
  return MANDATORY_APPLICATION_FIELDS.filter((f) => !answered(app[f]));
}

/** Personal data: an information classification (K, R and T) and a settled DPIA are needed before a grant. */
export function personalDataAssessment(app: ApplicationSnapshot): { classified: boolean; dpiaSettled: boolean } {
  return {
    classified: [app.confidentialityLevel, app.integrityLevel, app.availabilityLevel].every((l) => typeof l === 'number'),
    dpiaSettled: app.dpiaStatus === 'DONE' || app.dpiaStatus === 'NOT_REQUIRED',
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(v: string): boolean {
  if (!DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Optional text: trimmed; '' clears the field. */
const text = (max: number) => z.string().trim().max(max, { error: 'TOO_LONG' });
const date = z
  .string()
  .trim()
  .refine((v) => v === '' || isIsoDate(v), { error: 'INVALID_DATE' });
const level = z
  .number({ error: 'OUT_OF_RANGE' })
  .int({ error: 'OUT_OF_RANGE' })
  .min(1, { error: 'OUT_OF_RANGE' })
  .max(4, { error: 'OUT_OF_RANGE' });

export const applicationDetailsShape = {
  contactName: text(200).optional(),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, { error: 'TOO_LONG' })
    .refine((v) => v === '' || z.email().safeParse(v).success, { error: 'INVALID_EMAIL' })
    .optional(),
  currentSituation: text(APPLICATION_TEXT_MAX).optional(),
  problem: text(APPLICATION_TEXT_MAX).optional(),
  desiredSituation: text(APPLICATION_TEXT_MAX).optional(),
  expectedEffects: text(APPLICATION_TEXT_MAX).optional(),
  risks: text(APPLICATION_TEXT_MAX).optional(),
  dependencies: text(APPLICATION_TEXT_MAX).optional(),
  coFinancing: z
    .number()
    .int({ error: 'NOT_WHOLE_KRONOR' })
    .min(0, { error: 'NEGATIVE' })
    .max(MAX_MONEY, { error: 'NOT_SAFE_INTEGER' })
    .optional(),
  plannedStart: date.optional(),
  plannedEnd: date.optional(),
  handlesPersonalData: z.boolean().optional(),
  confidentialityLevel: level.optional(),
  integrityLevel: level.optional(),
  availabilityLevel: level.optional(),
  dpiaStatus: z.enum(DPIA_STATUSES, { error: 'REQUIRED' }).optional(),
};

/** The planned end may not come before the planned start. */
export function datesInOrder(v: { plannedStart?: string; plannedEnd?: string }, ctx: z.RefinementCtx): void {
  if (v.plannedStart && v.plannedEnd && isIsoDate(v.plannedStart) && isIsoDate(v.plannedEnd) && v.plannedEnd < v.plannedStart) {
    ctx.addIssue({ code: 'custom', message: 'END_BEFORE_START', path: ['plannedEnd'] });
  }
}
