import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { ahpWeights, validateAhpMatrix, validateCriteriaSet } from '@dp/domain/prioritisation';
import { canManageCriteria } from '@dp/domain/workflow';
import type { FieldError } from '@dp/domain/initiatives';
import { conflict, forbidden, isUuid, notFound, ValidationFailed, withOptimisticLock, type RequestActor } from '@dp/api/common';
import { AssessmentCriteria, CriteriaSetStatus, ensureCriteriaSet, FundRound, latestCriteriaSet } from '@dp/api/database';
import { horizonYears } from '@dp/domain/benefits';
import { parametersOf } from '@dp/api/database';

interface CapacityEntry {
  year: number;
  amount: number;
}

/** Years within the round's horizon, each at most once, amounts finite and ≥ 0 (kronor whole). */
export function validateCapacity(field: string, entries: readonly CapacityEntry[], years: readonly number[], wholeKronor: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  entries.forEach((e, k) => {
    if (!years.includes(e.year)) errors.push({ field: `${field}.${k}.year`, code: 'OUTSIDE_HORIZON' });
    else if (seen.has(e.year)) errors.push({ field: `${field}.${k}.year`, code: 'DUPLICATE' });
    seen.add(e.year);
    if (!Number.isFinite(e.amount) || e.amount < 0) errors.push({ field: `${field}.${k}.amount`, code: 'NEGATIVE' });
    else if (wholeKronor && !Number.isSafeInteger(e.amount)) errors.push({ field: `${field}.${k}.amount`, code: 'NOT_WHOLE_KRONOR' });
  });
  return errors;
}

/**
 * A round's assessment criteria and must-requirements (versioned; a frozen version is never changed, a
 * change becomes the next version) and its yearly budgets and staff capacity.
 */
@Injectable()
export class CriteriaService {
  constructor(private readonly em: EntityManager) {}

  async update(fundRoundId: string, version: number, input: { criteria: unknown; mustRequirements: unknown; pairwise?: number[][] | null }, actor: RequestActor): Promise<AssessmentCriteria> {
    const may = canManageCriteria(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the portfolio office sets the assessment criteria');
    const round = isUuid(fundRoundId) ? await this.em.findOne(FundRound, { id: fundRoundId }) : null;
    if (!round) throw notFound('FundRound', fundRoundId);

    let criteria = input.criteria;
    const pairwise = input.pairwise ?? null;
    if (pairwise) {
      const matrix = validateAhpMatrix(pairwise);
      if (!matrix.ok) throw new ValidationFailed(matrix.errors.map((e) => ({ field: e.field.replace(/^matrix/, 'pairwise'), code: e.code })));
      if (!Array.isArray(criteria) || matrix.value.length !== criteria.length) throw new ValidationFailed([{ field: 'pairwise', code: 'OUT_OF_RANGE' }]);
      const { weights } = ahpWeights(matrix.value);
      // the derived shares as percentages with four decimals: readable, and the proportions are kept
      criteria = (criteria as Record<string, unknown>[]).map((c, k) => ({ ...c, weight: Math.round((weights[k] ?? 0) * 100 * 10_000) / 10_000 }));
    }
    const valid = validateCriteriaSet({ criteria, mustRequirements: input.mustRequirements });
    if (!valid.ok) throw new ValidationFailed(valid.errors);

    const current = await ensureCriteriaSet(this.em, round);
    const currentVersion = async () => (await latestCriteriaSet(this.em.fork(), fundRoundId))?.version;
    try {
      return await withOptimisticLock(
        'CriteriaSet',
        current.id,
        version,
        () =>
          this.em.transactional(async (em) => {
            const latest = await latestCriteriaSet(em, fundRoundId);
            if (!latest || latest.version !== version) throw conflict('CriteriaSet', latest?.id ?? current.id, latest?.version ?? 0);
            const content = { criteria: [...valid.value.criteria], mustRequirements: [...valid.value.mustRequirements], pairwise };
            const target =
              latest.status === CriteriaSetStatus.FROZEN
                ? em.create(AssessmentCriteria, { fundRound: em.getReference(FundRound, fundRoundId), number: latest.number + 1, ...content })
                : Object.assign(latest, content);
            target.updatedById = actor.userId;
            target.updatedByName = actor.displayName;
            await em.flush();
            return target;
          }),
        async () => (await currentVersion()) ?? 0,
      );
    } catch (e) {
      // two changes of a frozen version at once: the second meets the unique (round, number)
      if (e instanceof UniqueConstraintViolationException) throw conflict('CriteriaSet', current.id, (await currentVersion()) ?? 0);
      throw e;
    }
  }

  async updateCapacity(fundRoundId: string, version: number, yearlyBudgets: CapacityEntry[], staffCapacity: CapacityEntry[], actor: RequestActor): Promise<FundRound> {
    const may = canManageCriteria(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the portfolio office sets the yearly budgets and staff capacity');
    return withOptimisticLock(
      'FundRound',
      fundRoundId,
      version,
      () =>
        this.em.transactional(async (em) => {
          const round = isUuid(fundRoundId) ? await em.findOne(FundRound, { id: fundRoundId }) : null;
          if (!round) throw notFound('FundRound', fundRoundId);
          const years = horizonYears(parametersOf(round));
          const errors = [...validateCapacity('yearlyBudgets', yearlyBudgets, years, true), ...validateCapacity('staffCapacity', staffCapacity, years, false)];
          if (errors.length > 0) throw new ValidationFailed(errors);
          if (round.version !== version) throw conflict('FundRound', fundRoundId, round.version);
          const sorted = (xs: CapacityEntry[]) => xs.map((x) => ({ year: x.year, amount: x.amount })).sort((a, b) => a.year - b.year);
          round.yearlyBudgets = sorted(yearlyBudgets);
          round.staffCapacity = sorted(staffCapacity);
          await em.flush();
          return round;
        }),
      async () => (await this.em.fork().findOne(FundRound, { id: fundRoundId }))?.version,
    );
  }
}
