import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { availableActions, canView, decide, type Action, type AvailableAction, type InitiativeSnapshot } from '@dp/domain/workflow';
import { missingMandatoryFields, personalDataAssessment, type ApplicationSnapshot } from '@dp/domain/initiatives';
import { conflict, isUuid, notFound, withOptimisticLock, type RequestActor } from '@dp/api/common';
import { Initiative, StatusInterval } from '@dp/api/database';
import { realisationPlanGaps } from '@dp/domain/benefits';
import { calculationInForce, freezeCalculationInForce } from './benefits/calculations.service.js';

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

/** Moves initiatives through the process by the rules of libs/domain/workflow, one transaction each. */
@Injectable()
export class WorkflowService {
  constructor(private readonly em: EntityManager) {}

  available(initiative: Initiative, actor: RequestActor): AvailableAction[] {
    return availableActions(snapshotOf(initiative), actor);
  }

  async transition(id: string, version: number, action: Action, reason: string | undefined, actor: RequestActor): Promise<Initiative> {
    return withOptimisticLock(
      'Initiative',
      id,
      version,
      () =>
        this.em.transactional(async (em) => {
          const initiative = isUuid(id) ? await em.findOne(Initiative, { id }, { populate: ['goalAreas', 'calculations'] }) : null;
          if (!initiative || !canView(actor, { departmentId: initiative.department.id })) throw notFound('Initiative', id);
          if (initiative.version !== version) throw conflict('Initiative', id, initiative.version);
          const decision = decide(snapshotOf(initiative), action, actor, { reason });
          if (!decision.ok) {
            throw new GraphQLError(`${action} is not possible now: ${decision.reasons.join(', ')}`, {
              extensions: { code: 'TRANSITION_REFUSED', action, reasons: decision.reasons },
            });
          }
          const now = new Date();
          const open = await em.findOne(StatusInterval, { initiative, leftAt: null }, { orderBy: { enteredAt: 'desc' } });
          if (open) open.leftAt = now;
          em.create(StatusInterval, {
            initiative,
            status: decision.to,
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
          initiative.status = decision.to;
          await em.flush();
          return initiative;
        }),
      async () => (await this.em.fork().findOne(Initiative, { id }))?.version,
    );
  }
}
