import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode, ref } from '@mikro-orm/postgresql';
import {
  amountsPerYear,
  budgetSweep,
  criteriaSetFingerprint,
  fundedAlongOrder,
  objectiveValues,
  optimisePortfolio,
  rankingOrder,
  roundFrontier,
  roundProblem,
  validateManualOrder,
  type OptimisationObjective,
  type PortfolioSolution,
  type RankingKey,
  type RoundItem,
  type RoundSettings,
} from '@dp/domain/prioritisation';
import { canManageScenarios, canViewPrioritisation } from '@dp/domain/workflow';
import type { FieldError } from '@dp/domain/initiatives';
import { conflict, forbidden, isUuid, notFound, ValidationFailed, withOptimisticLock, type RequestActor } from '@dp/api/common';
import {
  AssessmentCriteria,
  calculationInForce,
  CriteriaSetStatus,
  FundRound,
  Initiative,
  Scenario,
  ScenarioKind,
  type OptimisationStatusData,
  type ScenarioResultData,
  type ScenarioSettingsData,
} from '@dp/api/database';
import { criteriaSetOf, ensureCriteriaSet } from '@dp/api/database';
import { conflictText, explanationText } from './explain-text.js';
import { initiativeEligibility, roundItemOf } from '@dp/api/database';

/** The optimiser's settings as the API takes them. */
export interface OptimisationSettings {
  objective: OptimisationObjective;
  blendWeight?: number | null;
  budget?: number | null;
  useYearlyBudgets: boolean;
  useStaffCapacity: boolean;
  onlyEligible: boolean;
  forcedIn: string[];
  forcedOut: string[];
  timeLimitSeconds?: number | null;
}

export interface LoadedPortfolio {
  round: FundRound;
  criteria: AssessmentCriteria;
  initiatives: Initiative[];
  items: RoundItem[];
}

export interface OptimisationOutcome {
  status: OptimisationStatusData;
  objective: number | null;
  gap: number | null;
  selected: string[];
  constraints: { key: string; label: string; capacity: number; used: number; slack: number; binding: boolean }[];
  explanations: { initiativeId: string; decision: PortfolioSolution['explanations'][number]['decision']; value: number; text: string; blockingConstraints: string[]; valueNeeded: number | null; valueLost: number | null }[];
  conflicts: string[];
  seconds: number;
}

const STATUS: Record<PortfolioSolution['status'], OptimisationStatusData> = { optimal: 'OPTIMAL', feasible: 'FEASIBLE', infeasible: 'INFEASIBLE', unknown: 'UNKNOWN' };
/** up to this many initiatives the optimiser computes each one's exact value needed or lost (one re-solve each) */
const FULL_EXPLANATION_MAX_ITEMS = 60;
const SCENARIO_LIMITS = { nameMax: 200, descriptionMax: 4000, frontierStepsMax: 40 } as const;

/**
 * The portfolio of a round (its PREPARED initiatives with their split amounts, staff hours, score, NPV
 * and eligibility), the optimiser run on it, the efficient frontier, and the scenarios.
 */
@Injectable()
export class PortfolioService {
  constructor(private readonly em: EntityManager) {}

  private mayRead(actor: RequestActor): void {
    const may = canViewPrioritisation(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the portfolio office, the management group, the decision maker and auditors see the prioritisation');
  }

  /** Loads the round's prepared initiatives with everything the ranking needs: four statements whatever their number. */
  async load(fundRoundId: string, actor: RequestActor, em: EntityManager = this.em): Promise<LoadedPortfolio> {
    this.mayRead(actor);
    const round = isUuid(fundRoundId) ? await em.findOne(FundRound, { id: fundRoundId }) : null;
    if (!round) throw notFound('FundRound', fundRoundId);
    const criteria = await ensureCriteriaSet(em, round);
    const initiatives = await em.find(
      Initiative,
      { fundRound: round, status: 'PREPARED' },
      { populate: ['calculations', 'assessments', 'eligibilityReviews', 'department'], orderBy: { title: 'asc', id: 'asc' } },
    );
    const set = criteriaSetOf(criteria);
    const items = initiatives.map((i) =>
      roundItemOf(
        {
          id: i.id,
          requestedAmount: i.requestedAmount,
          calculation: calculationInForce(i.calculations.getItems()),
          assessments: i.assessments.getItems(),
          eligibilityReview: i.eligibilityReviews.getItems()[0] ?? null,
        },
        set,
        round.year,
      ),
    );
    return { round, criteria, initiatives, items };
  }

  private validateSettings(settings: OptimisationSettings, items: readonly RoundItem[], prefix = 'settings'): FieldError[] {
    const ids = new Set(items.map((i) => i.id));
    const errors: FieldError[] = [];
    const checkIds = (field: 'forcedIn' | 'forcedOut') =>
      settings[field].forEach((id, k) => {
        if (!ids.has(id)) errors.push({ field: `${prefix}.${field}.${k}`, code: 'UNKNOWN_REFERENCE' });
        else if (field === 'forcedOut' && settings.forcedIn.includes(id)) errors.push({ field: `${prefix}.${field}.${k}`, code: 'DUPLICATE' });
      });
    checkIds('forcedIn');
    checkIds('forcedOut');
    if (settings.blendWeight != null && !(settings.blendWeight >= 0 && settings.blendWeight <= 1)) errors.push({ field: `${prefix}.blendWeight`, code: 'OUT_OF_RANGE' });
    if (settings.budget != null && !(Number.isSafeInteger(settings.budget) && settings.budget >= 0)) errors.push({ field: `${prefix}.budget`, code: 'NOT_WHOLE_KRONOR' });
    if (settings.timeLimitSeconds != null && !(settings.timeLimitSeconds > 0 && settings.timeLimitSeconds <= 60)) errors.push({ field: `${prefix}.timeLimitSeconds`, code: 'OUT_OF_RANGE' });
    return errors;
  }

  private roundSettings(round: FundRound, settings: OptimisationSettings): RoundSettings {
    return {
      objective: settings.objective,
      blendWeight: settings.blendWeight ?? 0.5,
      budget: settings.budget ?? round.budget,
      yearlyBudgets: round.yearlyBudgets,
      staffCapacity: round.staffCapacity,
      useYearlyBudgets: settings.useYearlyBudgets,
      useStaffCapacity: settings.useStaffCapacity,
      onlyEligible: settings.onlyEligible,
      forcedIn: settings.forcedIn,
      forcedOut: settings.forcedOut,
      timeLimitSeconds: settings.timeLimitSeconds ?? null,
    };
  }

  /** Runs the optimiser on the portfolio and explains every initiative's place in Swedish. */
  async optimise(fundRoundId: string, settings: OptimisationSettings, actor: RequestActor): Promise<OptimisationOutcome> {
    const portfolio = await this.load(fundRoundId, actor);
    const errors = this.validateSettings(settings, portfolio.items);
    if (errors.length > 0) throw new ValidationFailed(errors);
    return this.solve(portfolio, settings);
  }

  private async solve(portfolio: LoadedPortfolio, settings: OptimisationSettings): Promise<OptimisationOutcome> {
    const built = roundProblem(portfolio.items, this.roundSettings(portfolio.round, settings));
    // the exact value each initiative lacks (or brings) costs one re-solve per initiative: done for rounds of a realistic size
    const solution = await optimisePortfolio(built.problem, { explain: portfolio.items.length <= FULL_EXPLANATION_MAX_ITEMS ? 'full' : 'fast' });
    const titles = new Map(portfolio.initiatives.map((i) => [i.id, i.title]));
    const nameOf = (id: string) => titles.get(id) ?? id;
    const set = criteriaSetOf(portfolio.criteria);
    const ineligibleReason = (id: string) => {
      if (!built.ineligible.includes(id)) return null;
      const initiative = portfolio.initiatives.find((i) => i.id === id);
      const failed = initiativeEligibility(initiative?.eligibilityReviews.getItems()[0], set).failed;
      return failed.map((f) => (f.comment ? `${f.name} (${f.comment})` : f.name)).join(', ');
    };
    return {
      status: STATUS[solution.status],
      objective: solution.status === 'infeasible' || solution.status === 'unknown' ? null : solution.objective,
      gap: solution.gap,
      selected: solution.selected,
      constraints: solution.usage.map((u) => ({
        key: built.constraints[u.constraintIndex]?.key ?? `c${u.constraintIndex}`,
        label: built.constraints[u.constraintIndex]?.label ?? u.name,
        capacity: u.capacity,
        used: u.used,
        slack: u.slack,
        binding: u.binding,
      })),
      explanations: solution.explanations.map((e) => ({
        initiativeId: e.id,
        decision: e.decision,
        value: built.values.get(e.id) ?? 0,
        text: explanationText(e, built.constraints, nameOf, ineligibleReason(e.id)),
        blockingConstraints: e.reasons.flatMap((r) => (r.code === 'CAPACITY' ? [built.constraints[r.constraintIndex]?.key ?? r.constraintName] : [])),
        valueNeeded: e.valueNeeded ?? null,
        valueLost: e.valueLost ?? null,
      })),
      conflicts: solution.conflicts.map((c) => conflictText(c, built.constraints, nameOf)),
      seconds: solution.stats.seconds,
    };
  }

  /** The best achievable value at `steps` + 1 budgets from 0 to twice the round's budget. */
  async frontier(fundRoundId: string, settings: OptimisationSettings, steps: number, actor: RequestActor) {
    const portfolio = await this.load(fundRoundId, actor);
    const errors = this.validateSettings(settings, portfolio.items);
    if (!Number.isInteger(steps) || steps < 1 || steps > SCENARIO_LIMITS.frontierStepsMax) errors.push({ field: 'steps', code: 'OUT_OF_RANGE' });
    if (errors.length > 0) throw new ValidationFailed(errors);
    return roundFrontier(portfolio.items, this.roundSettings(portfolio.round, settings), budgetSweep(2 * (settings.budget ?? portfolio.round.budget), steps));
  }

  // --- scenarios ------------------------------------------------------------------------------------

  async scenarios(fundRoundId: string, actor: RequestActor): Promise<Scenario[]> {
    if (!canViewPrioritisation(actor).ok) return [];
    return this.em.find(Scenario, { fundRound: fundRoundId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  async scenario(id: string, actor: RequestActor): Promise<Scenario | null> {
    this.mayRead(actor);
    return isUuid(id) ? this.em.findOne(Scenario, { id }) : null;
  }

  /** Computes a scenario's order, selection and results on the server from its kind and settings. */
  private async evaluate(
    portfolio: LoadedPortfolio,
    kind: ScenarioKind,
    manualOrder: string[] | null | undefined,
    settings: ScenarioSettingsData,
  ): Promise<{ order: string[]; result: ScenarioResultData }> {
    const { items, round } = portfolio;
    const ids = items.map((i) => i.id);
    const rankingItems = items.map((i) => ({ id: i.id, score: i.score, npv: i.npv, npvPerKrona: i.npvPerKrona ?? null, amount: i.requestedAmount }));
    const byScore = rankingOrder(rankingItems, 'SCORE');
    const objective: OptimisationObjective = kind === ScenarioKind.OPTIMISED ? (settings.objective ?? 'SCORE') : 'SCORE';
    const optimiserSettings: OptimisationSettings = { ...settings, objective, blendWeight: settings.blendWeight, budget: settings.budget };

    let order: string[];
    let selected: string[];
    let status: OptimisationStatusData | null = null;
    let optimumValue: number | null;
    if (kind === ScenarioKind.OPTIMISED) {
      const solved = await this.solve(portfolio, optimiserSettings);
      status = solved.status;
      selected = solved.selected;
      optimumValue = solved.objective;
      const chosen = new Set(selected);
      order = [...byScore.filter((id) => chosen.has(id)), ...byScore.filter((id) => !chosen.has(id))];
    } else {
      if (kind === ScenarioKind.MANUAL) {
        const valid = validateManualOrder(manualOrder ?? null, ids);
        if (!valid.ok) throw new ValidationFailed(valid.errors);
        order = valid.value;
      } else {
        order = rankingOrder(rankingItems, kind as RankingKey, { blendWeight: settings.blendWeight ?? 0.5 });
      }
      // funded: down the ranking under the same rules as the optimiser (not eligible or forced out passed
      // over, the line drawn at the first item that breaks the budget, a yearly budget or staff hours)
      const built = roundProblem(items, this.roundSettings(round, optimiserSettings));
      selected = fundedAlongOrder(order, built.problem).selected;
      const optimum = await this.solve(portfolio, optimiserSettings);
      optimumValue = optimum.objective;
    }
    const chosen = new Set(selected);
    const values = objectiveValues(items, objective, settings.blendWeight);
    const value = items.reduce((s, item, k) => (chosen.has(item.id) ? s + (values[k] ?? 0) : s), 0);
    const picked = items.filter((i) => chosen.has(i.id));
    return {
      order,
      result: {
        selected: ids.filter((id) => chosen.has(id)),
        value,
        scoreSum: picked.reduce((s, i) => s + (i.score ?? 0), 0),
        npvSum: picked.reduce((s, i) => s + (i.npv ?? 0), 0),
        totalCost: picked.reduce((s, i) => s + i.requestedAmount, 0),
        costByYear: amountsPerYear(items, selected),
        optimumValue,
        shareOfOptimum: optimumValue !== null && optimumValue > 0 ? value / optimumValue : null,
        status,
      },
    };
  }

  async saveScenario(
    input: {
      fundRoundId: string;
      id?: string | null;
      version?: number | null;
      name: string;
      description?: string | null;
      kind: ScenarioKind;
      order?: string[] | null;
      settings: Omit<ScenarioSettingsData, 'budget' | 'rankingKey' | 'objective' | 'blendWeight'> & {
        rankingKey?: RankingKey | null;
        objective?: OptimisationObjective | null;
        blendWeight?: number | null;
        budget?: number | null;
      };
    },
    actor: RequestActor,
  ): Promise<Scenario> {
    const may = canManageScenarios(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the portfolio office and the management group save scenarios');
    const name = input.name.trim();
    const description = input.description?.trim() ? input.description.trim() : null;
    const errors: FieldError[] = [];
    if (!name) errors.push({ field: 'name', code: 'REQUIRED' });
    else if (name.length > SCENARIO_LIMITS.nameMax) errors.push({ field: 'name', code: 'TOO_LONG' });
    if (description && description.length > SCENARIO_LIMITS.descriptionMax) errors.push({ field: 'description', code: 'TOO_LONG' });
    if (input.id && input.version == null) errors.push({ field: 'version', code: 'REQUIRED' });
    if (input.kind === ScenarioKind.OPTIMISED && !input.settings.objective) errors.push({ field: 'settings.objective', code: 'REQUIRED' });

    const write = () =>
      this.em.transactional(async (em) => {
        const portfolio = await this.load(input.fundRoundId, actor, em);
        const settings: ScenarioSettingsData = {
          rankingKey: input.kind === ScenarioKind.MANUAL || input.kind === ScenarioKind.OPTIMISED ? null : (input.kind as RankingKey),
          objective: input.kind === ScenarioKind.OPTIMISED ? (input.settings.objective ?? null) : null,
          blendWeight: input.settings.blendWeight ?? null,
          budget: input.settings.budget ?? portfolio.round.budget,
          useYearlyBudgets: input.settings.useYearlyBudgets,
          useStaffCapacity: input.settings.useStaffCapacity,
          onlyEligible: input.settings.onlyEligible,
          forcedIn: [...input.settings.forcedIn],
          forcedOut: [...input.settings.forcedOut],
        };
        const all = [...errors, ...this.validateSettings({ ...settings, objective: settings.objective ?? 'SCORE' }, portfolio.items)];
        if (all.length > 0) throw new ValidationFailed(all);

        let scenario: Scenario | null = null;
        if (input.id) {
          scenario = isUuid(input.id) ? await em.findOne(Scenario, { id: input.id, fundRound: portfolio.round }) : null;
          if (!scenario) throw notFound('Scenario', input.id);
          if (scenario.version !== input.version) throw conflict('Scenario', scenario.id, scenario.version);
          if (scenario.proposed) throw forbidden('SCENARIO_PROPOSED', 'The proposal cannot be changed; withdraw it first');
        }
        const { order, result } = await this.evaluate(portfolio, input.kind, input.order, settings);
        const fields = { name, description, kind: input.kind, order, settings, result, criteriaSet: ref(portfolio.criteria) };
        const saved = scenario
          ? Object.assign(scenario, fields)
          : em.create(Scenario, { fundRound: portfolio.round, ...fields, createdById: actor.userId, createdByName: actor.displayName });
        await em.flush();
        return saved;
      });
    if (!input.id) return write();
    return withOptimisticLock('Scenario', input.id, input.version ?? 0, write, async () => (isUuid(input.id ?? '') ? (await this.em.fork().findOne(Scenario, { id: input.id ?? '' }))?.version : undefined));
  }

  private async changeScenario(id: string, version: number, actor: RequestActor, change: (em: EntityManager, scenario: Scenario) => Promise<void>): Promise<Scenario> {
    const may = canManageScenarios(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the portfolio office and the management group change scenarios');
    return withOptimisticLock(
      'Scenario',
      id,
      version,
      () =>
        this.em.transactional(async (em) => {
          const found = isUuid(id) ? await em.findOne(Scenario, { id }) : null;
          if (!found) throw notFound('Scenario', id);
          // one proposal per round: changes to a round's proposal are serialised on the round's row
          await em.findOne(FundRound, { id: found.fundRound.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          await em.refresh(found);
          if (found.version !== version) throw conflict('Scenario', id, found.version);
          await change(em, found);
          await em.flush();
          return found;
        }),
      async () => (isUuid(id) ? (await this.em.fork().findOne(Scenario, { id }))?.version : undefined),
    );
  }

  /** Marks the scenario as the round's proposal (the previous one loses the mark) and freezes its criteria set. */
  proposeScenario(id: string, version: number, actor: RequestActor): Promise<Scenario> {
    return this.changeScenario(id, version, actor, async (em, scenario) => {
      const current = await em.findOne(AssessmentCriteria, { fundRound: scenario.fundRound.id }, { orderBy: { number: 'desc' } });
      if (current && current.id !== scenario.criteriaSet.id)
        throw forbidden('SCENARIO_OUTDATED', 'The criteria have changed since the scenario was saved; save it again before proposing it');
      for (const other of await em.find(Scenario, { fundRound: scenario.fundRound.id, proposed: true, id: { $ne: scenario.id } })) {
        other.proposed = false;
        other.proposedAt = null;
        other.proposedByName = null;
      }
      scenario.proposed = true;
      scenario.proposedAt = new Date();
      scenario.proposedByName = actor.displayName;
      const criteria = await em.findOneOrFail(AssessmentCriteria, { id: scenario.criteriaSet.id });
      if (criteria.status !== CriteriaSetStatus.FROZEN) {
        criteria.status = CriteriaSetStatus.FROZEN;
        criteria.frozenAt = new Date();
        criteria.fingerprint = criteriaSetFingerprint(criteriaSetOf(criteria));
      }
    });
  }

  /** Removes the proposal mark (the criteria set stays frozen: a frozen version never changes). */
  withdrawProposal(id: string, version: number, actor: RequestActor): Promise<Scenario> {
    return this.changeScenario(id, version, actor, async (_em, scenario) => {
      if (!scenario.proposed) throw forbidden('SCENARIO_NOT_PROPOSED', 'The scenario is not the proposal');
      scenario.proposed = false;
      scenario.proposedAt = null;
      scenario.proposedByName = null;
    });
  }

  async deleteScenario(id: string, version: number, actor: RequestActor): Promise<boolean> {
    await this.changeScenario(id, version, actor, async (em, scenario) => {
      if (scenario.proposed) throw forbidden('SCENARIO_PROPOSED', 'The proposal cannot be deleted; withdraw it first');
      em.remove(scenario);
    });
    return true;
  }
}
