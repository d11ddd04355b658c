import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { availableActions, canView, decide, DECISION_ACTIONS, type Action, type AvailableAction } from '@dp/domain/workflow';
import { conflict, isUuid, notFound, withOptimisticLock, type RequestActor } from '@dp/api/common';
import { enterStatus, Initiative, snapshotOf } from '@dp/api/database';

export { applicationOf, snapshotOf } from '@dp/api/database';

/** Moves initiatives through the process by the rules of libs/domain/workflow, one transaction each. */
@Injectable()
export class WorkflowService {
  constructor(private readonly em: EntityManager) {}

  /** The actions of the workflow panel: decisions are recorded on the meeting page, not here. */
  available(initiative: Initiative, actor: RequestActor): AvailableAction[] {
    return availableActions(snapshotOf(initiative), actor).filter((a) => !DECISION_ACTIONS.includes(a.action));
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
          // a decision (GRANT, REJECT, DEFER, RETURN) is recorded with its amount, diarienummer and delegation
          const decision = DECISION_ACTIONS.includes(action) ? ({ ok: false, reasons: ['DECISION_REQUIRED'] } as const) : decide(snapshotOf(initiative), action, actor, { reason });
          if (!decision.ok) {
            throw new GraphQLError(`${action} is not possible now: ${decision.reasons.join(', ')}`, {
              extensions: { code: 'TRANSITION_REFUSED', action, reasons: decision.reasons },
            });
          }
          await enterStatus(em, initiative, action, decision.to, actor, reason);
          await em.flush();
          return initiative;
        }),
      async () => (await this.em.fork().findOne(Initiative, { id }))?.version,
    );
  }
}
