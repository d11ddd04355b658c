import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '@dp/api/common';
import { RANKING_KEYS, type EligibilityStatus as DomainEligibilityStatus, type ItemDecision as DomainItemDecision } from '@dp/domain/prioritisation';
import { FundRound, Initiative, ScenarioKind } from '@dp/api/database';
import { YearAmount } from '@dp/api/common';
export { YearAmount, YearAmountInput } from '@dp/api/common';

/**
 * GraphQL shapes of assessment, eligibility, the portfolio of a round, optimisation and scenarios. The
 * rules are the domain's (`@dp/domain/prioritisation`); these classes only carry them.
 */
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RankingKeyEnum = enumOf(RANKING_KEYS);
registerEnumType(RankingKeyEnum, { name: 'RankingKey', description: 'Viktad poäng, nettonuvärde, nettonuvärde per krona, or a blend of score and NPV' });
export const OptimisationObjectiveEnum = enumOf(['SCORE', 'NPV', 'BLEND'] as const);
registerEnumType(OptimisationObjectiveEnum, { name: 'OptimisationObjective', description: 'What the optimiser maximises: the weighted score, the NPV, or a blend' });
export const EligibilityStatusEnum = enumOf<DomainEligibilityStatus>(['ELIGIBLE', 'NOT_ELIGIBLE', 'INCOMPLETE']);
registerEnumType(EligibilityStatusEnum, { name: 'EligibilityStatus', description: 'Whether the must-requirements (ska-krav) are met' });
export const OptimisationStatusEnum = enumOf(['OPTIMAL', 'FEASIBLE', 'INFEASIBLE', 'UNKNOWN'] as const);
registerEnumType(OptimisationStatusEnum, {
  name: 'OptimisationStatus',
  description: 'OPTIMAL: proven optimal; FEASIBLE: the best found in the time limit (see gap); INFEASIBLE: no selection satisfies the constraints',
});
export const ItemDecisionEnum = enumOf<DomainItemDecision>(['FORCED_IN', 'FORCED_OUT', 'SELECTED', 'NOT_SELECTED']);
registerEnumType(ItemDecisionEnum, { name: 'ItemDecision' });

type Of<E> = E[keyof E];

// --- criteria -------------------------------------------------------------------------------------

@ObjectType({ description: 'One described level of a criterion’s scale (förankrad skala)' })
export class ScaleLevel {
  @Field(() => Int) value!: number;
  @Field() label!: string;
  @Field() description!: string;
}

@ObjectType('Criterion', { description: 'bedömningskriterium' })
export class CriterionType {
  @Field() id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Float, { description: 'As entered; only the proportions matter' }) weight!: number;
  @Field(() => Float, { description: 'Share of the total weight, 0–1' }) normalisedWeight!: number;
  @Field(() => [ScaleLevel]) scale!: ScaleLevel[];
}

@ObjectType('MustRequirement', { description: 'ska-krav' })
export class MustRequirementType {
  @Field() id!: string;
  @Field() name!: string;
  @Field() description!: string;
}

@InputType()
export class ScaleLevelInput {
  @Field(() => Int) value!: number;
  @Field() label!: string;
  @Field() description!: string;
}

@InputType()
export class CriterionInput {
  @Field() id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Float) weight!: number;
  @Field(() => [ScaleLevelInput]) scale!: ScaleLevelInput[];
}

@InputType()
export class MustRequirementInput {
  @Field() id!: string;
  @Field() name!: string;
  @Field() description!: string;
}

@InputType()
export class CriteriaSetInput {
  @Field(() => [CriterionInput]) criteria!: CriterionInput[];
  @Field(() => [MustRequirementInput]) mustRequirements!: MustRequirementInput[];
  @Field(() => [[Float]], { nullable: true, description: 'Pairwise comparison matrix (AHP), rows and columns in the order of criteria; when given the weights are derived from it' })
  pairwise?: number[][] | null;
}

// --- assessment ------------------------------------------------------------------------------------

@ObjectType()
export class CriterionScore {
  @Field() criterionId!: string;
  @Field(() => Int, { nullable: true }) score!: number | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@InputType()
export class CriterionScoreInput {
  @Field() criterionId!: string;
  @Field(() => Int, { nullable: true }) score?: number | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class AssessmentInput {
  @Field(() => [CriterionScoreInput]) scores!: CriterionScoreInput[];
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType()
export class MustAnswer {
  @Field() requirementId!: string;
  @Field(() => Boolean, { nullable: true, description: 'true met, false not met, null not assessed' }) met!: boolean | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@InputType()
export class MustAnswerInput {
  @Field() requirementId!: string;
  @Field(() => Boolean, { nullable: true }) met?: boolean | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType()
export class FailedRequirement {
  @Field() requirementId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType()
export class UnansweredRequirement {
  @Field() requirementId!: string;
  @Field() name!: string;
}

@ObjectType()
export class Eligibility {
  @Field() eligible!: boolean;
  @Field(() => EligibilityStatusEnum) status!: DomainEligibilityStatus;
  @Field(() => [FailedRequirement]) failed!: FailedRequirement[];
  @Field(() => [UnansweredRequirement]) unanswered!: UnansweredRequirement[];
}

@ObjectType({ description: 'The reviewers’ scores of one criterion: mean and spread' })
export class CriterionAggregate {
  @Field() criterionId!: string;
  @Field() name!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => Float, { nullable: true }) standardDeviation!: number | null;
  @Field(() => Float) normalisedWeight!: number;
  @Field(() => Float, { nullable: true, description: 'Points of the 0–100 score; null when not scored' }) contribution!: number | null;
}

@ObjectType({ description: 'The aggregated assessment: weighted score 0–100 and the spread per criterion' })
export class InitiativeScore {
  @Field(() => Float, { nullable: true, description: 'Weighted 0–100; null while a weighted criterion has no score' }) score!: number | null;
  @Field() complete!: boolean;
  @Field(() => Int) reviewerCount!: number;
  @Field(() => [CriterionAggregate]) criteria!: CriterionAggregate[];
}

// --- portfolio and optimisation ---------------------------------------------------------------------

@ObjectType({ description: 'A prepared initiative of a round with what the ranking and the optimiser need' })
export class PortfolioItem {
  @Field(() => Initiative) initiative!: Initiative;
  @Field(() => MoneyScalar) requestedAmount!: number;
  @Field(() => [YearAmount], { description: 'The requested amount split over the years by the one-off costs of the calculation in force (all in the round’s year without)' })
  amountsByYear!: YearAmount[];
  @Field(() => [YearAmount], { description: 'Internal staff hours per year from the calculation in force' }) staffHoursByYear!: YearAmount[];
  @Field(() => Float, { nullable: true, description: 'Weighted score 0–100' }) score!: number | null;
  @Field(() => Float, { nullable: true }) npv!: number | null;
  @Field(() => Float, { nullable: true }) npvPerKrona!: number | null;
  @Field(() => EligibilityStatusEnum) eligibility!: DomainEligibilityStatus;
}

@ObjectType({ description: 'The prepared initiatives of a round and its budgets' })
export class Portfolio {
  @Field(() => FundRound) fundRound!: FundRound;
  @Field(() => [PortfolioItem]) items!: PortfolioItem[];
  @Field(() => MoneyScalar) budget!: number;
  @Field(() => [YearAmount]) yearlyBudgets!: YearAmount[];
  @Field(() => [YearAmount]) staffCapacity!: YearAmount[];
}

@InputType()
export class OptimisationSettingsInput {
  @Field(() => OptimisationObjectiveEnum) objective!: Of<typeof OptimisationObjectiveEnum>;
  @Field(() => Float, { nullable: true, description: 'BLEND: weight of the score, 0–1 (default 0.5)' }) blendWeight?: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'What-if budget; default the round’s' }) budget?: number | null;
  @Field() useYearlyBudgets!: boolean;
  @Field() useStaffCapacity!: boolean;
  @Field() onlyEligible!: boolean;
  @Field(() => [ID]) forcedIn!: string[];
  @Field(() => [ID]) forcedOut!: string[];
  @Field(() => Float, { nullable: true, description: 'Seconds, default 10, at most 60' }) timeLimitSeconds?: number | null;
}

@ObjectType()
export class ConstraintUse {
  @Field({ description: '"budget", "budget-2027", "staff-2028"' }) key!: string;
  @Field() label!: string;
  @Field(() => Float) capacity!: number;
  @Field(() => Float) used!: number;
  @Field(() => Float) slack!: number;
  @Field({ description: 'It keeps out at least one initiative with a positive value' }) binding!: boolean;
}

@ObjectType()
export class ItemExplanation {
  @Field(() => ID) initiativeId!: string;
  @Field(() => ItemDecisionEnum) decision!: DomainItemDecision;
  @Field(() => Float) value!: number;
  @Field({ description: 'Why it is in or out, in Swedish' }) text!: string;
  @Field(() => [String], { description: 'Keys of the constraints adding it would exceed' }) blockingConstraints!: string[];
  @Field(() => Float, { nullable: true, description: 'Not selected: the extra value it needs to enter an optimal selection (computed for rounds up to 60 initiatives)' }) valueNeeded!: number | null;
  @Field(() => Float, { nullable: true, description: 'Selected: how much the best achievable value falls without it (computed for rounds up to 60 initiatives)' }) valueLost!: number | null;
}

@ObjectType()
export class OptimisationResult {
  @Field(() => OptimisationStatusEnum) status!: Of<typeof OptimisationStatusEnum>;
  @Field(() => Float, { nullable: true }) objective!: number | null;
  @Field(() => Float, { nullable: true, description: 'Proven relative gap; 0 when optimal' }) gap!: number | null;
  @Field(() => [ID]) selected!: string[];
  @Field(() => [ConstraintUse]) constraints!: ConstraintUse[];
  @Field(() => [ItemExplanation]) explanations!: ItemExplanation[];
  @Field(() => [String], { description: 'Why there is no feasible selection, in Swedish' }) conflicts!: string[];
  @Field(() => Float) seconds!: number;
}

@ObjectType()
export class FrontierPoint {
  @Field(() => MoneyScalar) budget!: number;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int) selectedCount!: number;
  @Field(() => OptimisationStatusEnum) status!: Of<typeof OptimisationStatusEnum>;
}

// --- scenarios --------------------------------------------------------------------------------------

@ObjectType()
export class ScenarioSettings {
  @Field(() => RankingKeyEnum, { nullable: true }) rankingKey!: Of<typeof RankingKeyEnum> | null;
  @Field(() => OptimisationObjectiveEnum, { nullable: true }) objective!: Of<typeof OptimisationObjectiveEnum> | null;
  @Field(() => Float, { nullable: true }) blendWeight!: number | null;
  @Field(() => MoneyScalar) budget!: number;
  @Field() useYearlyBudgets!: boolean;
  @Field() useStaffCapacity!: boolean;
  @Field() onlyEligible!: boolean;
  @Field(() => [ID]) forcedIn!: string[];
  @Field(() => [ID]) forcedOut!: string[];
}

@ObjectType()
export class ScenarioResult {
  @Field(() => [ID], { description: 'The funded initiatives: above the budget line, or the optimiser’s selection' }) selected!: string[];
  @Field(() => Float, { description: 'Value of the selection under the comparison objective (the weighted score unless optimised for another)' }) value!: number;
  @Field(() => Float) scoreSum!: number;
  @Field(() => Float) npvSum!: number;
  @Field(() => MoneyScalar) totalCost!: number;
  @Field(() => [YearAmount]) costByYear!: YearAmount[];
  @Field(() => Float, { nullable: true, description: 'The optimiser’s value within the same budget and constraints' }) optimumValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'value / optimumValue, 0–1' }) shareOfOptimum!: number | null;
  @Field(() => OptimisationStatusEnum, { nullable: true }) status!: Of<typeof OptimisationStatusEnum> | null;
}

@InputType()
export class ScenarioSettingsInput {
  @Field(() => RankingKeyEnum, { nullable: true }) rankingKey?: Of<typeof RankingKeyEnum> | null;
  @Field(() => OptimisationObjectiveEnum, { nullable: true }) objective?: Of<typeof OptimisationObjectiveEnum> | null;
  @Field(() => Float, { nullable: true }) blendWeight?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) budget?: number | null;
  @Field() useYearlyBudgets!: boolean;
  @Field() useStaffCapacity!: boolean;
  @Field() onlyEligible!: boolean;
  @Field(() => [ID]) forcedIn!: string[];
  @Field(() => [ID]) forcedOut!: string[];
}

@InputType()
export class ScenarioInput {
  @Field(() => ID) fundRoundId!: string;
  @Field(() => ID, { nullable: true, description: 'null creates' }) id?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required when id is given' }) version?: number | null;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ScenarioKind) kind!: ScenarioKind;
  @Field(() => [ID], { nullable: true, description: 'MANUAL: the manual ranking, every portfolio initiative once' }) order?: string[] | null;
  @Field(() => ScenarioSettingsInput) settings!: ScenarioSettingsInput;
}
