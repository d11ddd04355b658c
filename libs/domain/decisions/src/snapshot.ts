/**
 * What a decision freezes (fryst beslutsunderlag): the calculation figures in force when it was taken,
 * the weighted score with the fingerprint of the criteria set it was computed with, and the scenario it
 * was taken on with that scenario's result. Stored with the decision as canonical JSON and a SHA-256
 * fingerprint of that text, so anyone can later show that the basis has not changed since.
 *
 * The fingerprint uses the same canonical JSON and SHA-256 as the criteria set (`@dp/domain/prioritisation`):
 * object keys sorted, no whitespace, array order kept, so the browser and the API compute the same value.
 */
import type { Money } from '@dp/domain/money';
import type { BenefitFigures } from '@dp/domain/benefits';
import { canonicalJson, sha256Hex, type BudgetYearAmount } from '@dp/domain/prioritisation';
import type { Decision, DecisionOutcome } from './decision.js';

/** Identifies the snapshot's content; bump it when its shape changes. */
export const DECISION_SNAPSHOT_FORMAT = 'dp-decision-snapshot/1';

/** The calculation in force (the reviewed one when there is one, else the applicant's). */
export interface FrozenCalculation {
  kind: 'APPLICANT' | 'REVIEWED';
  /** the calculation's id, if stored */
  id?: string | null;
  figures: BenefitFigures;
}

export interface FrozenScore {
  /** the weighted score, 0–100 (null when incomplete) */
  score: number | null;
  /** the score over the scored criteria only */
  partialScore?: number | null;
  /** `criteriaSetFingerprint` of the criteria set the score was computed with (64 hex digits) */
  criteriaSetFingerprint: string;
}

export interface FrozenScenario {
  id: string;
  /** the scenario's result as stored (JSON: selected ids, sums, cost per year, …) */
  result: unknown;
}

/** The decision's own essentials, so the snapshot cannot be moved to another decision unnoticed. */
export interface FrozenDecision {
  outcome: DecisionOutcome;
  grantedAmount: Money | null;
  amountsByYear: readonly BudgetYearAmount[] | null;
  decidedOn: string;
  registrationNumber: string;
}

export interface DecisionSnapshotInput {
  initiativeId: string;
  decision: FrozenDecision;
  /** null when the initiative has no calculation */
  calculation: FrozenCalculation | null;
  /** null when it was not scored */
  score: FrozenScore | null;
  /** null when the decision was not taken on a scenario */
  scenario: FrozenScenario | null;
}

export interface DecisionSnapshot extends DecisionSnapshotInput {
  format: typeof DECISION_SNAPSHOT_FORMAT;
}

export interface FrozenSnapshot {
  snapshot: DecisionSnapshot;
  /** canonical JSON of the snapshot: store this text */
  canonical: string;
  /** SHA-256 (hex, lower case) of `canonical` */
  fingerprint: string;
}

const HEX64 = /^[0-9a-f]{64}$/i;

/** The decision's essentials for its snapshot. */
export function frozenDecision(decision: Decision): FrozenDecision {
  const granted = decision.outcome === 'GRANTED';
  return {
    outcome: decision.outcome,
    grantedAmount: granted ? decision.grantedAmount : null,
    amountsByYear: granted ? decision.amountsByYear : null,
    decidedOn: decision.decidedOn,
    registrationNumber: decision.registrationNumber,
  };
}

/** The snapshot as stored: the input with the format tag, optional fields made explicit. */
function normalise(input: DecisionSnapshotInput): DecisionSnapshot {
  if (!input.initiativeId) throw new TypeError('Decision snapshot: initiativeId is required');
  if (input.score && !HEX64.test(input.score.criteriaSetFingerprint)) throw new TypeError('Decision snapshot: criteriaSetFingerprint is not a SHA-256');
  return {
    format: DECISION_SNAPSHOT_FORMAT,
    initiativeId: input.initiativeId,
    decision: {
      outcome: input.decision.outcome,
      grantedAmount: input.decision.grantedAmount ?? null,
      amountsByYear: input.decision.amountsByYear ? input.decision.amountsByYear.map((a) => ({ year: a.year, amount: a.amount })) : null,
      decidedOn: input.decision.decidedOn,
      registrationNumber: input.decision.registrationNumber,
    },
    calculation: input.calculation ? { kind: input.calculation.kind, id: input.calculation.id ?? null, figures: { ...input.calculation.figures } } : null,
    score: input.score
      ? { score: input.score.score, partialScore: input.score.partialScore ?? null, criteriaSetFingerprint: input.score.criteriaSetFingerprint.toLowerCase() }
      : null,
    scenario: input.scenario ? { id: input.scenario.id, result: input.scenario.result } : null,
  };
}

/** The SHA-256 (hex) of the snapshot's canonical JSON. */
export function snapshotFingerprint(snapshot: DecisionSnapshot): string {
  return sha256Hex(canonicalJson(snapshot));
}

/**
 * Freezes the basis of a decision: the snapshot, its canonical JSON and its fingerprint. Throws a
 * TypeError for a snapshot that cannot be frozen (no initiative, a malformed criteria fingerprint, a
 * scenario result that is not JSON) and a RangeError for a non-finite number.
 */
export function freezeSnapshot(input: DecisionSnapshotInput): FrozenSnapshot {
  const snapshot = normalise(input);
  const canonical = canonicalJson(snapshot);
  return { snapshot, canonical, fingerprint: sha256Hex(canonical) };
}

/**
 * True when the snapshot (the object, or its stored JSON text) still has the fingerprint. A text is
 * read and canonicalised first, so a store that reorders keys or spacing (PostgreSQL jsonb) does not
 * break it; any change of content does.
 */
export function verifySnapshot(snapshot: DecisionSnapshot | string, fingerprint: string): boolean {
  let value: unknown = snapshot;
  if (typeof snapshot === 'string') {
    try {
      value = JSON.parse(snapshot);
    } catch {
      return false;
    }
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== DECISION_SNAPSHOT_FORMAT) return false;
  try {
    return sha256Hex(canonicalJson(value)) === fingerprint.toLowerCase();
  } catch {
    return false;
  }
}
