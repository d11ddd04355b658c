import { describe, expect, it } from '@jest/globals';
import { expectWithMessage } from '@dp/testing';
import { DEFAULT_CRITERIA, DEFAULT_MUST_REQUIREMENTS, validateAssessment } from '@dp/domain/prioritisation';
import { DEMO_ASSESSMENTS, DEMO_CRITERIA_ORDER, DEMO_ROUND_CAPACITY } from './assessments.js';
import { demoData } from './demo-data.js';

const prepared = demoData.initiatives.filter((i) => i.fundRoundCode === 'DP2027' && i.status === 'PREPARED').map((i) => i.title);

describe('demo assessments', () => {
  it('assess exactly the prepared applications of the 2027 round', () => {
    expect(Object.keys(DEMO_ASSESSMENTS).sort()).toEqual([...prepared].sort());
  });

  it('score the default criteria in their order, each on its scale', () => {
    expect(DEMO_CRITERIA_ORDER).toEqual(DEFAULT_CRITERIA.map((c) => c.id));
    for (const [title, entry] of Object.entries(DEMO_ASSESSMENTS)) {
      for (const a of [entry.analyst, entry.managementGroup].filter((x) => x !== undefined)) {
        const scores = DEMO_CRITERIA_ORDER.map((criterionId, k) => ({ criterionId, score: a.scores[k] ?? null }));
        expectWithMessage(validateAssessment({ reviewerId: 'r', scores, comment: a.comment }, DEFAULT_CRITERIA).ok, title).toBe(true);
      }
    }
  });

  it('has a failed must-requirement with a reason, on a default requirement, and some single-reviewer initiatives', () => {
    const failed = Object.values(DEMO_ASSESSMENTS).flatMap((e) => (e.failedRequirement ? [e.failedRequirement] : []));
    expect(failed.length).toBeGreaterThanOrEqual(1);
    for (const f of failed) {
      expect(DEFAULT_MUST_REQUIREMENTS.map((r) => r.id)).toContain(f.id);
      expect(f.comment.length).toBeGreaterThan(10);
    }
    expect(Object.values(DEMO_ASSESSMENTS).some((e) => !e.managementGroup)).toBe(true);
  });

  it('gives the 2027 round yearly budgets that add up to its budget, within its horizon', () => {
    const round = demoData.fundRounds.find((r) => r.code === 'DP2027');
    const capacity = DEMO_ROUND_CAPACITY['DP2027'];
    expect(capacity?.yearlyBudgets.reduce((s, y) => s + y.amount, 0)).toBe(round?.budget);
    for (const y of [...(capacity?.yearlyBudgets ?? []), ...(capacity?.staffCapacity ?? [])]) expect(y.year - (round?.year ?? 0)).toBeLessThan(5);
  });
});
