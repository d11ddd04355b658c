/**
 * What the assessment section shows and sends, in the shapes of the GraphQL contract (the query's result
 * is assignable to these), and the pure steps between the forms and the API: the form values of a saved
 * assessment, the input a form saves, where the API's field errors belong, and what differs after a
 * conflict. The scores themselves are computed by `@dp/domain/prioritisation`, as on the server.
 */
import {
  ASSESSMENT_LIMITS,
  eligibility,
  validateAssessment,
  weightedScore,
  type Eligibility,
  type WeightedScore,
} from '@dp/domain/prioritisation';
import type { ServerFieldError } from '@dp/web/data-access';

export interface ScaleLevelView {
  value: number;
  label: string;
  description: string;
}

/** bedömningskriterium */
export interface CriterionView {
  id: string;
  name: string;
  description: string;
  /** as entered; only the proportions matter */
  weight: number;
  /** 0–1 */
  normalisedWeight: number;
  scale: readonly ScaleLevelView[];
}

/** ska-krav */
export interface MustRequirementView {
  id: string;
  name: string;
  description: string;
}

export interface CriteriaSetView {
  id: string;
  number: number;
  status: 'DRAFT' | 'FROZEN';
  criteria: readonly CriterionView[];
  mustRequirements: readonly MustRequirementView[];
}

export interface CriterionScoreView {
  criterionId: string;
  score: number | null;
  comment: string | null;
}

/** bedömning: one reviewer's scores */
export interface AssessmentView {
  id: string;
  reviewerId: string;
  reviewerName: string;
  criteriaSetNumber: number;
  scores: readonly CriterionScoreView[];
  comment: string | null;
  updatedAt: string;
  version: number;
}

export interface CriterionAggregateView {
  criterionId: string;
  name: string;
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  standardDeviation: number | null;
  normalisedWeight: number;
  contribution: number | null;
}

export interface InitiativeScoreView {
  score: number | null;
  complete: boolean;
  reviewerCount: number;
  criteria: readonly CriterionAggregateView[];
}

export interface MustAnswerView {
  requirementId: string;
  met: boolean | null;
  comment: string | null;
}

export interface EligibilityReviewView {
  id: string;
  answers: readonly MustAnswerView[];
  updatedByName: string | null;
  updatedAt: string;
  version: number;
}

export interface EligibilityView {
  eligible: boolean;
  status: 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'INCOMPLETE';
  failed: readonly { requirementId: string; name: string; comment: string | null }[];
  unanswered: readonly { requirementId: string; name: string }[];
}

/** The longest comment the API takes (the domain's limit). */
export const COMMENT_MAX = ASSESSMENT_LIMITS.commentMax;

// ---------------------------------------------------------------------------------------------------
// My assessment

export interface AssessmentFormValues {
  /** per criterion id: the chosen level, null = not assessed */
  scores: Record<string, number | null>;
  /** per criterion id */
  comments: Record<string, string>;
  comment: string;
}

/** The form values of the saved assessment (or an empty one) for the current criteria. */
export function toAssessmentValues(criteria: readonly CriterionView[], saved: AssessmentView | null | undefined): AssessmentFormValues {
  const values: AssessmentFormValues = { scores: {}, comments: {}, comment: saved?.comment ?? '' };
  for (const c of criteria) {
    const entry = saved?.scores.find((s) => s.criterionId === c.id);
    const score = entry?.score ?? null;
    values.scores[c.id] = score !== null && c.scale.some((l) => l.value === score) ? score : null;
    values.comments[c.id] = entry?.comment ?? '';
  }
  return values;
}

const trimmedOrNull = (text: string | undefined): string | null => {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

export interface AssessmentInputView {
  scores: { criterionId: string; score: number | null; comment: string | null }[];
  comment: string | null;
}

/** The input `saveAssessment` takes: every criterion of the set, in its order, comments trimmed (empty = null). */
export function toAssessmentInput(criteria: readonly CriterionView[], values: AssessmentFormValues): AssessmentInputView {
  return {
    scores: criteria.map((c) => ({ criterionId: c.id, score: values.scores[c.id] ?? null, comment: trimmedOrNull(values.comments[c.id]) })),
    comment: trimmedOrNull(values.comment),
  };
}

/** The weighted score of one reviewer's choices, with the domain's formula (the server's). Null when the weights are unusable. */
export function liveScore(criteria: readonly CriterionView[], values: AssessmentFormValues): WeightedScore | null {
  try {
    return weightedScore(
      criteria.map((c) => ({ criterionId: c.id, mean: values.scores[c.id] ?? null })),
      criteria,
    );
  } catch {
    return null;
  }
}

/** The weighted score of a saved assessment against the current criteria (null when incomplete or not computable). */
export function assessmentScore(criteria: readonly CriterionView[], assessment: AssessmentView): number | null {
  try {
    return weightedScore(
      assessment.scores.map((s) => ({ criterionId: s.criterionId, mean: s.score })),
      criteria,
    ).score;
  } catch {
    return null;
  }
}

/** Whether two sets of form values would save the same assessment. */
export function sameAssessment(criteria: readonly CriterionView[], a: AssessmentFormValues, b: AssessmentFormValues): boolean {
  return JSON.stringify(toAssessmentInput(criteria, a)) === JSON.stringify(toAssessmentInput(criteria, b));
}

/** A validation code at a place in the form (the API's or the client's). */
export interface PlacedErrors {
  /** per criterion id: the score's error */
  scores: Record<string, string>;
  /** per criterion id: the comment's error */
  comments: Record<string, string>;
  /** the overall comment's error */
  comment: string | null;
  /** errors at fields this form does not show */
  unplaced: ServerFieldError[];
}

export const noErrors = (): PlacedErrors => ({ scores: {}, comments: {}, comment: null, unplaced: [] });

/** `input.scores.2.score` → `scores.2.score` (the API may or may not name the argument). */
const withoutArgument = (field: string) => field.replace(/^input\./, '');

/**
 * Puts the API's field errors (paths into the input sent: `scores.2.score`, `scores.0.comment`,
 * `comment`) at the criterion they belong to; the rest stays unplaced.
 */
export function placeAssessmentErrors(fields: readonly ServerFieldError[], sent: AssessmentInputView): PlacedErrors {
  const placed = noErrors();
  for (const error of fields) {
    const field = withoutArgument(error.field);
    if (field === 'comment') {
      placed.comment ??= error.reason;
      continue;
    }
    const match = /^scores\.(\d+)(?:\.(score|comment|criterionId))?$/.exec(field);
    const criterionId = match ? sent.scores[Number(match[1])]?.criterionId : undefined;
    if (!match || !criterionId) {
      placed.unplaced.push(error);
      continue;
    }
    const target = match[2] === 'comment' ? placed.comments : placed.scores;
    target[criterionId] ??= error.reason;
  }
  return placed;
}

/** The domain's check of the input before saving (the server runs the same): known levels, comments within the limit. */
export function checkAssessment(criteria: readonly CriterionView[], input: AssessmentInputView): PlacedErrors | null {
  const result = validateAssessment({ reviewerId: 'me', ...input }, criteria);
  if (result.ok) return null;
  return placeAssessmentErrors(
    result.errors.map((e) => ({ field: e.field, reason: e.code })),
    input,
  );
}

// ---------------------------------------------------------------------------------------------------
// Must-requirements (ska-krav)

export type MetChoice = 'MET' | 'NOT_MET' | 'NONE';

export interface EligibilityFormValues {
  /** per requirement id */
  answers: Record<string, { met: MetChoice; comment: string }>;
}

const choiceOf = (met: boolean | null | undefined): MetChoice => (met === true ? 'MET' : met === false ? 'NOT_MET' : 'NONE');
const metOf = (choice: MetChoice): boolean | null => (choice === 'MET' ? true : choice === 'NOT_MET' ? false : null);

export function toEligibilityValues(requirements: readonly MustRequirementView[], saved: EligibilityReviewView | null | undefined): EligibilityFormValues {
  const answers: EligibilityFormValues['answers'] = {};
  for (const r of requirements) {
    const answer = saved?.answers.find((a) => a.requirementId === r.id);
    answers[r.id] = { met: choiceOf(answer?.met), comment: answer?.comment ?? '' };
  }
  return { answers };
}

/** The answers `saveEligibilityReview` takes: one per requirement, in its order, comments trimmed (empty = null). */
export function toMustAnswers(requirements: readonly MustRequirementView[], values: EligibilityFormValues): MustAnswerView[] {
  return requirements.map((r) => {
    const answer = values.answers[r.id];
    return { requirementId: r.id, met: metOf(answer?.met ?? 'NONE'), comment: trimmedOrNull(answer?.comment) };
  });
}

/** The eligibility the answers give, with the domain's rule (the server's). */
export function previewEligibility(requirements: readonly MustRequirementView[], values: EligibilityFormValues): Eligibility {
  return eligibility(toMustAnswers(requirements, values), requirements);
}

export interface PlacedEligibilityErrors {
  /** per requirement id: the answer's error */
  met: Record<string, string>;
  /** per requirement id: the comment's error */
  comments: Record<string, string>;
  unplaced: ServerFieldError[];
}

export const noEligibilityErrors = (): PlacedEligibilityErrors => ({ met: {}, comments: {}, unplaced: [] });

/** The client's rule: a requirement not met needs a comment saying why; comments within the API's limit. */
export function checkEligibility(requirements: readonly MustRequirementView[], values: EligibilityFormValues): PlacedEligibilityErrors | null {
  const placed = noEligibilityErrors();
  let any = false;
  for (const r of requirements) {
    const answer = values.answers[r.id];
    const comment = (answer?.comment ?? '').trim();
    if (answer?.met === 'NOT_MET' && comment === '') {
      placed.comments[r.id] = 'REQUIRED';
      any = true;
    } else if (comment.length > COMMENT_MAX) {
      placed.comments[r.id] = 'TOO_LONG';
      any = true;
    }
  }
  return any ? placed : null;
}

/** Puts the API's field errors (`answers.1.comment`, `answers.0.met`) at the requirement they belong to. */
export function placeEligibilityErrors(fields: readonly ServerFieldError[], sent: readonly MustAnswerView[]): PlacedEligibilityErrors {
  const placed = noEligibilityErrors();
  for (const error of fields) {
    const match = /^answers\.(\d+)(?:\.(met|comment|requirementId))?$/.exec(error.field);
    const requirementId = match ? sent[Number(match[1])]?.requirementId : undefined;
    if (!match || !requirementId) {
      placed.unplaced.push(error);
      continue;
    }
    const target = match[2] === 'comment' ? placed.comments : placed.met;
    target[requirementId] ??= error.reason;
  }
  return placed;
}

export function sameEligibility(requirements: readonly MustRequirementView[], a: EligibilityFormValues, b: EligibilityFormValues): boolean {
  return JSON.stringify(toMustAnswers(requirements, a)) === JSON.stringify(toMustAnswers(requirements, b));
}
