/**
 * Plain data for the assessment section's component tests: the round's default criteria (as the API
 * sends them, with normalised weights), two reviewers' assessments, the aggregate the API computes from
 * them (here with the same domain function) and the must-requirements.
 */
import { DEFAULT_CRITERIA, DEFAULT_MUST_REQUIREMENTS, normaliseWeights, scoreInitiative } from '@dp/domain/prioritisation';
import type { InitiativeAssessmentQuery, SessionUser } from '@dp/web/data-access';

type Initiative = NonNullable<InitiativeAssessmentQuery['initiative']>;
type CriteriaSet = Initiative['fundRound']['criteriaSet'];
type Criterion = CriteriaSet['criteria'][number];
type Assessment = Initiative['assessments'][number];
type Score = NonNullable<Initiative['assessmentScore']>;
type Review = NonNullable<Initiative['eligibilityReview']>;
type Eligibility = NonNullable<Initiative['eligibility']>;

const weights = normaliseWeights(DEFAULT_CRITERIA);

export const criteria: Criterion[] = DEFAULT_CRITERIA.map((c, i) => ({
  id: c.id,
  name: c.name,
  description: c.description,
  weight: c.weight,
  normalisedWeight: weights[i] ?? 0,
  scale: c.scale.map((l) => ({ ...l })),
}));

export const criteriaSet: CriteriaSet = {
  id: 'cs-2027-1',
  number: 1,
  status: 'DRAFT',
  version: 1,
  criteria,
  mustRequirements: DEFAULT_MUST_REQUIREMENTS.map((r) => ({ ...r })),
};

const scores = (values: (number | null)[], comments: Record<number, string> = {}) =>
  criteria.map((c, i) => ({ criterionId: c.id, score: values[i] ?? null, comment: comments[i] ?? null }));

export const annasAssessment: Assessment = {
  id: 'a-anna',
  reviewerId: 'u-anna',
  reviewerName: 'Anna Ledning',
  criteriaSetNumber: 1,
  scores: scores([3, 2, 2, 4, 3, 1], { 0: 'Tydlig nytta för vårdnadshavare.' }),
  comment: 'Väl underbyggd ansökan.',
  updatedAt: '2026-11-20T09:00:00.000Z',
  version: 2,
};

export const persAssessment: Assessment = {
  id: 'a-per',
  reviewerId: 'u-per',
  reviewerName: 'Per Portföljkontor',
  criteriaSetNumber: 1,
  scores: scores([4, 1, 3, 3, null, 2]),
  comment: null,
  updatedAt: '2026-11-21T10:30:00.000Z',
  version: 1,
};

/** The aggregate as the API computes it (the same domain function). */
export function aggregateOf(assessments: readonly Assessment[]): Score {
  const s = scoreInitiative(
    assessments.map((a) => ({ reviewerId: a.reviewerId, scores: a.scores, comment: a.comment })),
    criteria,
  );
  return {
    score: s.score,
    complete: s.complete,
    reviewerCount: s.reviewerCount,
    criteria: s.criteria.map((c, i) => {
      const criterion = criteria[i];
      const contribution = s.contributions[i];
      return {
        criterionId: c.criterionId,
        name: criterion?.name ?? c.criterionId,
        count: c.count,
        mean: c.mean,
        min: c.min,
        max: c.max,
        standardDeviation: c.standardDeviation,
        normalisedWeight: criterion?.normalisedWeight ?? 0,
        contribution: contribution && contribution.normalised !== null ? contribution.points : null,
      };
    }),
  };
}

export const eligibilityReview: Review = {
  id: 'er-1',
  answers: [
    { requirementId: 'verified-need', met: true, comment: null },
    { requirementId: 'benefit-owner', met: false, comment: 'Ingen nyttoägare är utsedd.' },
    { requirementId: 'running-costs-funded', met: null, comment: null },
  ],
  updatedByName: 'Per Portföljkontor',
  updatedAt: '2026-11-21T11:00:00.000Z',
  version: 3,
};

export const notEligible: Eligibility = {
  eligible: false,
  status: 'NOT_ELIGIBLE',
  failed: [{ requirementId: 'benefit-owner', name: 'Utsedd nyttoägare', comment: 'Ingen nyttoägare är utsedd.' }],
  unanswered: [
    { requirementId: 'running-costs-funded', name: 'Finansierad drift och förvaltning' },
    { requirementId: 'architecture-fit', name: 'Passar kommunens arkitektur' },
  ],
};

/** A member of the management group (ledningsgrupp): assesses, does not answer the must-requirements. */
export const managementUser: SessionUser = {
  id: 'u-anna',
  email: 'ledningsgrupp@demo.example',
  displayName: 'Anna Ledning',
  active: true,
  roles: [{ role: 'MANAGEMENT_GROUP', department: null }],
};

/** An auditor: reads the assessments, changes nothing. */
export const auditorUser: SessionUser = {
  id: 'u-auditor',
  email: 'revisor@demo.example',
  displayName: 'Rut Revisor',
  active: true,
  roles: [{ role: 'AUDITOR', department: null }],
};
