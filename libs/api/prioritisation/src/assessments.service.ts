import { Injectable } from '@nestjs/common';
import { EntityManager, ref, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { ASSESSMENT_LIMITS, validateAssessment } from '@dp/domain/prioritisation';
import { canAssess, canReviewEligibility, canView } from '@dp/domain/workflow';
import type { FieldError } from '@dp/domain/initiatives';
import { conflict, forbidden, isUuid, notFound, ValidationFailed, withOptimisticLock, type RequestActor } from '@dp/api/common';
import { AssessmentRecord, EligibilityReview, Initiative, User } from '@dp/api/database';
import { ensureCriteriaSet } from '@dp/api/database';

interface AnswerInput {
  requirementId: string;
  met?: boolean | null;
  comment?: string | null;
}

/**
 * Reviewers' assessments (bedömning: a score and a comment per criterion) and the portfolio office's
 * answers to the must-requirements (ska-krav). Each save is one transaction, validated against the
 * round's current criteria set, with an optimistic lock.
 */
@Injectable()
export class AssessmentsService {
  constructor(private readonly em: EntityManager) {}

  private async initiativeFor(em: EntityManager, initiativeId: string, actor: RequestActor): Promise<Initiative> {
    const initiative = isUuid(initiativeId) ? await em.findOne(Initiative, { id: initiativeId }, { populate: ['fundRound'] }) : null;
    if (!initiative || !canView(actor, { departmentId: initiative.department.id })) throw notFound('Initiative', initiativeId);
    return initiative;
  }

  async saveAssessment(initiativeId: string, version: number | null, input: { scores: unknown; comment?: string | null }, actor: RequestActor): Promise<AssessmentRecord> {
    const current = async () => (isUuid(initiativeId) ? (await this.em.fork().findOne(AssessmentRecord, { initiative: initiativeId, reviewer: actor.userId }))?.version : undefined);
    try {
      return await withOptimisticLock(
        'Assessment',
        initiativeId,
        version ?? 0,
        () =>
          this.em.transactional(async (em) => {
            const initiative = await this.initiativeFor(em, initiativeId, actor);
            const may = canAssess(actor, { status: initiative.status });
            if (!may.ok) throw forbidden(may.reason, 'You may not assess this initiative now');
            const criteria = await ensureCriteriaSet(em, initiative.fundRound.getEntity());
            const valid = validateAssessment({ reviewerId: actor.userId, scores: input.scores, comment: input.comment ?? null }, criteria.criteria);
            if (!valid.ok) throw new ValidationFailed(valid.errors);
            const existing = await em.findOne(AssessmentRecord, { initiative, reviewer: actor.userId });
            if ((existing?.version ?? null) !== version) throw conflict('Assessment', existing?.id ?? initiativeId, existing?.version ?? 0);
            const fields = {
              scores: valid.value.scores.map((s) => ({ criterionId: s.criterionId, score: s.score, comment: s.comment ?? null })),
              comment: valid.value.comment ?? null,
              criteriaSet: ref(criteria),
              reviewerName: actor.displayName,
            };
            const record = existing
              ? Object.assign(existing, fields)
              : em.create(AssessmentRecord, { initiative, reviewer: em.getReference(User, actor.userId), ...fields });
            await em.flush();
            return record;
          }),
        async () => (await current()) ?? 0,
      );
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw conflict('Assessment', initiativeId, (await current()) ?? 0);
      throw e;
    }
  }

  async saveEligibility(initiativeId: string, version: number | null, answers: AnswerInput[], actor: RequestActor): Promise<EligibilityReview> {
    const current = async () => (isUuid(initiativeId) ? (await this.em.fork().findOne(EligibilityReview, { initiative: initiativeId }))?.version : undefined);
    try {
      return await withOptimisticLock(
        'EligibilityReview',
        initiativeId,
        version ?? 0,
        () =>
          this.em.transactional(async (em) => {
            const initiative = await this.initiativeFor(em, initiativeId, actor);
            const may = canReviewEligibility(actor, { status: initiative.status });
            if (!may.ok) throw forbidden(may.reason, 'Only the portfolio office answers the must-requirements, while the initiative is being prepared');
            const criteria = await ensureCriteriaSet(em, initiative.fundRound.getEntity());
            const known = new Set(criteria.mustRequirements.map((r) => r.id));
            const errors: FieldError[] = [];
            const seen = new Set<string>();
            answers.forEach((a, k) => {
              if (!known.has(a.requirementId)) errors.push({ field: `answers.${k}.requirementId`, code: 'UNKNOWN_REFERENCE' });
              else if (seen.has(a.requirementId)) errors.push({ field: `answers.${k}.requirementId`, code: 'DUPLICATE' });
              seen.add(a.requirementId);
              if ((a.comment ?? '').length > ASSESSMENT_LIMITS.commentMax) errors.push({ field: `answers.${k}.comment`, code: 'TOO_LONG' });
            });
            if (errors.length > 0) throw new ValidationFailed(errors);
            const existing = await em.findOne(EligibilityReview, { initiative });
            if ((existing?.version ?? null) !== version) throw conflict('EligibilityReview', existing?.id ?? initiativeId, existing?.version ?? 0);
            const clean = answers.map((a) => ({ requirementId: a.requirementId, met: a.met ?? null, comment: a.comment?.trim() ? a.comment.trim() : null }));
            const record = existing ? Object.assign(existing, { answers: clean }) : em.create(EligibilityReview, { initiative, answers: clean });
            record.updatedById = actor.userId;
            record.updatedByName = actor.displayName;
            await em.flush();
            return record;
          }),
        async () => (await current()) ?? 0,
      );
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw conflict('EligibilityReview', initiativeId, (await current()) ?? 0);
      throw e;
    }
  }
}
