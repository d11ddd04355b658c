import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { ahpWeights, normaliseWeights } from '@dp/domain/prioritisation';
import { canAssess, canReviewEligibility, canViewPrioritisation } from '@dp/domain/workflow';
import { CurrentActor, type RequestActor } from '@dp/api/common';
import { AssessmentCriteria, AssessmentRecord, EligibilityReview, FundRound, Initiative, Scenario } from '@dp/api/database';
import { YearAmount } from '@dp/api/common';
import {
  AssessmentInput,
  CriteriaSetInput,
  CriterionScore,
  CriterionType,
  Eligibility,
  FrontierPoint,
  InitiativeScore,
  MustAnswer,
  MustAnswerInput,
  MustRequirementType,
  OptimisationResult,
  OptimisationSettingsInput,
  Portfolio,
  PortfolioItem,
  ScenarioInput,
  ScenarioResult,
  ScenarioSettings,
  YearAmountInput,
} from './dto/prioritisation.types.js';
import { AssessmentsService } from './assessments.service.js';
import { CriteriaService } from './criteria.service.js';
import { criteriaSetOf, ensureCriteriaSet } from '@dp/api/database';
import { PortfolioService } from './portfolio.service.js';
import { initiativeEligibility, initiativeScore } from '@dp/api/database';

@Resolver(() => AssessmentCriteria)
export class CriteriaSetResolver {
  constructor(private readonly criteriaService: CriteriaService) {}

  @ResolveField(() => [CriterionType])
  criteria(@Parent() set: AssessmentCriteria): CriterionType[] {
    const weights = normaliseWeights(set.criteria);
    return set.criteria.map((c, k) => ({ ...c, scale: [...c.scale], normalisedWeight: weights[k] ?? 0 }));
  }

  @ResolveField(() => [MustRequirementType])
  mustRequirements(@Parent() set: AssessmentCriteria): MustRequirementType[] {
    return set.mustRequirements;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Consistency ratio of the pairwise comparisons; above 0.1 they contradict each other too much' })
  consistencyRatio(@Parent() set: AssessmentCriteria): number | null {
    return set.pairwise ? ahpWeights(set.pairwise).consistencyRatio : null;
  }

  @Mutation(() => AssessmentCriteria, {
    description: 'Sets a round’s criteria and must-requirements (portfolio office). A frozen current version is kept; the change becomes the next version',
  })
  updateCriteriaSet(
    @Args('fundRoundId', { type: () => ID }) fundRoundId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => CriteriaSetInput }) input: CriteriaSetInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<AssessmentCriteria> {
    return this.criteriaService.update(fundRoundId, version, input, actor);
  }
}

@Resolver(() => FundRound)
export class FundRoundPrioritisationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly criteria: CriteriaService,
    private readonly portfolio: PortfolioService,
  ) {}

  @ResolveField(() => AssessmentCriteria, { description: 'The current version of the round’s assessment criteria and must-requirements' })
  criteriaSet(@Parent() round: FundRound): Promise<AssessmentCriteria> {
    return ensureCriteriaSet(this.em, round);
  }

  @ResolveField(() => [AssessmentCriteria], { description: 'Every version, newest first' })
  async criteriaSets(@Parent() round: FundRound): Promise<AssessmentCriteria[]> {
    await ensureCriteriaSet(this.em, round);
    return this.em.find(AssessmentCriteria, { fundRound: round.id }, { orderBy: { number: 'desc' } });
  }

  @ResolveField(() => [YearAmount], { description: 'The fund’s budget per year (whole kronor); empty = no yearly budgets' })
  yearlyBudgets(@Parent() round: FundRound): YearAmount[] {
    return round.yearlyBudgets;
  }

  @ResolveField(() => [YearAmount], { description: 'Internal staff hours available per year; empty = not constrained' })
  staffCapacity(@Parent() round: FundRound): YearAmount[] {
    return round.staffCapacity;
  }

  @ResolveField(() => [Scenario], { description: 'The round’s scenarios, newest first (empty for those who may not see them)' })
  scenarios(@Parent() round: FundRound, @CurrentActor() actor: RequestActor): Promise<Scenario[]> {
    return this.portfolio.scenarios(round.id, actor);
  }

  @ResolveField(() => Scenario, { nullable: true, description: 'The scenario proposed to the management group (förslag till prioritering)' })
  async proposal(@Parent() round: FundRound, @CurrentActor() actor: RequestActor): Promise<Scenario | null> {
    if (!canViewPrioritisation(actor).ok) return null;
    return this.em.findOne(Scenario, { fundRound: round.id, proposed: true });
  }

  @Mutation(() => FundRound, { description: 'Sets a round’s budget per year and staff capacity per year (portfolio office); empty lists remove them' })
  updateRoundCapacity(
    @Args('fundRoundId', { type: () => ID }) fundRoundId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('yearlyBudgets', { type: () => [YearAmountInput] }) yearlyBudgets: YearAmountInput[],
    @Args('staffCapacity', { type: () => [YearAmountInput] }) staffCapacity: YearAmountInput[],
    @CurrentActor() actor: RequestActor,
  ): Promise<FundRound> {
    return this.criteria.updateCapacity(fundRoundId, version, yearlyBudgets, staffCapacity, actor);
  }
}

@Resolver(() => AssessmentRecord)
export class AssessmentResolver {
  constructor(private readonly assessments: AssessmentsService) {}

  @ResolveField(() => ID)
  reviewerId(@Parent() a: AssessmentRecord): string {
    return a.reviewer.id;
  }

  @ResolveField(() => Int, { description: 'The version of the criteria set it was scored against' })
  async criteriaSetNumber(@Parent() a: AssessmentRecord): Promise<number> {
    return (await a.criteriaSet.loadOrFail({ dataloader: true })).number;
  }

  @ResolveField(() => [CriterionScore])
  scores(@Parent() a: AssessmentRecord): CriterionScore[] {
    return a.scores.map((s) => ({ criterionId: s.criterionId, score: s.score, comment: s.comment ?? null }));
  }

  @Mutation(() => AssessmentRecord, { description: 'Saves the signed-in reviewer’s own assessment of an initiative; version null creates it' })
  saveAssessment(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null | undefined,
    @Args('input', { type: () => AssessmentInput }) input: AssessmentInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<AssessmentRecord> {
    return this.assessments.saveAssessment(initiativeId, version ?? null, input, actor);
  }
}

@Resolver(() => EligibilityReview)
export class EligibilityReviewResolver {
  constructor(private readonly assessments: AssessmentsService) {}

  @ResolveField(() => [MustAnswer])
  answers(@Parent() r: EligibilityReview): MustAnswer[] {
    return r.answers.map((a) => ({ requirementId: a.requirementId, met: a.met, comment: a.comment ?? null }));
  }

  @Mutation(() => EligibilityReview, { description: 'Saves the portfolio office’s answers to an initiative’s must-requirements (ska-krav); version null creates' })
  saveEligibilityReview(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null | undefined,
    @Args('answers', { type: () => [MustAnswerInput] }) answers: MustAnswerInput[],
    @CurrentActor() actor: RequestActor,
  ): Promise<EligibilityReview> {
    return this.assessments.saveEligibility(initiativeId, version ?? null, answers, actor);
  }
}

/** An initiative's assessments, score and eligibility, for the roles that see the prioritisation. */
@Resolver(() => Initiative)
export class InitiativeAssessmentResolver {
  constructor(private readonly em: EntityManager) {}

  private async criteriaOf(initiative: Initiative) {
    return ensureCriteriaSet(this.em, await initiative.fundRound.loadOrFail({ dataloader: true }));
  }

  @ResolveField(() => [AssessmentRecord], { description: 'The reviewers’ assessments (empty for those who may not see them)' })
  async assessments(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): Promise<AssessmentRecord[]> {
    if (!canViewPrioritisation(actor).ok) return [];
    return (await initiative.assessments.load({ dataloader: true })).getItems();
  }

  @ResolveField(() => AssessmentRecord, { nullable: true, description: 'The signed-in user’s own assessment' })
  async myAssessment(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): Promise<AssessmentRecord | null> {
    return (await initiative.assessments.load({ dataloader: true })).getItems().find((a) => a.reviewer.id === actor.userId) ?? null;
  }

  @ResolveField(() => InitiativeScore, { nullable: true, description: 'The weighted score 0–100 and the spread per criterion (null for those who may not see assessments)' })
  async assessmentScore(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): Promise<InitiativeScore | null> {
    if (!canViewPrioritisation(actor).ok) return null;
    const criteria = criteriaSetOf(await this.criteriaOf(initiative));
    const result = initiativeScore((await initiative.assessments.load({ dataloader: true })).getItems(), criteria);
    const names = new Map(criteria.criteria.map((c) => [c.id, c.name]));
    return {
      score: result.score,
      complete: result.complete,
      reviewerCount: result.reviewerCount,
      criteria: result.criteria.map((a, k) => {
        const contribution = result.contributions[k];
        return {
          criterionId: a.criterionId,
          name: names.get(a.criterionId) ?? a.criterionId,
          count: a.count,
          mean: a.mean,
          min: a.min,
          max: a.max,
          standardDeviation: a.standardDeviation,
          normalisedWeight: contribution?.weight ?? 0,
          contribution: contribution && contribution.mean !== null ? contribution.points : null,
        };
      }),
    };
  }

  @ResolveField(() => EligibilityReview, { nullable: true, description: 'The portfolio office’s answers to the must-requirements' })
  async eligibilityReview(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): Promise<EligibilityReview | null> {
    if (!canViewPrioritisation(actor).ok) return null;
    return (await initiative.eligibilityReviews.load({ dataloader: true })).getItems()[0] ?? null;
  }

  @ResolveField(() => Eligibility, { nullable: true, description: 'Whether the must-requirements are met, and which are not' })
  async eligibility(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): Promise<Eligibility | null> {
    if (!canViewPrioritisation(actor).ok) return null;
    const review = (await initiative.eligibilityReviews.load({ dataloader: true })).getItems()[0];
    return initiativeEligibility(review, criteriaSetOf(await this.criteriaOf(initiative)));
  }

  @ResolveField(() => Boolean, { description: 'May the signed-in user save an assessment now' })
  mayAssess(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): boolean {
    return canAssess(actor, { status: initiative.status }).ok;
  }

  @ResolveField(() => Boolean, { description: 'May the signed-in user answer the must-requirements now' })
  mayReviewEligibility(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): boolean {
    return canReviewEligibility(actor, { status: initiative.status }).ok;
  }
}

@Resolver(() => Scenario)
export class ScenarioResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @ResolveField(() => ScenarioSettings)
  settings(@Parent() s: Scenario): ScenarioSettings {
    return s.settings;
  }

  @ResolveField(() => ScenarioResult)
  result(@Parent() s: Scenario): ScenarioResult {
    return s.result;
  }

  @ResolveField(() => Int, { description: 'The version of the criteria set its scores come from' })
  async criteriaSetNumber(@Parent() s: Scenario): Promise<number> {
    return (await s.criteriaSet.loadOrFail({ dataloader: true })).number;
  }

  @Query(() => Scenario, { nullable: true, description: 'One scenario, or null' })
  scenario(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: RequestActor): Promise<Scenario | null> {
    return this.portfolio.scenario(id, actor);
  }

  @Mutation(() => Scenario, { description: 'Saves a named scenario; the server computes its order, selection and results from its kind and settings' })
  saveScenario(@Args('input', { type: () => ScenarioInput }) input: ScenarioInput, @CurrentActor() actor: RequestActor): Promise<Scenario> {
    return this.portfolio.saveScenario(input, actor);
  }

  @Mutation(() => Boolean, { description: 'Deletes a scenario that is not the proposal' })
  deleteScenario(@Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number, @CurrentActor() actor: RequestActor): Promise<boolean> {
    return this.portfolio.deleteScenario(id, version, actor);
  }

  @Mutation(() => Scenario, { description: 'Marks the scenario as the round’s proposal to the management group and freezes the criteria set it was scored with' })
  proposeScenario(@Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number, @CurrentActor() actor: RequestActor): Promise<Scenario> {
    return this.portfolio.proposeScenario(id, version, actor);
  }

  @Mutation(() => Scenario, { description: 'Removes the proposal mark' })
  withdrawProposal(@Args('id', { type: () => ID }) id: string, @Args('version', { type: () => Int }) version: number, @CurrentActor() actor: RequestActor): Promise<Scenario> {
    return this.portfolio.withdrawProposal(id, version, actor);
  }
}

@Resolver(() => Portfolio)
export class PortfolioResolver {
  constructor(private readonly portfolioService: PortfolioService) {}

  @Query(() => Portfolio, { description: 'The prepared initiatives of a round with their split amounts, staff hours, score, NPV and eligibility' })
  async portfolio(@Args('fundRoundId', { type: () => ID }) fundRoundId: string, @CurrentActor() actor: RequestActor): Promise<Portfolio> {
    const loaded = await this.portfolioService.load(fundRoundId, actor);
    const byId = new Map(loaded.initiatives.map((i) => [i.id, i]));
    const items: PortfolioItem[] = loaded.items.map((item) => ({
      initiative: byId.get(item.id) as Initiative,
      requestedAmount: item.requestedAmount,
      amountsByYear: [...item.amountsByYear],
      staffHoursByYear: [...item.staffHoursByYear],
      score: item.score,
      npv: item.npv,
      npvPerKrona: item.npvPerKrona ?? null,
      eligibility: item.eligibility,
    }));
    return { fundRound: loaded.round, items, budget: loaded.round.budget, yearlyBudgets: loaded.round.yearlyBudgets, staffCapacity: loaded.round.staffCapacity };
  }

  @Query(() => OptimisationResult, { description: 'Runs the exact optimiser (HiGHS) on the round’s portfolio and explains why each initiative is in or out' })
  optimisePortfolio(
    @Args('fundRoundId', { type: () => ID }) fundRoundId: string,
    @Args('settings', { type: () => OptimisationSettingsInput }) settings: OptimisationSettingsInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<OptimisationResult> {
    return this.portfolioService.optimise(fundRoundId, settings, actor);
  }

  @Query(() => [FrontierPoint], { description: 'The efficient frontier: the best achievable value at budgets from 0 to twice the round’s budget' })
  efficientFrontier(
    @Args('fundRoundId', { type: () => ID }) fundRoundId: string,
    @Args('settings', { type: () => OptimisationSettingsInput }) settings: OptimisationSettingsInput,
    @Args('steps', { type: () => Int, nullable: true, defaultValue: 12 }) steps: number,
    @CurrentActor() actor: RequestActor,
  ): Promise<FrontierPoint[]> {
    return this.portfolioService.frontier(fundRoundId, settings, steps, actor) as Promise<FrontierPoint[]>;
  }
}
