/**
 * bedömning: reviewers' scores per criterion, their aggregate with the spread, the weighted score
 * (0–100) and the eligibility against the must-requirements (ska-krav).
 *
 * The weighted score, exactly:
 *
 *   for each criterion i with weight wᵢ ≥ 0 and scale [loᵢ, hiᵢ]:
 *     mᵢ = the mean of the reviewers' scores for i (reviewers who left i blank are not counted)
 *     sᵢ = (mᵢ − loᵢ) / (hiᵢ − loᵢ)                      ∈ [0, 1]   (a score outside the scale is clamped)
 *   score = 100 × Σᵢ wᵢ·sᵢ / Σᵢ wᵢ                          ∈ [0, 100]
 *
 * So every reviewer's score at the lowest level gives 0, at the highest level 100. A criterion nobody
 * has scored is never counted as 0: when a criterion with weight > 0 has no score, `score` is null and
 * the result is flagged incomplete (`complete: false`, `missing` names the criteria); `partialScore`
 * then gives the same formula over the scored criteria only (re-normalised by their weights) for a
 * preliminary display, and `coverage` the share of the total weight that was scored. Criteria with
 * weight 0 are shown but never make a score incomplete.
 */
import { z } from 'zod';
import type { FieldError } from '@dp/domain/initiatives';
import { fieldErrorsOf, scaleRange, type Criterion, type MustRequirement } from './assessment.js';

/** One reviewer's score and comment on one criterion. */
export interface CriterionScore {
  criterionId: string;
  /** a level of the criterion's scale; null = not scored (yet) */
  score: number | null;
  comment?: string | null;
}

/** bedömning: one reviewer's scores of one initiative. */
export interface Assessment {
  reviewerId: string;
  scores: readonly CriterionScore[];
  /** overall comment */
  comment?: string | null;
}

export const ASSESSMENT_LIMITS = { commentMax: 4000, reviewerIdMax: 64 } as const;

// ---------------------------------------------------------------------------------------------------
// Validation against the round's criteria

const optionalComment = z
  .string()
  .trim()
  .max(ASSESSMENT_LIMITS.commentMax, { error: 'TOO_LONG' })
  .nullish()
  .transform((s) => (s ? s : null));

export type AssessmentValidation = { ok: true; value: Assessment } | { ok: false; errors: FieldError[] };

/**
 * Validates one reviewer's assessment against the criteria: known criterion ids (UNKNOWN_REFERENCE),
 * each criterion at most once (DUPLICATE), a score that is one of the scale's levels or null
 * (OUT_OF_RANGE), comments up to 4 000 characters. Criteria left out are simply not scored yet.
 */
export function validateAssessment(input: unknown, criteria: readonly Criterion[]): AssessmentValidation {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const schema = z.object({
    reviewerId: z.string({ error: 'REQUIRED' }).trim().min(1, { error: 'REQUIRED' }).max(ASSESSMENT_LIMITS.reviewerIdMax, { error: 'TOO_LONG' }),
    scores: z
      .array(
        z.object({
          criterionId: z.string({ error: 'REQUIRED' }).trim().min(1, { error: 'REQUIRED' }),
          score: z.number({ error: 'OUT_OF_RANGE' }).nullable(),
          comment: optionalComment,
        }),
        { error: 'REQUIRED' },
      )
      .superRefine((scores, ctx) => {
        const seen = new Set<string>();
        scores.forEach((s, i) => {
          const criterion = byId.get(s.criterionId);
          if (!criterion) ctx.addIssue({ code: 'custom', message: 'UNKNOWN_REFERENCE', path: [i, 'criterionId'] });
          else if (seen.has(s.criterionId)) ctx.addIssue({ code: 'custom', message: 'DUPLICATE', path: [i, 'criterionId'] });
          else if (s.score !== null && !criterion.scale.some((l) => l.value === s.score))
            ctx.addIssue({ code: 'custom', message: 'OUT_OF_RANGE', path: [i, 'score'] });
          seen.add(s.criterionId);
        });
      }),
    comment: optionalComment,
  });
  const r = schema.safeParse(input);
  if (!r.success) return { ok: false, errors: fieldErrorsOf(r.error) };
  return { ok: true, value: r.data };
}

// ---------------------------------------------------------------------------------------------------
// Aggregate over reviewers

export interface ReviewerEntry {
  reviewerId: string;
  score: number;
  comment: string | null;
}

/** The reviewers' scores of one criterion and their spread. */
export interface CriterionAggregate {
  criterionId: string;
  /** number of reviewers who scored the criterion */
  count: number;
  /** arithmetic mean; null when nobody scored it */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** population standard deviation √(Σ(x − mean)² / n): 0 for one reviewer; null when nobody scored */
  standardDeviation: number | null;
  /** max − min; null when nobody scored */
  range: number | null;
  /** the reviewers disagree by at least `divergenceThreshold` scale steps (default 2): worth discussing */
  divergent: boolean;
  /** every score given, in reviewer order */
  scores: ReviewerEntry[];
  /** comments of reviewers who commented without scoring */
  commentsWithoutScore: { reviewerId: string; comment: string }[];
}

export interface AggregateOptions {
  /** max − min at or above this flags the criterion as divergent; default 2 */
  divergenceThreshold?: number;
}

/** Mean, min, max, population standard deviation and count of some numbers (null statistics when empty). */
export function spread(values: readonly number[]): { count: number; mean: number | null; min: number | null; max: number | null; standardDeviation: number | null } {
  const n = values.length;
  if (n === 0) return { count: 0, mean: null, min: null, max: null, standardDeviation: null };
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  // floating point may put the mean a hair outside [min, max] for equal values: keep it inside
  return { count: n, mean: Math.min(max, Math.max(min, mean)), min, max, standardDeviation: Math.sqrt(squares / n) };
}

/**
 * Aggregates the assessments of one initiative per criterion, in the order of `criteria`. One
 * assessment per reviewer: a later assessment with the same reviewerId replaces an earlier one. Scores
 * of criteria not in the set are ignored; null and non-finite scores count as not scored.
 */
export function aggregateAssessments(assessments: readonly Assessment[], criteria: readonly Criterion[], options: AggregateOptions = {}): CriterionAggregate[] {
  const threshold = options.divergenceThreshold ?? 2;
  const byReviewer = new Map<string, Assessment>();
  for (const a of assessments) {
    byReviewer.delete(a.reviewerId); // keep the reviewer's position of their latest assessment
    byReviewer.set(a.reviewerId, a);
  }
  return criteria.map((c) => {
    const scores: ReviewerEntry[] = [];
    const commentsWithoutScore: { reviewerId: string; comment: string }[] = [];
    for (const a of byReviewer.values()) {
      let entry: CriterionScore | undefined;
      for (const s of a.scores) if (s.criterionId === c.id) entry = s;
      if (!entry) continue;
      const comment = entry.comment?.trim() ? entry.comment.trim() : null;
      if (entry.score !== null && Number.isFinite(entry.score)) scores.push({ reviewerId: a.reviewerId, score: entry.score, comment });
      else if (comment) commentsWithoutScore.push({ reviewerId: a.reviewerId, comment });
    }
    const s = spread(scores.map((x) => x.score));
    const range = s.min === null || s.max === null ? null : s.max - s.min;
    return { criterionId: c.id, ...s, range, divergent: range !== null && range >= threshold, scores, commentsWithoutScore };
  });
}

// ---------------------------------------------------------------------------------------------------
// Weighted score

export interface ScoreContribution {
  criterionId: string;
  /** the criterion's normalised weight (share of Σw) */
  weight: number;
  /** the mean on the scale, null when not scored */
  mean: number | null;
  /** (mean − lo) / (hi − lo) in [0, 1], null when not scored */
  normalised: number | null;
  /** points of the 0–100 score this criterion gives: 100 × weight × normalised (0 when not scored) */
  points: number;
}

export interface WeightedScore {
  /** 0–100; null when a criterion with weight > 0 has no score (see `missing`) */
  score: number | null;
  /** the score over the scored criteria only, re-normalised; null when nothing is scored */
  partialScore: number | null;
  complete: boolean;
  /** ids of the criteria with weight > 0 that nobody scored */
  missing: string[];
  /** share of the total weight that is scored, 0–1 */
  coverage: number;
  contributions: ScoreContribution[];
}

/**
 * The weighted score (formula at the top of this file) from the mean per criterion, e.g. the result of
 * `aggregateAssessments` or one reviewer's scores as `{ criterionId, mean }`. Throws a RangeError when
 * all weights are 0 or one is negative (a validated criteria set never has that).
 */
export function weightedScore(means: readonly { criterionId: string; mean: number | null }[], criteria: readonly Criterion[]): WeightedScore {
  const meanOf = new Map<string, number>();
  for (const m of means) if (m.mean !== null && Number.isFinite(m.mean)) meanOf.set(m.criterionId, m.mean);
  let total = 0;
  for (const c of criteria) {
    if (!Number.isFinite(c.weight) || c.weight < 0) throw new RangeError('weightedScore: weights must be finite and ≥ 0');
    total += c.weight;
  }
  if (!(total > 0)) throw new RangeError('weightedScore: the weights must not all be 0');

  let scoredWeight = 0;
  let weighted = 0;
  const missing: string[] = [];
  const contributions = criteria.map((c): ScoreContribution => {
    const mean = meanOf.get(c.id);
    const weight = c.weight / total;
    if (mean === undefined) {
      if (c.weight > 0) missing.push(c.id);
      return { criterionId: c.id, weight, mean: null, normalised: null, points: 0 };
    }
    const { min, max } = scaleRange(c);
    const normalised = max > min ? Math.min(1, Math.max(0, (mean - min) / (max - min))) : 0;
    scoredWeight += c.weight;
    weighted += c.weight * normalised;
    return { criterionId: c.id, weight, mean, normalised, points: 100 * weight * normalised };
  });
  const clamp = (x: number) => Math.min(100, Math.max(0, x));
  const complete = missing.length === 0;
  return {
    score: complete ? clamp((100 * weighted) / total) : null,
    partialScore: scoredWeight > 0 ? clamp((100 * weighted) / scoredWeight) : null,
    complete,
    missing,
    coverage: scoredWeight / total,
    contributions,
  };
}

export interface InitiativeScore extends WeightedScore {
  /** per criterion: mean and spread over the reviewers */
  criteria: CriterionAggregate[];
  /** each reviewer's own weighted score (null when they left a weighted criterion blank) */
  reviewers: { reviewerId: string; score: number | null; partialScore: number | null }[];
  /** number of distinct reviewers */
  reviewerCount: number;
}

/** Aggregates the reviewers' assessments of one initiative and computes the weighted score. */
export function scoreInitiative(assessments: readonly Assessment[], criteria: readonly Criterion[], options: AggregateOptions = {}): InitiativeScore {
  const aggregates = aggregateAssessments(assessments, criteria, options);
  const total = weightedScore(aggregates, criteria);
  const latest = new Map<string, Assessment>();
  for (const a of assessments) {
    latest.delete(a.reviewerId);
    latest.set(a.reviewerId, a);
  }
  const reviewers = [...latest.values()].map((a) => {
    const own = weightedScore(
      a.scores.map((s) => ({ criterionId: s.criterionId, mean: s.score })),
      criteria,
    );
    return { reviewerId: a.reviewerId, score: own.score, partialScore: own.partialScore };
  });
  return { ...total, criteria: aggregates, reviewers, reviewerCount: latest.size };
}

// ---------------------------------------------------------------------------------------------------
// Eligibility (ska-krav)

/** The portfolio office's answer to one must-requirement for one initiative. */
export interface MustAnswer {
  requirementId: string;
  /** true = met, false = not met, null = not yet assessed */
  met: boolean | null;
  /** why (shown with a failed requirement) */
  comment?: string | null;
}

export type EligibilityStatus = 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'INCOMPLETE';

export interface Eligibility {
  /** true only when every requirement is answered and met */
  eligible: boolean;
  /** NOT_ELIGIBLE as soon as one requirement fails (even with others unanswered); INCOMPLETE when none fails but some are unanswered */
  status: EligibilityStatus;
  /** the requirements not met, in the requirements' order, with the comment saying why */
  failed: { requirementId: string; name: string; comment: string | null }[];
  /** the requirements not yet answered */
  unanswered: { requirementId: string; name: string }[];
}

/**
 * Checks the answers against the round's must-requirements. A later answer to the same requirement
 * replaces an earlier one; answers to requirements not in the list are ignored. With no requirements
 * every initiative is eligible.
 */
export function eligibility(answers: readonly MustAnswer[], requirements: readonly MustRequirement[]): Eligibility {
  const answerOf = new Map<string, MustAnswer>();
  for (const a of answers) answerOf.set(a.requirementId, a);
  const failed: Eligibility['failed'] = [];
  const unanswered: Eligibility['unanswered'] = [];
  for (const r of requirements) {
    const a = answerOf.get(r.id);
    if (!a || a.met === null) unanswered.push({ requirementId: r.id, name: r.name });
    else if (!a.met) failed.push({ requirementId: r.id, name: r.name, comment: a.comment?.trim() ? a.comment.trim() : null });
  }
  const status: EligibilityStatus = failed.length > 0 ? 'NOT_ELIGIBLE' : unanswered.length > 0 ? 'INCOMPLETE' : 'ELIGIBLE';
  return { eligible: status === 'ELIGIBLE', status, failed, unanswered };
}
