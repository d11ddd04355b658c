import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { delegationLabel, requiredSignatory, verifySnapshot } from '@dp/domain/decisions';
import { canManageMeetings, canRecordDecisions, canView } from '@dp/domain/workflow';
import { CurrentActor, YearAmount, type RequestActor } from '@dp/api/common';
import { DecisionRecord, FundRound, Initiative, Meeting } from '@dp/api/database';
import { AgendaItem, BudgetCommitment, DecisionInput, DelegationRuleInput, DelegationRuleType, MeetingInput, MeetingRef } from './dto/decision.types.js';
import { DecisionsService } from './decisions.service.js';
import { MeetingsService, recommendationText } from './meetings.service.js';

/** The round's delegation order as GraphQL shows it (labels filled in). */
export function delegationRules(round: FundRound): DelegationRuleType[] {
  return round.delegation.map((r) => ({ upTo: r.upTo, signatory: r.signatory, label: delegationLabel(round.delegation, r.signatory) }));
}

@Resolver(() => DecisionRecord)
export class DecisionResolver {
  @ResolveField(() => [YearAmount], { nullable: true, description: 'The grant per year (granted only)' })
  amountsByYear(@Parent() d: DecisionRecord): YearAmount[] | null {
    return d.amountsByYear;
  }

  @ResolveField(() => MeetingRef, { nullable: true })
  async meeting(@Parent() d: DecisionRecord): Promise<MeetingRef | null> {
    if (!d.meeting) return null;
    const m = await d.meeting.loadOrFail({ dataloader: true });
    return { id: m.id, title: m.title, heldOn: m.heldOn };
  }

  @ResolveField(() => String, { description: 'The Swedish name of the delegation level it was signed under' })
  async signatoryLabel(@Parent() d: DecisionRecord): Promise<string> {
    const round = await d.fundRound.loadOrFail({ dataloader: true });
    return delegationLabel(round.delegation, d.signatory);
  }

  @ResolveField(() => Boolean, { description: 'The stored snapshot still matches its SHA-256 fingerprint' })
  snapshotIntact(@Parent() d: DecisionRecord): boolean {
    return verifySnapshot(d.snapshot, d.fingerprint);
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly meetings: MeetingsService,
  ) {}

  @Query(() => Meeting, { description: 'A management group meeting (readers of the prioritisation)' })
  meeting(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: RequestActor): Promise<Meeting> {
    return this.meetings.get(id, actor);
  }

  @Mutation(() => Meeting, { description: 'A new management group meeting with the agenda of the round’s proposal (portfolio office, decision maker)' })
  createMeeting(@Args('fundRoundId', { type: () => ID }) fundRoundId: string, @Args('input') input: MeetingInput, @CurrentActor() actor: RequestActor): Promise<Meeting> {
    return this.meetings.create(fundRoundId, input, actor);
  }

  @Mutation(() => Meeting, { description: 'Changes a meeting’s title, date, participants, notes and diarienummer' })
  updateMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MeetingInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Meeting> {
    return this.meetings.update(id, version, input, actor);
  }

  @ResolveField(() => FundRound)
  fundRound(@Parent() m: Meeting): Promise<FundRound> {
    return m.fundRound.loadOrFail({ dataloader: true });
  }

  @ResolveField(() => [AgendaItem], { description: 'The proposal’s initiatives in its order, with the decisions taken at this meeting' })
  async agenda(@Parent() m: Meeting, @CurrentActor() actor: RequestActor): Promise<AgendaItem[]> {
    const ids = m.agenda.map((e) => e.initiativeId);
    const [initiatives, decisions] = await Promise.all([
      this.em.find(Initiative, { id: { $in: ids } }),
      this.em.find(DecisionRecord, { meeting: m }, { orderBy: { createdAt: 'asc' } }),
    ]);
    const byId = new Map(initiatives.filter((i) => canView(actor, { departmentId: i.department.id })).map((i) => [i.id, i]));
    const decided = new Map(decisions.map((d) => [d.initiative.id, d]));
    return m.agenda.flatMap((e) => {
      const initiative = byId.get(e.initiativeId);
      return initiative
        ? [{ position: e.position, initiative, fundedInProposal: e.funded, recommendation: recommendationText(e, m.agenda.length), decision: decided.get(e.initiativeId) ?? null }]
        : [];
    });
  }

  @ResolveField(() => Boolean, { description: 'May the signed-in user change the meeting' })
  mayEdit(@CurrentActor() actor: RequestActor): boolean {
    return canManageMeetings(actor).ok;
  }

  @ResolveField(() => Boolean, { description: 'May the signed-in user record decisions' })
  mayDecide(@CurrentActor() actor: RequestActor): boolean {
    return canRecordDecisions(actor).ok;
  }
}

@Resolver(() => FundRound)
export class FundRoundDecisionsResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly meetings: MeetingsService,
  ) {}

  @ResolveField(() => [DelegationRuleType], { description: 'The delegation order (delegationsordning): who may sign a decision, by amount' })
  delegation(@Parent() round: FundRound): DelegationRuleType[] {
    return delegationRules(round);
  }

  @ResolveField(() => BudgetCommitment, { description: 'What granted decisions have committed of the fund (readers of the prioritisation)' })
  commitment(@Parent() round: FundRound, @CurrentActor() actor: RequestActor): Promise<BudgetCommitment> {
    return this.decisions.commitment(round, actor);
  }

  @ResolveField('meetings', () => [Meeting], { description: 'The round’s management group meetings, newest first (readers of the prioritisation)' })
  meetingList(@Parent() round: FundRound, @CurrentActor() actor: RequestActor): Promise<Meeting[]> {
    return this.meetings.list(round, actor);
  }

  @Mutation(() => FundRound, { description: 'Sets the round’s delegation order (administrators)' })
  updateDelegation(
    @Args('fundRoundId', { type: () => ID }) fundRoundId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('rules', { type: () => [DelegationRuleInput] }) rules: DelegationRuleInput[],
    @CurrentActor() actor: RequestActor,
  ): Promise<FundRound> {
    return this.decisions.updateDelegation(fundRoundId, version, rules, actor);
  }
}

@Resolver(() => Initiative)
export class InitiativeDecisionResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @ResolveField(() => DecisionRecord, { nullable: true, description: 'The latest decision (beslut); shown to everyone who sees the initiative' })
  async decision(@Parent() initiative: Initiative): Promise<DecisionRecord | null> {
    return (await initiative.decisions.load({ dataloader: true })).getItems()[0] ?? null;
  }

  @ResolveField('decisions', () => [DecisionRecord], { description: 'Every decision, newest first (a deferred or returned initiative may be decided again)' })
  async decisionHistory(@Parent() initiative: Initiative): Promise<DecisionRecord[]> {
    return (await initiative.decisions.load({ dataloader: true })).getItems();
  }

  @ResolveField(() => Boolean, { description: 'May the signed-in user record a decision on it now (decision maker, prepared)' })
  mayDecide(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): boolean {
    return initiative.status === 'PREPARED' && canRecordDecisions(actor).ok;
  }

  @ResolveField(() => String, { nullable: true, description: 'The delegation level that signs a grant of the requested amount (prepared initiatives)' })
  async requiredSignatory(@Parent() initiative: Initiative): Promise<string | null> {
    if (initiative.status !== 'PREPARED') return null;
    const round = await initiative.fundRound.loadOrFail({ dataloader: true });
    return delegationLabel(round.delegation, requiredSignatory(round.delegation, initiative.requestedAmount));
  }

  @Mutation(() => Initiative, { description: 'Records a decision (beslut) on a prepared initiative: granted, rejected, deferred or returned (decision maker, within their delegation)' })
  recordDecision(@Args('input') input: DecisionInput, @CurrentActor() actor: RequestActor): Promise<Initiative> {
    return this.decisions.record(input, actor);
  }
}
