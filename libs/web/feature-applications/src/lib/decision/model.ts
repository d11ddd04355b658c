/** The outcomes of a decision (beslut): beviljad, avslag, bordlagd, återremitterad. */
export type DecisionOutcomeCode = 'GRANTED' | 'REJECTED' | 'DEFERRED' | 'RETURNED';

/** A decision as the panel shows it (the shape of the InitiativeDecisionFields fragment). */
export interface DecisionView {
  id: string;
  outcome: DecisionOutcomeCode;
  grantedAmount: number | null;
  amountsByYear: ReadonlyArray<{ year: number; amount: number }> | null;
  conditions: string | null;
  reason: string | null;
  /** YYYY-MM-DD */
  decidedOn: string;
  registrationNumber: string;
  decidedByName: string;
  signatory: string;
  signatoryLabel: string;
  meeting: { id: string; title: string; heldOn: string } | null;
  overcommitted: boolean;
  overcommitReason: string | null;
  /** SHA-256 (hex) of the frozen snapshot */
  fingerprint: string;
  snapshotIntact: boolean;
}

/** How many hex characters of the fingerprint the page shows (enough to compare by eye). */
export const FINGERPRINT_SHOWN = 12;

export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, FINGERPRINT_SHOWN);
}
