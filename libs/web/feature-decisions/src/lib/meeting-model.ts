import { DECISION_LIMITS, MEETING_LIMITS, validateMeeting } from '@dp/domain/decisions';

/** The meeting form as typed: participants one per line. */
export interface MeetingFormValues {
  title: string;
  heldOn: string;
  participants: string;
  registrationNumber: string;
  notes: string;
}

export type MeetingField = keyof MeetingFormValues;

export const MEETING_FIELDS: readonly MeetingField[] = ['title', 'heldOn', 'participants', 'registrationNumber', 'notes'];

/** What `createMeeting` and `updateMeeting` take (MeetingInput). */
export interface MeetingInputShape {
  title: string;
  heldOn: string;
  participants: string[];
  notes: string | null;
  registrationNumber: string | null;
}

/** An error at a field: its code and the limit the text names. */
export interface MeetingFieldError {
  code: string;
  max?: number;
}

export type MeetingFormErrors = Partial<Record<MeetingField, MeetingFieldError>>;

export interface MeetingLike {
  title: string;
  heldOn: string;
  participants: readonly string[];
  notes: string | null;
  registrationNumber: string | null;
}

/** The form's values for a meeting. */
export function toMeetingFormValues(meeting: MeetingLike): MeetingFormValues {
  return {
    title: meeting.title,
    heldOn: meeting.heldOn,
    participants: meeting.participants.join('\n'),
    registrationNumber: meeting.registrationNumber ?? '',
    notes: meeting.notes ?? '',
  };
}

/** A diarienummer as stored: trimmed, inner whitespace collapsed. */
export function normaliseRegistrationNumber(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** The form field of a domain or server error's path (`participants.2` → participants), or null when the form has none. */
export function placeMeetingError(path: string): MeetingField | null {
  const head = path.split('.')[0] as MeetingField;
  return MEETING_FIELDS.includes(head) ? head : null;
}

/** The limit a TOO_LONG at a path names: characters of a field or a participant, or the number of participants. */
function maxFor(path: string): number | undefined {
  if (path === 'title') return MEETING_LIMITS.titleMax;
  if (path === 'notes') return MEETING_LIMITS.notesMax;
  if (path === 'registrationNumber') return DECISION_LIMITS.registrationNumberMax;
  if (path === 'participants') return MEETING_LIMITS.participantsMax;
  if (path.startsWith('participants.')) return MEETING_LIMITS.participantMax;
  return undefined;
}

/** A meeting error (code at a path) as the form shows it, with the limit a TOO_LONG names. */
export function meetingFieldError(path: string, code: string): MeetingFieldError {
  // too many participants is the list's TOO_LONG; it reads TOO_MANY in the form
  const shown = path === 'participants' && code === 'TOO_LONG' ? 'TOO_MANY' : code;
  const max = code === 'TOO_LONG' ? maxFor(path) : undefined;
  return max === undefined ? { code: shown } : { code: shown, max };
}

/**
 * Checks the form with the domain's rules (`validateMeeting`, the same codes as the API) and builds the
 * input: a title, a date that exists (YYYY-MM-DD), participants one per line (empty lines dropped), an
 * optional diarienummer (`KS 2027/123`) and optional notes.
 */
export function buildMeetingInput(values: MeetingFormValues): { ok: true; input: MeetingInputShape } | { ok: false; errors: MeetingFormErrors } {
  const raw = {
    title: values.title,
    heldOn: values.heldOn,
    participants: values.participants.split(/\r?\n/),
    notes: values.notes,
    registrationNumber: values.registrationNumber,
  };
  const checked = validateMeeting(raw);
  if (!checked.ok) {
    const errors: MeetingFormErrors = {};
    for (const e of checked.errors) {
      const field = placeMeetingError(e.field);
      if (field && !errors[field]) errors[field] = meetingFieldError(e.field, e.code);
    }
    return { ok: false, errors };
  }
  const v = checked.value;
  return { ok: true, input: { title: v.title, heldOn: v.heldOn, participants: v.participants, notes: v.notes, registrationNumber: v.registrationNumber } };
}

export const sameMeetingValues = (a: MeetingFormValues, b: MeetingFormValues) => MEETING_FIELDS.every((f) => a[f] === b[f]);

/** Sorts the API's field errors of a meeting into the form's fields; the rest (no such field) are unplaced. */
export function placeServerMeetingErrors<E extends { field: string; reason: string }>(fields: readonly E[]): { errors: MeetingFormErrors; unplaced: E[] } {
  const errors: MeetingFormErrors = {};
  const unplaced: E[] = [];
  for (const e of fields) {
    const field = placeMeetingError(e.field);
    if (!field) unplaced.push(e);
    else if (!errors[field]) errors[field] = meetingFieldError(e.field, e.reason);
  }
  return { errors, unplaced };
}
