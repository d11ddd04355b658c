import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import {
  checkCommitment,
  committedByYear,
  committedTotal,
  delegationAmount,
  delegationLabel,
  delegationRank,
  freezeSnapshot,
  frozenDecision,
  maySign,
  remaining,
  requiredSignatory,
  validateDecision,
  validateDelegation,
  type Commitment,
  type DelegationRules,
} from '@dp/domain/decisions';
import { horizonYears } from '@dp/domain/benefits';
import { criteriaSetFingerprint, splitByYear } from '@dp/domain/prioritisation';
import { canManageDelegation, canRecordDecisions, canView, canViewPrioritisation, decide, type Action } from '@dp/domain/workflow';
import { conflict, forbidden, isUuid, notFound, ValidationFailed, withOptimisticLock, type RequestActor } from '@dp/api/common';
import {
  calculationInForce,
  criteriaSetOf,
  DecisionRecord,
  enterStatus,
  FundRound,
  Initiative,
  initiativeScore,
  latestCriteriaSet,
  Meeting,
  oneOffCostsByYear,
  parametersOf,
  Scenario,
  snapshotOf,
  User,
  type DecisionOutcome,
} from '@dp/api/database';
import type { DecisionInput, DelegationRuleInput } from './dto/decision.types.js';
import { NotificationService } from './notification.service.js';

const OUTCOME_ACTION: Record<DecisionOutcome, Action> = { GRANTED: 'GRANT', REJECTED: 'REJECT', DEFERRED: 'DEFER', RETURNED: 'RETURN' };

/** Today in Sweden (YYYY-MM-DD): a decision cannot be dated after it. */
export function swedishToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface CommitmentView {
  budget: number;
  committed: number;
  remaining: number;
  byYear: { year: number; budget: number; committed: number; remaining: number }[];
}

/** What granted decisions have committed of a round's fund (read in the caller's transaction). */
export async function grantedCommitments(em: EntityManager, fundRoundId: string): Promise<Commitment[]> {
  const granted = await em.find(DecisionRecord, { fundRound: fundRoundId, outcome: 'GRANTED' }, { fields: ['grantedAmount', 'amountsByYear'] });
  return granted.map((d) => ({ amount: d.grantedAmount ?? 0, amountsByYear: d.amountsByYear }));
}

/** The fund's budget, what is committed and what is left, in total and per budget year. */
export function commitmentView(round: FundRound, commitments: readonly Commitment[]): CommitmentView {
  const left = remaining({ total: round.budget, byYear: round.yearlyBudgets }, commitments);
  const perYear = new Map(committedByYear(commitments).map((a) => [a.year, a.amount]));
  return {
    budget: round.budget,
    committed: committedTotal(commitments),
    remaining: left.total,
    byYear: [...round.yearlyBudgets]
      .sort((a, b) => a.year - b.year)
      .map((b) => ({ year: b.year, budget: b.amount, committed: perYear.get(b.year) ?? 0, remaining: b.amount - (perYear.get(b.year) ?? 0) })),
  };
}

/**
 * Records decisions (beslut). One transaction per decision, serialised on the fund round's row, so the
 * commitments read are those of every decision before it: two grants that together exceed the budget
 * cannot both pass. The decision is validated by the domain, signed under the delegation order, checked
 * against the fund (an over-commitment needs a written reason), frozen with what it was taken on, moves
 * the initiative on in the workflow and tells the applicant.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationService,
  ) {}

  async commitment(round: FundRound, actor: RequestActor): Promise<CommitmentView> {
    const may = canViewPrioritisation(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the readers of the prioritisation see the fund’s commitments');
    return commitmentView(round, await grantedCommitments(this.em, round.id));
  }

  /** Sets the round's delegation order (administrators), validated by the domain, with the round's version. */
  async updateDelegation(fundRoundId: string, version: number, rules: readonly DelegationRuleInput[], actor: RequestActor): Promise<FundRound> {
    const may = canManageDelegation(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only administrators set the delegation order');
    const valid = validateDelegation(rules.map((r) => ({ upTo: r.upTo ?? null, signatory: r.signatory, label: r.label ?? null })));
    if (!valid.ok) throw new ValidationFailed(valid.errors.map((e) => ({ field: `rules.${e.field}`.replace(/^rules\.$/, 'rules'), code: e.code })));
    return withOptimisticLock(
      'FundRound',
      fundRoundId,
      version,
      () =>
        this.em.transactional(async (em) => {
          const round = isUuid(fundRoundId) ? await em.findOne(FundRound, { id: fundRoundId }) : null;
          if (!round) throw notFound('FundRound', fundRoundId);
          if (round.version !== version) throw conflict('FundRound', fundRoundId, round.version);
          round.delegation = valid.value.map((r) => ({ upTo: r.upTo, signatory: r.signatory, label: r.label }));
          await em.flush();
          return round;
        }),
      async () => (isUuid(fundRoundId) ? (await this.em.fork().findOne(FundRound, { id: fundRoundId }))?.version : undefined),
    );
  }

  async record(input: DecisionInput, actor: RequestActor): Promise<Initiative> {
    const may = canRecordDecisions(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the decision maker records decisions');
    const id = input.initiativeId;
    let notificationId: string | null = null;
    const initiative = await withOptimisticLock(
      'Initiative',
      id,
      input.initiativeVersion,
      () =>
        this.em.transactional(async (em) => {
          const head = isUuid(id) ? await em.findOne(Initiative, { id }) : null;
          if (!head || !canView(actor, { departmentId: head.department.id })) throw notFound('Initiative', id);
          // every decision of the round waits here for the one before it to commit
          const round = await em.findOneOrFail(FundRound, { id: head.fundRound.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
          const initiative = await em.findOneOrFail(
            Initiative,
            { id },
            { populate: ['goalAreas', 'calculations', 'assessments', 'eligibilityReviews', 'department'], refresh: true },
          );
          if (initiative.version !== input.initiativeVersion) throw conflict('Initiative', id, initiative.version);

          const valid = validateDecision(
            {
              outcome: input.outcome,
              grantedAmount: input.grantedAmount ?? undefined,
              amountsByYear: input.amountsByYear ?? undefined,
              conditions: input.conditions,
              reason: input.reason,
              decidedOn: input.decidedOn,
              registrationNumber: input.registrationNumber,
              meetingId: input.meetingId ?? null,
            },
            { requestedAmount: initiative.requestedAmount, years: horizonYears(parametersOf(round)), today: swedishToday() },
          );
          if (!valid.ok) throw new ValidationFailed(valid.errors);
          const decision = valid.value;

          const action = OUTCOME_ACTION[decision.outcome];
          const transition = decide(snapshotOf(initiative), action, actor, { reason: decision.reason });
          if (!transition.ok) {
            throw new GraphQLError(`${action} is not possible now: ${transition.reasons.join(', ')}`, {
              extensions: { code: 'TRANSITION_REFUSED', action, reasons: transition.reasons },
            });
          }

          const meeting = decision.meetingId ? await this.meetingOf(em, decision.meetingId, round) : null;
          const signatory = await this.signatory(em, actor, round.delegation, {
            outcome: decision.outcome,
            requestedAmount: initiative.requestedAmount,
            grantedAmount: decision.outcome === 'GRANTED' ? decision.grantedAmount : null,
          });

          const calculation = calculationInForce(initiative.calculations.getItems());
          let amountsByYear: { year: number; amount: number }[] | null = null;
          let overcommit: Pick<DecisionRecord, 'overcommitted' | 'overcommitReason' | 'overcommittedBudgets'> = { overcommitted: false, overcommitReason: null, overcommittedBudgets: null };
          if (decision.outcome === 'GRANTED') {
            // without a split given, the grant follows the calculation's one-off costs (as the portfolio does)
            amountsByYear =
              decision.amountsByYear && decision.amountsByYear.length > 0
                ? decision.amountsByYear.map((a) => ({ year: a.year, amount: a.amount }))
                : splitByYear(decision.grantedAmount, calculation ? oneOffCostsByYear(calculation.sheet, calculation.parameters) : [], round.year);
            const check = checkCommitment({ total: round.budget, byYear: round.yearlyBudgets }, await grantedCommitments(em, round.id), {
              amount: decision.grantedAmount,
              amountsByYear,
              overcommitReason: input.overcommitReason,
            });
            if (!check.ok) {
              const reasonMissing = check.errors.length === 1 && check.errors[0]?.field === 'overcommitReason' && check.errors[0]?.code === 'REQUIRED';
              if (reasonMissing) {
                throw new GraphQLError('The grant exceeds the fund’s budget; give a written reason to over-commit it', {
                  extensions: { code: 'BUDGET_EXCEEDED', uses: check.exceeded },
                });
              }
              throw new ValidationFailed(check.errors);
            }
            overcommit = { overcommitted: check.overcommitted, overcommitReason: check.overcommitReason, overcommittedBudgets: check.overcommitted ? check.exceeded : null };
          }

          const scenario = meeting?.scenario ? await em.findOne(Scenario, { id: meeting.scenario.id }) : await em.findOne(Scenario, { fundRound: round, proposed: true });
          const criteria = await latestCriteriaSet(em, round.id);
          const score = criteria ? initiativeScore(initiative.assessments.getItems(), criteriaSetOf(criteria)) : null;
          const frozen = freezeSnapshot({
            initiativeId: initiative.id,
            decision: frozenDecision(decision.outcome === 'GRANTED' ? { ...decision, amountsByYear } : decision),
            calculation: calculation ? { kind: calculation.kind, id: calculation.id, figures: calculation.figures } : null,
            score:
              criteria && score
                ? { score: score.score, partialScore: score.partialScore, criteriaSetFingerprint: criteria.fingerprint ?? criteriaSetFingerprint(criteriaSetOf(criteria)) }
                : null,
            scenario: scenario ? { id: scenario.id, result: scenario.result } : null,
          });

          const record = em.create(DecisionRecord, {
            initiative,
            fundRound: round,
            meeting,
            outcome: decision.outcome,
            grantedAmount: decision.outcome === 'GRANTED' ? decision.grantedAmount : null,
            amountsByYear,
            conditions: decision.outcome === 'GRANTED' ? decision.conditions : null,
            reason: decision.reason,
            decidedOn: decision.decidedOn,
            registrationNumber: decision.registrationNumber,
            decidedById: actor.userId,
            decidedByName: actor.displayName,
            signatory,
            ...overcommit,
            snapshot: frozen.snapshot,
            fingerprint: frozen.fingerprint,
          });
          await enterStatus(em, initiative, action, transition.to, actor, decision.reason ?? (decision.outcome === 'GRANTED' ? decision.conditions : null));
          notificationId = this.notifications.queue(em, initiative, record).id;
          await em.flush();
          return initiative;
        }),
      async () => (isUuid(id) ? (await this.em.fork().findOne(Initiative, { id }))?.version : undefined),
    );
    // the e-mail goes after the commit and does not hold up the answer (a slow mail server delays no one)
    if (notificationId) this.notifications.deliverLater(notificationId);
    return initiative;
  }

  private async meetingOf(em: EntityManager, meetingId: string, round: FundRound): Promise<Meeting> {
    const meeting = isUuid(meetingId) ? await em.findOne(Meeting, { id: meetingId, fundRound: round }) : null;
    if (!meeting) throw new ValidationFailed([{ field: 'meetingId', code: 'UNKNOWN_REFERENCE' }]);
    return meeting;
  }

  /**
   * The delegation level the decision is signed under: the lowest level the signing user holds that
   * covers it. Refused (FORBIDDEN DELEGATION_REQUIRED, naming the level needed) when none does.
   */
  private async signatory(em: EntityManager, actor: RequestActor, rules: DelegationRules, decision: Parameters<typeof maySign>[2]): Promise<string> {
    const user = await em.findOneOrFail(User, { id: actor.userId });
    const signing = maySign({ delegations: user.delegations }, rules, decision);
    if (!signing.ok) {
      const label = delegationLabel(rules, signing.required);
      throw new GraphQLError(`The decision needs the delegation of ${label}`, {
        extensions: { code: 'FORBIDDEN', reason: 'DELEGATION_REQUIRED', required: label, requiredLevel: signing.required },
      });
    }
    const needed = delegationRank(rules, requiredSignatory(rules, delegationAmount(decision)));
    const held = user.delegations.filter((d) => delegationRank(rules, d) >= needed).sort((a, b) => delegationRank(rules, a) - delegationRank(rules, b));
    return held[0] ?? requiredSignatory(rules, delegationAmount(decision));
  }
}
