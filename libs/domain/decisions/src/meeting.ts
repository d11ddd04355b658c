/**
 * ledningsgruppsmöte: the management group meeting where the proposal is presented and decided. The
 * same schema checks the meeting form in the browser and the API.
 */
import { z } from 'zod';
import { toIndexedFieldErrors, type ValidationCode, type ValidationResult } from '@dp/domain/initiatives';
import { isIsoDate, registrationNumberSchema } from './decision.js';

export const MEETING_LIMITS = { titleMax: 200, participantMax: 200, participantsMax: 60, notesMax: 20_000 } as const;

const code = (c: ValidationCode) => ({ error: c });

export const meetingSchema = z.object({
  title: z.string(code('REQUIRED')).trim().min(1, code('REQUIRED')).max(MEETING_LIMITS.titleMax, code('TOO_LONG')),
  heldOn: z.string(code('REQUIRED')).trim().min(1, code('REQUIRED')).refine(isIsoDate, code('INVALID_DATE')),
  /** one entry per person (name and title); blank lines are dropped */
  participants: z
    .array(z.string().trim().max(MEETING_LIMITS.participantMax, code('TOO_LONG')), code('REQUIRED'))
    .max(MEETING_LIMITS.participantsMax, code('TOO_LONG'))
    .transform((names) => names.filter((n) => n.length > 0)),
  notes: z
    .string()
    .trim()
    .max(MEETING_LIMITS.notesMax, code('TOO_LONG'))
    .nullish()
    .transform((s) => (s ? s : null)),
  registrationNumber: z
    .string()
    .nullish()
    .transform((s) => (s && s.trim() ? s : null))
    .pipe(registrationNumberSchema.nullable()),
});

export type MeetingInput = z.input<typeof meetingSchema>;
export type ValidMeeting = z.output<typeof meetingSchema>;

/**
 * Validates a meeting. Codes: `title` REQUIRED / TOO_LONG; `heldOn` REQUIRED / INVALID_DATE;
 * `participants` TOO_LONG (too many), `participants.i` TOO_LONG; `notes` TOO_LONG; `registrationNumber`
 * TOO_LONG / OUT_OF_RANGE (not a diarienummer), optional.
 */
export function validateMeeting(input: unknown): ValidationResult<ValidMeeting> {
  const r = meetingSchema.safeParse(input ?? {});
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toIndexedFieldErrors(r.error) };
}
