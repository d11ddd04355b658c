import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DecisionRecord, FundRound, type DecisionOutcome } from '@dp/api/database';

/** A decided initiative as open data: what the public may read, and nothing about persons. */
export interface PublicDecision {
  initiativeId: string;
  title: string;
  department: string;
  /** the management object (förvaltningsobjekt); null until PM3 objects exist */
  object: string | null;
  outcome: Exclude<DecisionOutcome, 'RETURNED'>;
  grantedAmount: number | null;
  amountsByYear: { year: number; amount: number }[] | null;
  expectedEffects: string | null;
  status: string;
  decidedOn: string;
  registrationNumber: string;
}

export interface PublicRound {
  code: string;
  name: string;
  year: number;
  budget: number;
}

export interface PublicRoundSummary extends PublicRound {
  granted: number;
  decidedCount: number;
}

/** The fields of the open data, in order: the JSON keys and the CSV columns. */
export const PUBLIC_DECISION_FIELDS = [
  'initiativeId',
  'title',
  'department',
  'object',
  'outcome',
  'grantedAmount',
  'amountsByYear',
  'expectedEffects',
  'status',
  'decidedOn',
  'registrationNumber',
] as const satisfies readonly (keyof PublicDecision)[];

/**
 * The public portfolio (offentlighetsprincipen): per round, the initiatives with a decision in force –
 * the latest decision of each, granted, rejected or deferred (a returned one is back in preparation).
 * Built field by field from an allow-list: names of applicants, contacts and decision makers, comments
 * and assessments never leave the database through here.
 */
@Injectable()
export class OpenDataService {
  constructor(private readonly em: EntityManager) {}

  private roundOf(r: FundRound): PublicRound {
    return { code: r.code, name: r.name, year: r.year, budget: r.budget };
  }

  async rounds(): Promise<PublicRoundSummary[]> {
    const rounds = await this.em.find(FundRound, {}, { orderBy: { year: 'desc', code: 'asc' } });
    const decisions = await this.inForce(rounds.map((r) => r.id));
    return rounds.map((r) => {
      const mine = decisions.filter((d) => d.fundRound.id === r.id);
      return {
        ...this.roundOf(r),
        granted: mine.reduce((s, d) => s + (d.outcome === 'GRANTED' ? (d.grantedAmount ?? 0) : 0), 0),
        decidedCount: mine.length,
      };
    });
  }

  /** null when there is no round with that code */
  async decisions(code: string): Promise<{ round: PublicRound; decisions: PublicDecision[] } | null> {
    const round = await this.em.findOne(FundRound, { code });
    if (!round) return null;
    const decisions = await this.inForce([round.id]);
    return {
      round: this.roundOf(round),
      decisions: decisions
        .map((d) => {
          const i = d.initiative.getEntity();
          return {
            initiativeId: i.id,
            title: i.title,
            department: i.department.getEntity().name,
            object: null,
            outcome: d.outcome as PublicDecision['outcome'],
            grantedAmount: d.outcome === 'GRANTED' ? d.grantedAmount : null,
            amountsByYear: d.outcome === 'GRANTED' ? d.amountsByYear : null,
            expectedEffects: i.expectedEffects,
            status: i.status,
            decidedOn: d.decidedOn,
            registrationNumber: d.registrationNumber,
          };
        })
        .sort((a, b) => (a.outcome === b.outcome ? a.title.localeCompare(b.title, 'sv') : a.outcome === 'GRANTED' ? -1 : b.outcome === 'GRANTED' ? 1 : a.outcome.localeCompare(b.outcome))),
    };
  }

  /** The latest decision of each initiative of the rounds, unless it returned the initiative to preparation. */
  private async inForce(roundIds: string[]): Promise<DecisionRecord[]> {
    if (roundIds.length === 0) return [];
    const all = await this.em.find(DecisionRecord, { fundRound: { $in: roundIds } }, { populate: ['initiative.department'], orderBy: { createdAt: 'desc', id: 'desc' } });
    const latest = new Map<string, DecisionRecord>();
    for (const d of all) if (!latest.has(d.initiative.id)) latest.set(d.initiative.id, d);
    return [...latest.values()].filter((d) => d.outcome !== 'RETURNED');
  }
}
