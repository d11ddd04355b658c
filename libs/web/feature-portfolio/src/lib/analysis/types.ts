/**
 * What the Scenarier and Analys pages read of the API (the shapes of issue 5's contract). The pages'
 * query results are passed in as they are; these types only name the fields the components use.
 */

export const SCENARIO_KINDS = ['MANUAL', 'SCORE', 'NPV', 'NPV_PER_KRONA', 'BLEND', 'OPTIMISED'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export type OptimisationStatus = 'OPTIMAL' | 'FEASIBLE' | 'INFEASIBLE' | 'UNKNOWN';
export type EligibilityStatus = 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'INCOMPLETE';

export interface YearAmountView {
  year: number;
  amount: number;
}

export interface ScenarioResultView {
  /** ids of the funded initiatives */
  selected: readonly string[];
  /** the value used for comparison (the score sum) */
  value: number;
  scoreSum: number;
  npvSum: number;
  totalCost: number;
  costByYear: readonly YearAmountView[];
  optimumValue: number | null;
  /** value / optimumValue, 0–1 */
  shareOfOptimum: number | null;
}

export interface ScenarioView {
  id: string;
  name: string;
  description: string | null;
  kind: ScenarioKind;
  proposed: boolean;
  proposedAt: string | null;
  proposedByName: string | null;
  criteriaSetNumber: number;
  createdByName: string | null;
  createdAt: string;
  version: number;
  result: ScenarioResultView;
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface PortfolioItemView {
  initiative: {
    id: string;
    title: string;
    department: NamedRef;
    goalAreas?: readonly NamedRef[];
  };
  requestedAmount: number;
  score?: number | null;
  npv?: number | null;
}
