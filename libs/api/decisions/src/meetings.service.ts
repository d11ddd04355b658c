import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { validateMeeting } from '@dp/domain/decisions';
import { canManageMeetings, canViewPrioritisation } from '@dp/domain/workflow';
import { conflict, forbidden, isUuid, notFound, ValidationFailed, withOptimisticLock, type RequestActor } from '@dp/api/common';
import { FundRound, Initiative, Meeting, Scenario, type AgendaEntry } from '@dp/api/database';
import type { MeetingInput } from './dto/decision.types.js';

/** The portfolio office's recommendation for an agenda item, in Swedish. */
export function recommendationText(entry: AgendaEntry, count: number): string {
  const rank = `rang ${entry.position} av ${count}`;
  return entry.funded
    ? `Portföljkontoret föreslår bifall (${rank}, inom budgeten i förslaget).`
    : `Portföljkontoret föreslår inte bifall nu (${rank}, ryms inte inom budgeten i förslaget).`;
}

/** The agenda of a meeting: the proposal's order, each item marked funded when above its budget line. */
export function agendaOf(scenario: Scenario, roundInitiativeIds: ReadonlySet<string>): AgendaEntry[] {
  const selected = new Set(scenario.result.selected);
  return scenario.order.filter((id) => roundInitiativeIds.has(id)).map((initiativeId, i) => ({ initiativeId, position: i + 1, funded: selected.has(initiativeId) }));
}

/** The management group's meetings of a round, their agenda built from the round's proposal. */
@Injectable()
export class MeetingsService {
  constructor(private readonly em: EntityManager) {}

  private mayRead(actor: RequestActor): void {
    const may = canViewPrioritisation(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the readers of the prioritisation see the meetings');
  }

  private mayManage(actor: RequestActor): void {
    const may = canManageMeetings(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the portfolio office and the decision maker prepare and hold meetings');
  }

  async get(id: string, actor: RequestActor): Promise<Meeting> {
    this.mayRead(actor);
    const meeting = isUuid(id) ? await this.em.findOne(Meeting, { id }) : null;
    if (!meeting) throw notFound('Meeting', id);
    return meeting;
  }

  async list(round: FundRound, actor: RequestActor): Promise<Meeting[]> {
    this.mayRead(actor);
    return this.em.find(Meeting, { fundRound: round }, { orderBy: { heldOn: 'desc', createdAt: 'desc' } });
  }

  private validate(input: MeetingInput) {
    const valid = validateMeeting(input);
    if (!valid.ok) throw new ValidationFailed(valid.errors);
    return valid.value;
  }

  /** A new meeting with the agenda of the round's proposed scenario (FORBIDDEN PROPOSAL_REQUIRED without one). */
  async create(fundRoundId: string, input: MeetingInput, actor: RequestActor): Promise<Meeting> {
    this.mayManage(actor);
    const fields = this.validate(input);
    return this.em.transactional(async (em) => {
      const round = isUuid(fundRoundId) ? await em.findOne(FundRound, { id: fundRoundId }) : null;
      if (!round) throw notFound('FundRound', fundRoundId);
      const proposal = await em.findOne(Scenario, { fundRound: round, proposed: true });
      if (!proposal) throw forbidden('PROPOSAL_REQUIRED', 'The round has no proposed scenario to build the agenda from');
      const ids = await em.find(Initiative, { fundRound: round, id: { $in: proposal.order } }, { fields: ['id'] });
      const meeting = em.create(Meeting, {
        fundRound: round,
        ...fields,
        scenario: proposal,
        proposalName: proposal.name,
        agenda: agendaOf(proposal, new Set(ids.map((i) => i.id))),
        createdById: actor.userId,
        createdByName: actor.displayName,
      });
      await em.flush();
      return meeting;
    });
  }

  async update(id: string, version: number, input: MeetingInput, actor: RequestActor): Promise<Meeting> {
    this.mayManage(actor);
    const fields = this.validate(input);
    return withOptimisticLock(
      'Meeting',
      id,
      version,
      () =>
        this.em.transactional(async (em) => {
          const meeting = isUuid(id) ? await em.findOne(Meeting, { id }) : null;
          if (!meeting) throw notFound('Meeting', id);
          if (meeting.version !== version) throw conflict('Meeting', id, meeting.version);
          Object.assign(meeting, fields);
          await em.flush();
          return meeting;
        }),
      async () => (isUuid(id) ? (await this.em.fork().findOne(Meeting, { id }))?.version : undefined),
    );
  }
}
