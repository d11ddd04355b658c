import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type RequestActor } from '@dp/api/common';
import { Initiative } from '@dp/api/database';
import { AuditService } from './audit.service.js';
import { AuditEntry, AuditEntryConnection, AuditFilter } from './audit-event.types.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (auditors and administrators)' })
  auditLog(
    @CurrentActor() actor: RequestActor,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | undefined,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
  ): Promise<AuditEntryConnection> {
    this.audit.assertMayReadLog(actor);
    return this.audit.list(filter ?? undefined, first, after ?? undefined);
  }
}

/** An initiative's own history: whoever may see the initiative may see how it came to be. */
@Resolver(() => Initiative)
export class InitiativeHistoryResolver {
  constructor(private readonly audit: AuditService) {}

  @ResolveField(() => [AuditEntry], { description: 'Every recorded change of this initiative and its benefit calculations, oldest first' })
  async history(@Parent() initiative: Initiative): Promise<AuditEntry[]> {
    const calculations = await initiative.calculations.load({ dataloader: true });
    return this.audit.historyOf('Initiative', initiative.id, [{ entityType: 'BenefitCalculation', entityIds: calculations.getIdentifiers() }]);
  }
}
