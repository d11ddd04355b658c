import type { EntityManager } from '@mikro-orm/postgresql';
import type { Action, InitiativeSnapshot, Status } from '@dp/domain/workflow';
import { missingMandatoryFields, personalDataAssessment, type ApplicationSnapshot } from '@dp/domain/initiatives';
import { realisationPlanGaps } from '@dp/domain/benefits';
import type { RequestActor } from '@dp/api/common';
import { Initiative, StatusInterval } from '../entities/initiative.entity.js';
import { calculationInForce, type BenefitCalculation } from '../entities/benefit-calculation.entity.js';

/** The application as the domain's rules see it. */
export function applicationOf(i: Initiative): ApplicationSnapshot {
  return {
    ...i,
    goalAreaIds: i.goalAreas.isInitialized() ? i.goalAreas.getIdentifiers() : null,
  };
}

/** The calculations, which the caller must have loaded (populate or load with the dataloader). */
function loadedCalculations(i: Initiative) {
  if (!i.calculations.isInitialized()) throw new Error('The initiative’s calculations are not loaded');
  return i.calculations.getItems();
}

/** The initiative as the workflow's rules see it (goal areas and calculations loaded). */
export function snapshotOf(i: Initiative): InitiativeSnapshot {
  const app = applicationOf(i);
  const assessment = personalDataAssessment(app);
  return {
    status: i.status,
    departmentId: i.department.id,
    missingMandatoryFields: missingMandatoryFields(app),
    anchoredAt: i.anchoredAt ? i.anchoredAt.toISOString() : null,
    handlesPersonalData: i.handlesPersonalData === true,
    informationClassified: assessment.classified,
    dpiaSettled: assessment.dpiaSettled,
    realisationPlanComplete: realisationPlanGaps(calculationInForce(loadedCalculations(i))?.sheet).length === 0,
  };
}

/**
 * Freezes the calculation in force with a decision (called inside the decision's transaction): it is
 * never recalculated or edited after that.
 */
export function freezeCalculationInForce(initiative: Initiative, action: string, at: Date): BenefitCalculation | null {
  const inForce = calculationInForce(initiative.calculations.getItems());
  if (inForce && !inForce.frozenAt) {
    inForce.frozenAt = at;
    inForce.frozenByAction = action;
  }
  return inForce;
}

/**
 * Moves the initiative to `to` in the caller's transaction: closes the open status interval, opens the
 * new one (who, when, why), records the anchoring, and freezes the calculation in force on a grant or a
 * rejection. The caller has checked the move with the workflow's `decide`.
 */
export async function enterStatus(em: EntityManager, initiative: Initiative, action: Action, to: Status, actor: RequestActor, reason: string | null | undefined, now = new Date()): Promise<void> {
  const open = await em.findOne(StatusInterval, { initiative, leftAt: null }, { orderBy: { enteredAt: 'desc' } });
  if (open) open.leftAt = now;
  em.create(StatusInterval, {
    initiative,
    status: to,
    enteredAt: now,
    actorId: actor.userId,
    actorName: actor.displayName,
    reason: reason?.trim() || null,
  });
  if (action === 'ANCHOR') {
    initiative.anchoredAt = now;
    initiative.anchoredById = actor.userId;
  }
  // a decision freezes the calculation it was taken on
  if (action === 'GRANT' || action === 'REJECT') freezeCalculationInForce(initiative, action, now);
  initiative.status = to;
}
