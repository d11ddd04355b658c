import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_CRITERIA, DEFAULT_MUST_REQUIREMENTS, type Criterion } from './assessment.js';
import { aggregateAssessments, eligibility, scoreInitiative, spread, validateAssessment, weightedScore, type Assessment } from './assessment-score.js';

const scale = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ value: from + i, label: `${from + i}`, description: `Nivå ${from + i}` }));
const criterion = (id: string, weight: number, from = 0, to = 4): Criterion => ({ id, name: id, description: id, weight, scale: scale(from, to) });
const means = (entries: Record<string, number | null>) => Object.entries(entries).map(([criterionId, mean]) => ({ criterionId, mean }));

describe('spread', () => {
  it('by hand: 2, 3, 4 → mean 3, min 2, max 4, population sd √(2/3) = 0.8165', () => {
    const s = spread([2, 3, 4]);
    expect(s).toMatchObject({ count: 3, mean: 3, min: 2, max: 4 });
    expect(s.standardDeviation).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });

  it('by hand: 1, 1, 1, 4 → mean 1.75, sd √(6.75 / 4) = 1.299', () => {
    // deviations −0.75 (three times) and 2.25: 3 × 0.5625 + 5.0625 = 6.75
    const s = spread([1, 1, 1, 4]);
    expect(s.mean).toBe(1.75);
    expect(s.standardDeviation).toBeCloseTo(Math.sqrt(6.75 / 4), 12);
  });

  it('one value has sd 0; none has null statistics', () => {
    expect(spread([3])).toEqual({ count: 1, mean: 3, min: 3, max: 3, standardDeviation: 0 });
    expect(spread([])).toEqual({ count: 0, mean: null, min: null, max: null, standardDeviation: null });
  });
});

describe('weightedScore', () => {
  const two = [criterion('a', 3), criterion('b', 1)];

  it('by hand: lowest level everywhere → 0, highest → 100, a = 2 and b = 4 → 100 × (3 × 0.5 + 1 × 1) / 4 = 62.5', () => {
    expect(weightedScore(means({ a: 0, b: 0 }), two).score).toBe(0);
    expect(weightedScore(means({ a: 4, b: 4 }), two).score).toBe(100);
    const r = weightedScore(means({ a: 2, b: 4 }), two);
    expect(r.score).toBe(62.5);
    expect(r.contributions).toEqual([
      { criterionId: 'a', weight: 0.75, mean: 2, normalised: 0.5, points: 37.5 },
      { criterionId: 'b', weight: 0.25, mean: 4, normalised: 1, points: 25 },
    ]);
    expect(r).toMatchObject({ complete: true, missing: [], coverage: 1, partialScore: 62.5 });
  });

  it('a 1–5 scale: 1 → 0, 3 → 50, 5 → 100', () => {
    const c = [criterion('x', 1, 1, 5)];
    expect(weightedScore(means({ x: 1 }), c).score).toBe(0);
    expect(weightedScore(means({ x: 3 }), c).score).toBe(50);
    expect(weightedScore(means({ x: 5 }), c).score).toBe(100);
  });

  it('the default criteria by hand: 3, 2, 4, 3, 2, 0 → 20·¾ + 20·½ + 15·1 + 20·¾ + 15·½ + 10·0 = 62.5', () => {
    const r = weightedScore(
      means({ 'quality-for-residents': 3, 'lower-costs': 2, 'work-environment': 4, 'strategic-fit': 3, 'feasibility-risk': 2, 'urgency-legal': 0 }),
      DEFAULT_CRITERIA,
    );
    expect(r.score).toBeCloseTo(62.5, 12);
  });

  it('a criterion nobody scored makes the score incomplete (null), never 0; the partial score re-normalises', () => {
    const r = weightedScore(means({ a: 2 }), two);
    expect(r.score).toBeNull();
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(['b']);
    expect(r.coverage).toBe(0.75);
    expect(r.partialScore).toBe(50);
    expect(weightedScore([], two)).toMatchObject({ score: null, partialScore: null, coverage: 0, missing: ['a', 'b'] });
  });

  it('a criterion with weight 0 never makes the score incomplete', () => {
    const r = weightedScore(means({ a: 4 }), [criterion('a', 1), criterion('z', 0)]);
    expect(r).toMatchObject({ score: 100, complete: true, missing: [] });
  });

  it('clamps a mean outside the scale and ignores unknown criteria', () => {
    expect(weightedScore(means({ a: 9, b: -3, other: 4 }), two).score).toBe(75);
  });

  it('refuses a criteria set without weight', () => {
    expect(() => weightedScore([], [criterion('a', 0)])).toThrow(RangeError);
  });
});

describe('aggregateAssessments and scoreInitiative', () => {
  const criteria = [criterion('quality', 2), criterion('costs', 1), criterion('risk', 1)];
  const anna: Assessment = {
    reviewerId: 'anna',
    scores: [
      { criterionId: 'quality', score: 4, comment: 'Stor nytta för invånarna' },
      { criterionId: 'costs', score: 1 },
      { criterionId: 'risk', score: 2 },
    ],
  };
  const bo: Assessment = {
    reviewerId: 'bo',
    scores: [
      { criterionId: 'quality', score: 2 },
      { criterionId: 'costs', score: null, comment: 'Kalkylen saknas' },
      { criterionId: 'risk', score: 2 },
    ],
  };
  const cecilia: Assessment = { reviewerId: 'cecilia', scores: [{ criterionId: 'quality', score: 3 }, { criterionId: 'risk', score: 3 }] };

  it('per criterion: mean, min, max, sd and count over the reviewers who scored it, with the comments', () => {
    const [quality, costs, risk] = aggregateAssessments([anna, bo, cecilia], criteria);
    expect(quality).toMatchObject({ criterionId: 'quality', count: 3, mean: 3, min: 2, max: 4, range: 2, divergent: true });
    expect(quality!.standardDeviation).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(quality!.scores).toEqual([
      { reviewerId: 'anna', score: 4, comment: 'Stor nytta för invånarna' },
      { reviewerId: 'bo', score: 2, comment: null },
      { reviewerId: 'cecilia', score: 3, comment: null },
    ]);
    expect(costs).toMatchObject({ count: 1, mean: 1, standardDeviation: 0, divergent: false, commentsWithoutScore: [{ reviewerId: 'bo', comment: 'Kalkylen saknas' }] });
    expect(risk).toMatchObject({ count: 3, mean: 7 / 3, min: 2, max: 3, range: 1, divergent: false });
  });

  it('a reviewer who assesses again replaces their earlier assessment', () => {
    const again: Assessment = { ...anna, scores: [{ criterionId: 'quality', score: 0 }] };
    const [quality, costs] = aggregateAssessments([anna, bo, again], criteria);
    expect(quality).toMatchObject({ count: 2, mean: 1 });
    expect(costs).toMatchObject({ count: 0, mean: null });
  });

  it('the weighted score by hand: quality mean 3 (¾), costs 1 (¼), risk 7/3 (7/12) → 100 × (2·¾ + ¼ + 7/12) / 4 = 58.33', () => {
    const r = scoreInitiative([anna, bo, cecilia], criteria);
    expect(r.score).toBeCloseTo((100 * (2 * 0.75 + 0.25 + 7 / 12)) / 4, 12);
    expect(r.reviewerCount).toBe(3);
    // anna: (2·1 + ¼ + ½) / 4 = 68.75; bo left costs blank; cecilia never scored costs
    expect(r.reviewers).toEqual([
      { reviewerId: 'anna', score: 68.75, partialScore: 68.75 },
      { reviewerId: 'bo', score: null, partialScore: (100 * (2 * 0.5 + 0.5)) / 3 },
      { reviewerId: 'cecilia', score: null, partialScore: (100 * (2 * 0.75 + 0.75)) / 3 },
    ]);
  });

  it('no assessments: every criterion missing, no score', () => {
    const r = scoreInitiative([], criteria);
    expect(r).toMatchObject({ score: null, partialScore: null, complete: false, reviewerCount: 0, missing: ['quality', 'costs', 'risk'] });
  });
});

describe('validateAssessment', () => {
  const criteria = [criterion('quality', 1), criterion('costs', 1, 1, 5)];

  it('accepts scores on the scale, null and comments', () => {
    const r = validateAssessment({ reviewerId: 'anna', scores: [{ criterionId: 'quality', score: 4, comment: ' Bra ' }, { criterionId: 'costs', score: null }] }, criteria);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.scores[0]!.comment).toBe('Bra');
  });

  it('refuses unknown criteria, duplicates, scores off the scale and long comments, all at once', () => {
    const r = validateAssessment(
      {
        reviewerId: '',
        scores: [
          { criterionId: 'nope', score: 1 },
          { criterionId: 'quality', score: 2.5 },
          { criterionId: 'quality', score: 1 },
          { criterionId: 'costs', score: 0 },
          { criterionId: 'risk', score: 1, comment: 'x'.repeat(4001) }, // risk is not a criterion here either
        ],
      },
      criteria,
    );
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'reviewerId', code: 'REQUIRED' },
      { field: 'scores.4.comment', code: 'TOO_LONG' },
      { field: 'scores.0.criterionId', code: 'UNKNOWN_REFERENCE' },
      { field: 'scores.1.score', code: 'OUT_OF_RANGE' },
      { field: 'scores.2.criterionId', code: 'DUPLICATE' },
      { field: 'scores.3.score', code: 'OUT_OF_RANGE' },
      { field: 'scores.4.criterionId', code: 'UNKNOWN_REFERENCE' },
    ]);
    expect(validateAssessment({ reviewerId: 'anna', scores: 'x' }, criteria)).toEqual({ ok: false, errors: [{ field: 'scores', code: 'REQUIRED' }] });
  });
});

describe('eligibility', () => {
  const reqs = DEFAULT_MUST_REQUIREMENTS;
  const allMet = reqs.map((r) => ({ requirementId: r.id, met: true }));

  it('eligible when every must-requirement is met', () => {
    expect(eligibility(allMet, reqs)).toEqual({ eligible: true, status: 'ELIGIBLE', failed: [], unanswered: [] });
  });

  it('a failed requirement makes it not eligible and says why', () => {
    const answers = allMet.map((a) => (a.requirementId === 'running-costs-funded' ? { ...a, met: false, comment: ' Ingen finansiering av licenser efter 2028 ' } : a));
    expect(eligibility(answers, reqs)).toEqual({
      eligible: false,
      status: 'NOT_ELIGIBLE',
      failed: [{ requirementId: 'running-costs-funded', name: 'Finansierad drift och förvaltning', comment: 'Ingen finansiering av licenser efter 2028' }],
      unanswered: [],
    });
  });

  it('unanswered requirements leave it incomplete; a failure wins over unanswered', () => {
    const some = [{ requirementId: 'verified-need', met: true }, { requirementId: 'benefit-owner', met: null }];
    expect(eligibility(some, reqs)).toMatchObject({
      eligible: false,
      status: 'INCOMPLETE',
      unanswered: [
        { requirementId: 'benefit-owner', name: 'Utsedd nyttoägare' },
        { requirementId: 'running-costs-funded', name: 'Finansierad drift och förvaltning' },
        { requirementId: 'architecture-fit', name: 'Passar kommunens arkitektur' },
      ],
    });
    const failing = [...some, { requirementId: 'architecture-fit', met: false }];
    expect(eligibility(failing, reqs)).toMatchObject({ status: 'NOT_ELIGIBLE', failed: [{ requirementId: 'architecture-fit', comment: null }] });
    expect(eligibility(failing, reqs).unanswered).toHaveLength(2);
  });

  it('a later answer replaces an earlier one; answers to unknown requirements are ignored; no requirements → eligible', () => {
    const answers = [...allMet, { requirementId: 'verified-need', met: false }, { requirementId: 'other', met: false }];
    expect(eligibility(answers, reqs).failed.map((f) => f.requirementId)).toEqual(['verified-need']);
    expect(eligibility([], []).eligible).toBe(true);
  });
});

describe('properties of the weighted score', () => {
  /** 1–8 criteria with random weights (at least one positive) and 0–4 or 1–5 scales, and 1–5 reviewers' scores */
  const problem = fc
    .array(fc.record({ weight: fc.double({ min: 0, max: 100, noNaN: true }), from: fc.constantFrom(0, 1), size: fc.integer({ min: 2, max: 11 }) }), { minLength: 1, maxLength: 8 })
    .filter((cs) => cs.some((c) => c.weight > 0))
    .chain((cs) => {
      const criteria = cs.map((c, i) => criterion(`c${i}`, c.weight, c.from, c.from + c.size - 1));
      const reviewer = fc.tuple(...criteria.map((c) => fc.option(fc.integer({ min: c.scale[0]!.value, max: c.scale[c.scale.length - 1]!.value }), { nil: null })));
      return fc.record({ criteria: fc.constant(criteria), reviewers: fc.array(reviewer, { minLength: 1, maxLength: 5 }) });
    });
  const toAssessments = (criteria: Criterion[], reviewers: (number | null)[][]): Assessment[] =>
    reviewers.map((scores, r) => ({ reviewerId: `r${r}`, scores: scores.map((score, i) => ({ criterionId: criteria[i]!.id, score })) }));

  it('the score and the partial score stay in [0, 100]; complete exactly when every weighted criterion has a score', () => {
    fc.assert(
      fc.property(problem, ({ criteria, reviewers }) => {
        const r = scoreInitiative(toAssessments(criteria, reviewers), criteria);
        for (const s of [r.score, r.partialScore]) {
          if (s === null) continue;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
        const expectedComplete = criteria.every((c, i) => c.weight === 0 || reviewers.some((rv) => rv[i] !== null));
        expect(r.complete).toBe(expectedComplete);
        expect(r.score === null).toBe(!expectedComplete);
      }),
    );
  });

  it("raising one reviewer's score on one criterion never lowers the weighted score", () => {
    fc.assert(
      fc.property(problem, fc.nat(), fc.nat(), ({ criteria, reviewers }, pickReviewer, pickCriterion) => {
        const r = pickReviewer % reviewers.length;
        const i = pickCriterion % criteria.length;
        const top = criteria[i]!.scale[criteria[i]!.scale.length - 1]!.value;
        const current = reviewers[r]![i];
        const raised = reviewers.map((rv, k) => (k === r ? rv.map((s, j) => (j === i ? Math.min(top, (s ?? top) + 1) : s)) : rv));
        if (current === null || current === undefined) return; // raising needs a score to raise
        const before = scoreInitiative(toAssessments(criteria, reviewers), criteria);
        const after = scoreInitiative(toAssessments(criteria, raised), criteria);
        if (before.score !== null && after.score !== null) expect(after.score).toBeGreaterThanOrEqual(before.score - 1e-9);
        if (before.partialScore !== null && after.partialScore !== null) expect(after.partialScore).toBeGreaterThanOrEqual(before.partialScore - 1e-9);
      }),
    );
  });

  it('spread: min ≤ mean ≤ max and sd ≥ 0', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 20 }), (xs) => {
        const s = spread(xs);
        expect(s.min!).toBeLessThanOrEqual(s.mean!);
        expect(s.mean!).toBeLessThanOrEqual(s.max!);
        expect(s.standardDeviation!).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
