import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { delegationLabel } from '@dp/domain/decisions';
import { canViewPrioritisation } from '@dp/domain/workflow';
import { forbidden, isUuid, notFound, type RequestActor } from '@dp/api/common';
import {
  calculationInForce,
  criteriaSetOf,
  ensureCriteriaSet,
  FundRound,
  Initiative,
  initiativeEligibility,
  initiativeScore,
  Meeting,
  roundItemOf,
  Scenario,
  type AgendaEntry,
} from '@dp/api/database';
import type { DecisionBasisData, DocInitiative, DocMeeting, DocRound, MinutesData, PortfolioExportData } from './documents/index.js';
import { grantedCommitments } from './decisions.service.js';
import { agendaOf, recommendationText } from './meetings.service.js';

const NOT_IN_PROPOSAL = 'Ingår inte i förslaget.';

/**
 * Loads what the decision basis, the minutes extract and the portfolio export show, in a few
 * statements whatever the number of initiatives: the initiatives with their department, goal areas,
 * calculations, assessments, eligibility and decisions, the criteria and the proposal.
 */
@Injectable()
export class DocumentsService {
  constructor(private readonly em: EntityManager) {}

  private mayRead(actor: RequestActor): void {
    const may = canViewPrioritisation(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the readers of the prioritisation download the decision documents');
  }

  private roundOf(round: FundRound): DocRound {
    return { code: round.code, name: round.name, year: round.year, budget: round.budget, yearlyBudgets: [...round.yearlyBudgets].sort((a, b) => a.year - b.year) };
  }

  private meetingOf(m: Meeting): DocMeeting {
    return { title: m.title, heldOn: m.heldOn, registrationNumber: m.registrationNumber, participants: m.participants, notes: m.notes, proposalName: m.proposalName };
  }

  /** The documents' view of initiatives, each placed by the agenda (rank, funded, recommendation). */
  private async items(round: FundRound, initiatives: Initiative[], agenda: readonly AgendaEntry[]): Promise<DocInitiative[]> {
    await this.em.populate(initiatives, ['department', 'goalAreas', 'calculations', 'assessments', 'eligibilityReviews', 'decisions']);
    const criteria = criteriaSetOf(await ensureCriteriaSet(this.em, round));
    const placed = new Map(agenda.map((e) => [e.initiativeId, e]));
    return initiatives.map((i) => {
      const calc = calculationInForce(i.calculations.getItems());
      const review = i.eligibilityReviews.getItems()[0] ?? null;
      const item = roundItemOf({ id: i.id, requestedAmount: i.requestedAmount, calculation: calc, assessments: i.assessments.getItems(), eligibilityReview: review }, criteria, round.year);
      const eligibility = initiativeEligibility(review, criteria);
      const entry = placed.get(i.id);
      const decision = i.decisions.getItems()[0] ?? null;
      const hours = item.staffHoursByYear.reduce((s, h) => s + h.amount, 0);
      return {
        id: i.id,
        title: i.title,
        department: i.department.getEntity().name,
        status: i.status,
        description: i.description,
        expectedEffects: i.expectedEffects,
        contactName: i.contactName,
        contactEmail: i.contactEmail,
        currentSituation: i.currentSituation,
        problem: i.problem,
        desiredSituation: i.desiredSituation,
        risks: i.risks,
        dependencies: i.dependencies,
        goalAreas: i.goalAreas.getItems().map((g) => g.name),
        requestedAmount: i.requestedAmount,
        coFinancing: i.coFinancing,
        plannedStart: i.plannedStart,
        plannedEnd: i.plannedEnd,
        amountsByYear: [...item.amountsByYear],
        staffHours: item.staffHoursByYear.length > 0 ? Math.round(hours * 100) / 100 : null,
        score: initiativeScore(i.assessments.getItems(), criteria).score,
        npv: calc?.figures.npv ?? null,
        benefitCostRatio: calc?.figures.benefitCostRatio ?? null,
        npvPerKrona: calc?.figures.npvPerKrona ?? null,
        paybackYear: calc?.figures.paybackYear ?? null,
        eligible: eligibility.status === 'INCOMPLETE' ? null : eligibility.eligible,
        eligibilityNote: eligibility.failed.length > 0 ? eligibility.failed.map((f) => (f.comment ? `${f.name}: ${f.comment}` : f.name)).join('; ') : null,
        rank: entry?.position ?? null,
        fundedInProposal: entry?.funded ?? false,
        recommendation: entry ? recommendationText(entry, agenda.length) : NOT_IN_PROPOSAL,
        decision: decision
          ? {
              outcome: decision.outcome,
              grantedAmount: decision.grantedAmount,
              amountsByYear: decision.amountsByYear,
              conditions: decision.conditions,
              reason: decision.reason,
              decidedOn: decision.decidedOn,
              registrationNumber: decision.registrationNumber,
              decidedByName: decision.decidedByName,
              signatoryLabel: delegationLabel(round.delegation, decision.signatory),
              overcommitted: decision.overcommitted,
              overcommitReason: decision.overcommitReason,
              fingerprint: decision.fingerprint,
            }
          : null,
      };
    });
  }

  private async meetingWithRound(id: string, actor: RequestActor): Promise<{ meeting: Meeting; round: FundRound; initiatives: Initiative[] }> {
    this.mayRead(actor);
    const meeting = isUuid(id) ? await this.em.findOne(Meeting, { id }, { populate: ['fundRound'] }) : null;
    if (!meeting) throw notFound('Meeting', id);
    const ids = meeting.agenda.map((e) => e.initiativeId);
    const found = await this.em.find(Initiative, { id: { $in: ids } });
    const byId = new Map(found.map((i) => [i.id, i]));
    return { meeting, round: meeting.fundRound.getEntity(), initiatives: ids.flatMap((i) => byId.get(i) ?? []) };
  }

  /** beslutsunderlag: the meeting's agenda with every initiative's summary and figures. */
  async decisionBasis(meetingId: string, actor: RequestActor): Promise<{ data: DecisionBasisData; meeting: Meeting }> {
    const { meeting, round, initiatives } = await this.meetingWithRound(meetingId, actor);
    const items = await this.items(round, initiatives, meeting.agenda);
    const committed = (await grantedCommitments(this.em, round.id)).reduce((s, c) => s + c.amount, 0);
    return { meeting, data: { round: this.roundOf(round), meeting: this.meetingOf(meeting), items, committed, generatedAt: new Date().toISOString() } };
  }

  /** protokollsutdrag: the decisions taken at the meeting, in the agenda's order. */
  async minutes(meetingId: string, actor: RequestActor): Promise<{ data: MinutesData; meeting: Meeting }> {
    const { meeting, round, initiatives } = await this.meetingWithRound(meetingId, actor);
    const items = await this.items(round, initiatives, meeting.agenda);
    const decidedHere = new Set(initiatives.flatMap((i) => i.decisions.getItems().filter((d) => d.meeting?.id === meeting.id).map(() => i.id)));
    return {
      meeting,
      data: { round: this.roundOf(round), meeting: this.meetingOf(meeting), items: items.filter((i) => decidedHere.has(i.id)), generatedAt: new Date().toISOString() },
    };
  }

  /** The whole portfolio of a round (every initiative, any status), placed by the round's proposal. */
  async portfolio(fundRoundId: string, actor: RequestActor): Promise<PortfolioExportData> {
    this.mayRead(actor);
    const round = isUuid(fundRoundId) ? await this.em.findOne(FundRound, { id: fundRoundId }) : null;
    if (!round) throw notFound('FundRound', fundRoundId);
    const initiatives = await this.em.find(Initiative, { fundRound: round }, { orderBy: { title: 'asc', id: 'asc' } });
    const proposal = await this.em.findOne(Scenario, { fundRound: round, proposed: true });
    const agenda = proposal ? agendaOf(proposal, new Set(initiatives.map((i) => i.id))) : [];
    return { round: this.roundOf(round), items: await this.items(round, initiatives, agenda), generatedAt: new Date().toISOString() };
  }
}
