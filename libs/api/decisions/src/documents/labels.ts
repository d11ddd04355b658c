import type { DocDecision } from './document-data.js';

/** The workflow statuses in Swedish, the same words as the web client's `status` (libs/web/ui i18n sv). */
export const STATUS_LABELS_SV: Readonly<Record<string, string>> = {
  DRAFT: 'Utkast',
  AWAITING_ANCHORING: 'Väntar på förankring',
  SUBMITTED: 'Inskickad',
  IN_PREPARATION: 'Under beredning',
  AWAITING_COMPLETION: 'Komplettering begärd',
  PREPARED: 'Beredd',
  GRANTED: 'Beviljad',
  REJECTED: 'Avslag',
  DEFERRED: 'Bordlagd',
  IN_PROGRESS: 'Pågår',
  COMPLETED: 'Genomförd',
  FOLLOWED_UP: 'Uppföljd',
  WITHDRAWN: 'Återtagen',
};

/** Status in Swedish; an unknown code is shown as it is rather than hidden. */
export function statusLabel(status: string): string {
  return STATUS_LABELS_SV[status] ?? status;
}

type Outcome = DocDecision['outcome'];

/** The outcome as a noun, as in lists and exports (glossary: beviljad, avslag, bordlagd, återremitterad). */
export const OUTCOME_LABELS_SV: Readonly<Record<Outcome, string>> = {
  GRANTED: 'Beviljad',
  REJECTED: 'Avslag',
  DEFERRED: 'Bordlagd',
  RETURNED: 'Återremitterad',
};

/** The outcome as the minutes word it ("Ärendet …"): beviljas, avslås, bordläggs, återremitteras. */
export const OUTCOME_VERBS_SV: Readonly<Record<Outcome, string>> = {
  GRANTED: 'Beviljas',
  REJECTED: 'Avslås',
  DEFERRED: 'Bordläggs',
  RETURNED: 'Återremitteras',
};

export function yesNo(value: boolean): string {
  return value ? 'Ja' : 'Nej';
}

/** Ska-krav: met, not met, or not yet assessed. */
export function eligibilityLabel(eligible: boolean | null): string {
  if (eligible === null) return 'Ej bedömda';
  return eligible ? 'Uppfyllda' : 'Ej uppfyllda';
}
