/**
 * The input of the decision step's documents (beslutsunderlag, protokollsutdrag, portfolio export).
 * Plain data, already loaded and computed by the service: the generators only lay it out.
 * Money is whole kronor; dates are 'YYYY-MM-DD'; `generatedAt` is an ISO timestamp.
 */

export interface DocYearAmount {
  year: number;
  amount: number;
}

/** ansökningsomgång */
export interface DocRound {
  code: string;
  name: string;
  year: number;
  budget: number;
  /** empty when the round has no yearly budgets */
  yearlyBudgets: DocYearAmount[];
}

/** beslut */
export interface DocDecision {
  outcome: 'GRANTED' | 'REJECTED' | 'DEFERRED' | 'RETURNED';
  grantedAmount: number | null;
  amountsByYear: DocYearAmount[] | null;
  /** villkor */
  conditions: string | null;
  /** motivering */
  reason: string | null;
  decidedOn: string;
  /** diarienummer */
  registrationNumber: string;
  decidedByName: string;
  /** the delegation level the decision was signed under, e.g. "Kommundirektör" */
  signatoryLabel: string;
  overcommitted: boolean;
  overcommitReason: string | null;
  /** SHA-256 of the frozen snapshot */
  fingerprint: string;
}

export interface DocInitiative {
  id: string;
  title: string;
  department: string;
  /** workflow code, e.g. PREPARED, GRANTED */
  status: string;
  description: string;
  expectedEffects: string | null;
  contactName: string | null;
  contactEmail: string | null;
  currentSituation: string | null;
  problem: string | null;
  desiredSituation: string | null;
  risks: string | null;
  dependencies: string | null;
  goalAreas: string[];
  requestedAmount: number;
  coFinancing: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  /** the requested amount split per year */
  amountsByYear: DocYearAmount[];
  staffHours: number | null;
  /** weighted 0–100 */
  score: number | null;
  npv: number | null;
  benefitCostRatio: number | null;
  npvPerKrona: number | null;
  paybackYear: number | null;
  eligible: boolean | null;
  eligibilityNote: string | null;
  /** position in the proposal (1-based), null when not in it */
  rank: number | null;
  fundedInProposal: boolean;
  /** the portfolio office's recommendation, e.g. "Föreslås beviljas (rang 3 av 10)" */
  recommendation: string;
  decision: DocDecision | null;
}

/** ledningsgruppsmöte */
export interface DocMeeting {
  title: string;
  heldOn: string;
  registrationNumber: string | null;
  participants: string[];
  notes: string | null;
  proposalName: string | null;
}

export interface DecisionBasisData {
  round: DocRound;
  meeting: DocMeeting;
  /** agenda order */
  items: DocInitiative[];
  /** what decisions have already committed against the round's budget */
  committed: number;
  /** ISO timestamp */
  generatedAt: string;
}

export interface MinutesData {
  round: DocRound;
  meeting: DocMeeting;
  /** only those with a decision, in paragraph order */
  items: DocInitiative[];
  generatedAt: string;
}

export interface PortfolioExportData {
  round: DocRound;
  /** every initiative of the round, any status */
  items: DocInitiative[];
  generatedAt: string;
}
