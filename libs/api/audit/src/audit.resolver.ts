import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type RequestActor } from '@dp/api/common';
import { canViewPrioritisation } from '@dp/domain/workflow';
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

  @ResolveField(() => [AuditEntry], {
    description: 'Every recorded change of this initiative, its benefit calculations and (for those who see the prioritisation) its assessments, oldest first',
  })
  async history(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): Promise<AuditEntry[]> {
    const calculations = await initiative.calculations.load({ dataloader: true });
    const related = [{ entityType: 'BenefitCalculation', entityIds: calculations.getIdentifiers<string>() }];
    if (canViewPrioritisation(actor).ok) {
      const [assessments, eligibility] = await Promise.all([initiative.assessments.load({ dataloader: true }), initiative.eligibilityReviews.load({ dataloader: true })]);
      related.push({ entityType: 'AssessmentRecord', entityIds: assessments.getIdentifiers<string>() }, { entityType: 'EligibilityReview', entityIds: eligibility.getIdentifiers<string>() });
    }
    return this.audit.historyOf('Initiative', initiative.id, related);
  }
}
