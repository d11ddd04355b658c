import { amountInKronor, lineHourlyCost, type CalculationParameters, type CalculationSheet } from '@dp/domain/benefits';
import {
  eligibility,
  scoreInitiative,
  splitByYear,
  type CriteriaSet,
  type Eligibility,
  type InitiativeScore,
  type RoundItem,
} from '@dp/domain/prioritisation';
import type { AssessmentRecord, EligibilityReview } from '../entities/prioritisation.entity.js';
import type { BenefitCalculation } from '../entities/benefit-calculation.entity.js';

/** The reviewers' assessments in the domain's shape. */
export function domainAssessments(records: readonly AssessmentRecord[]) {
  return records.map((a) => ({ reviewerId: a.reviewer.id, scores: a.scores, comment: a.comment }));
}

/** The aggregated score of an initiative against the round's current criteria. */
export function initiativeScore(records: readonly AssessmentRecord[], criteria: CriteriaSet): InitiativeScore {
  return scoreInitiative(domainAssessments(records), criteria.criteria);
}

/** Eligibility from the portfolio office's answers (none yet: every requirement unanswered). */
export function initiativeEligibility(review: EligibilityReview | null | undefined, criteria: CriteriaSet): Eligibility {
  return eligibility(review?.answers ?? [], criteria.mustRequirements);
}

/** One-off (investment) costs per year in kronor: what the fund's money pays for. */
export function oneOffCostsByYear(sheet: CalculationSheet, params: CalculationParameters): { year: number; amount: number }[] {
  return sheet.costs.filter((c) => c.type === 'ONE_OFF').flatMap((line) => line.amounts.map((a) => ({ year: a.year, amount: amountInKronor(line, a.amount, params) })));
}

/** Internal staff hours per year (internal-time cost lines; kronor lines converted at the line's hourly cost). */
export function staffHoursByYear(sheet: CalculationSheet, params: CalculationParameters): { year: number; amount: number }[] {
  const byYear = new Map<number, number>();
  for (const line of sheet.costs) {
    if (line.type !== 'INTERNAL_TIME') continue;
    for (const a of line.amounts) {
      const hours = line.unit === 'HOURS' ? a.amount : a.amount / lineHourlyCost(line, params);
      byYear.set(a.year, (byYear.get(a.year) ?? 0) + hours);
    }
  }
  return [...byYear.entries()]
    .filter(([, h]) => h > 0)
    .sort((a, b) => a[0] - b[0])
    .map(([year, amount]) => ({ year, amount: Math.round(amount * 100) / 100 }));
}

export interface ItemSource {
  id: string;
  requestedAmount: number;
  calculation: BenefitCalculation | null;
  assessments: readonly AssessmentRecord[];
  eligibilityReview: EligibilityReview | null;
}

/**
 * What the ranking and the optimiser read of an initiative: the requested amount split over the years
 * by the one-off costs of the calculation in force (all in the round's year without one), its staff
 * hours, score, NPV and eligibility.
 */
export function roundItemOf(source: ItemSource, criteria: CriteriaSet, roundYear: number): RoundItem {
  const calc = source.calculation;
  return {
    id: source.id,
    requestedAmount: source.requestedAmount,
    amountsByYear: splitByYear(source.requestedAmount, calc ? oneOffCostsByYear(calc.sheet, calc.parameters) : [], roundYear),
    staffHoursByYear: calc ? staffHoursByYear(calc.sheet, calc.parameters) : [],
    score: initiativeScore(source.assessments, criteria).score,
    npv: calc?.figures.npv ?? null,
    npvPerKrona: calc?.figures.npvPerKrona ?? null,
    eligibility: initiativeEligibility(source.eligibilityReview, criteria).status,
  };
}
