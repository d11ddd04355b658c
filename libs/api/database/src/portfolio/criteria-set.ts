import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { defaultCriteriaSet, type CriteriaSet } from '@dp/domain/prioritisation';
import { AssessmentCriteria } from '../entities/prioritisation.entity.js';
import { FundRound } from '../entities/fund-round.entity.js';

/** The current (highest-numbered) criteria set of a round, or null when the round has none yet. */
export async function latestCriteriaSet(em: EntityManager, fundRoundId: string): Promise<AssessmentCriteria | null> {
  return em.findOne(AssessmentCriteria, { fundRound: fundRoundId }, { orderBy: { number: 'desc' } });
}

/**
 * The current criteria set of a round; a round without one gets version 1 with the defaults (in its
 * own transaction; when two requests race, the unique (round, number) keeps one and both read it).
 */
export async function ensureCriteriaSet(em: EntityManager, round: FundRound): Promise<AssessmentCriteria> {
  const existing = await latestCriteriaSet(em, round.id);
  if (existing) return existing;
  const defaults = defaultCriteriaSet();
  try {
    await em.fork().transactional(async (tx) => {
      tx.create(AssessmentCriteria, {
        fundRound: tx.getReference(FundRound, round.id),
        number: 1,
        criteria: [...defaults.criteria],
        mustRequirements: [...defaults.mustRequirements],
      });
      await tx.flush();
    });
  } catch (e) {
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
  }
  const created = await latestCriteriaSet(em, round.id);
  if (!created) throw new Error(`criteria set of round ${round.id} could not be created`);
  return created;
}

/** The domain's view of a stored criteria set. */
export function criteriaSetOf(record: AssessmentCriteria): CriteriaSet {
  return { criteria: record.criteria, mustRequirements: record.mustRequirements };
}
