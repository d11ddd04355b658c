import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { validateParameters, validateSheet, type ParameterSettings } from '@dp/domain/benefits';
import { canEditCalculation, canSetCalculationParameters, canView } from '@dp/domain/workflow';
import { conflict, forbidden, isUuid, notFound, ValidationFailed, withOptimisticLock, type RequestActor } from '@dp/api/common';
import { BenefitCalculation, calculationInForce, CalculationKind, FundRound, Initiative, calculatedFields, parametersOf, refreshInitiativeFigures } from '@dp/api/database';

export { calculationInForce, parametersOf };

/**
 * Benefit calculations: saving the applicant's or the reviewed calculation, the round parameters, and
 * freezing at decision. Every write is one transaction; the figures are computed by libs/domain/benefits.
 */
@Injectable()
export class CalculationsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Saves a whole calculation. `version` null creates it (CONFLICT when someone else just did); else
   * it must be the stored version. The sheet is validated against the round's parameters.
   */
  async save(initiativeId: string, kind: CalculationKind, version: number | null, sheet: unknown, actor: RequestActor): Promise<BenefitCalculation> {
    const currentVersion = async () =>
      isUuid(initiativeId) ? (await this.em.fork().findOne(BenefitCalculation, { initiative: initiativeId, kind }))?.version : undefined;
    try {
      return await withOptimisticLock(
        'BenefitCalculation',
        initiativeId,
        version ?? 0,
        () =>
          this.em.transactional(async (em) => {
            const initiative = isUuid(initiativeId) ? await em.findOne(Initiative, { id: initiativeId }, { populate: ['fundRound', 'calculations'] }) : null;
            if (!initiative || !canView(actor, { departmentId: initiative.department.id })) throw notFound('Initiative', initiativeId);
            const may = canEditCalculation(actor, { departmentId: initiative.department.id, status: initiative.status }, kind);
            if (!may.ok) throw forbidden(may.reason, 'You may not change this calculation now');
            const existing = initiative.calculations.getItems().find((c) => c.kind === kind) ?? null;
            if (existing?.frozenAt) throw forbidden('CALCULATION_FROZEN', 'A decision has been taken on this calculation; it can no longer be changed');
            if ((existing?.version ?? null) !== version) throw conflict('BenefitCalculation', existing?.id ?? initiativeId, existing?.version ?? 0);

            const params = parametersOf(initiative.fundRound.getEntity());
            const valid = validateSheet(sheet, params);
            if (!valid.ok) throw new ValidationFailed(valid.errors.map((e) => ({ field: `sheet.${e.field}`, code: e.code })));
            const fields = calculatedFields(valid.value, params);
            const calc = existing ? Object.assign(existing, fields) : em.create(BenefitCalculation, { initiative, kind, ...fields });
            calc.updatedById = actor.userId;
            calc.updatedByName = actor.displayName;
            if (!existing) initiative.calculations.add(calc);
            refreshInitiativeFigures(initiative);
            await em.flush();
            return calc;
          }),
        async () => (await currentVersion()) ?? 0,
      );
    } catch (e) {
      // two first saves at once: the second meets the unique (initiative, kind)
      if (e instanceof UniqueConstraintViolationException) throw conflict('BenefitCalculation', initiativeId, (await currentVersion()) ?? 0);
      throw e;
    }
  }

  /**
   * Sets a round's parameters and recalculates every calculation of the round that no decision has
   * frozen (and the initiatives' figures), in the same transaction.
   */
  async updateParameters(fundRoundId: string, version: number, input: unknown, actor: RequestActor): Promise<FundRound> {
    const may = canSetCalculationParameters(actor);
    if (!may.ok) throw forbidden(may.reason, 'Only the portfolio office sets the calculation parameters');
    const valid = validateParameters(input);
    if (!valid.ok) throw new ValidationFailed(valid.errors);
    const settings: ParameterSettings = valid.value;
    return withOptimisticLock(
      'FundRound',
      fundRoundId,
      version,
      () =>
        this.em.transactional(async (em) => {
          const round = isUuid(fundRoundId) ? await em.findOne(FundRound, { id: fundRoundId }) : null;
          if (!round) throw notFound('FundRound', fundRoundId);
          if (round.version !== version) throw conflict('FundRound', fundRoundId, round.version);
          Object.assign(round, settings);
          const params = parametersOf(round);
          const initiatives = await em.find(Initiative, { fundRound: round }, { populate: ['calculations'] });
          for (const initiative of initiatives) {
            for (const calc of initiative.calculations) if (!calc.frozenAt) Object.assign(calc, calculatedFields(calc.sheet, params));
            refreshInitiativeFigures(initiative);
          }
          await em.flush();
          return round;
        }),
      async () => (await this.em.fork().findOne(FundRound, { id: fundRoundId }))?.version,
    );
  }
}

