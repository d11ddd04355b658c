import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { BenefitFigures } from '@dp/domain/benefits';
import { criteriaSetFingerprint, defaultCriteriaSet } from '@dp/domain/prioritisation';
import { validateDecision } from './decision.js';
import { DECISION_SNAPSHOT_FORMAT, freezeSnapshot, frozenDecision, snapshotFingerprint, verifySnapshot, type DecisionSnapshotInput } from './snapshot.js';

const figures: BenefitFigures = {
  pvCosts: 1_850_000.25,
  pvBenefits: 3_200_000.5,
  pvFinancialBenefits: 1_100_000,
  pvRedistributionBenefits: 2_100_000.5,
  npv: 1_350_000.25,
  benefitCostRatio: 1.7297297,
  npvPerKrona: 0.7297297,
  paybackYear: 2029,
  budgetReleasingShare: 0.34375,
};

const criteriaFingerprint = criteriaSetFingerprint(defaultCriteriaSet());

const input = (): DecisionSnapshotInput => ({
  initiativeId: 'b9b3c1c0-2f0e-4a57-8b1a-5a8f3f0e9d11',
  decision: {
    outcome: 'GRANTED',
    grantedAmount: 600_000,
    amountsByYear: [{ year: 2027, amount: 400_000 }, { year: 2028, amount: 200_000 }],
    decidedOn: '2027-03-15',
    registrationNumber: 'KS 2027/123',
  },
  calculation: { kind: 'REVIEWED', id: 'calc-1', figures },
  score: { score: 72.5, partialScore: 72.5, criteriaSetFingerprint: criteriaFingerprint },
  scenario: {
    id: 'scenario-7',
    result: { selected: ['a', 'b'], value: 141.25, totalCost: 9_400_000, costByYear: [{ year: 2027, amount: 6_000_000 }], optimumValue: null, status: null },
  },
});

describe('freezeSnapshot', () => {
  it('tags the format, makes missing optional fields explicit and fingerprints the canonical JSON with SHA-256', () => {
    const { snapshot, canonical, fingerprint } = freezeSnapshot(input());
    expect(snapshot.format).toBe(DECISION_SNAPSHOT_FORMAT);
    expect(canonical.startsWith('{"calculation":{"figures":{"benefitCostRatio":1.7297297,')).toBe(true);
    expect(fingerprint).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
    expect(snapshotFingerprint(snapshot)).toBe(fingerprint);
    const bare = freezeSnapshot({ ...input(), calculation: { kind: 'APPLICANT', figures }, score: { score: null, criteriaSetFingerprint: criteriaFingerprint.toUpperCase() } });
    expect(bare.snapshot.calculation).toMatchObject({ id: null });
    expect(bare.snapshot.score).toEqual({ score: null, partialScore: null, criteriaSetFingerprint: criteriaFingerprint });
  });

  it('writes a known snapshot as the canonical text by hand (the format must not drift silently)', () => {
    const { canonical, fingerprint } = freezeSnapshot({
      initiativeId: 'i-1',
      decision: { outcome: 'GRANTED', grantedAmount: 600_000, amountsByYear: [{ year: 2027, amount: 600_000 }], decidedOn: '2027-03-15', registrationNumber: 'KS 2027/123' },
      calculation: null,
      score: { score: 72.5, criteriaSetFingerprint: 'A'.repeat(64) },
      scenario: { id: 's-7', result: { selected: ['i-1'], value: 0.1 } },
    });
    const expected =
      '{"calculation":null,' +
      '"decision":{"amountsByYear":[{"amount":600000,"year":2027}],"decidedOn":"2027-03-15","grantedAmount":600000,"outcome":"GRANTED","registrationNumber":"KS 2027/123"},' +
      '"format":"dp-decision-snapshot/1",' +
      '"initiativeId":"i-1",' +
      `"scenario":{"id":"s-7","result":{"selected":["i-1"],"value":0.1}},` +
      `"score":{"criteriaSetFingerprint":"${'a'.repeat(64)}","partialScore":null,"score":72.5}}`;
    expect(canonical).toBe(expected);
    expect(fingerprint).toBe(createHash('sha256').update(expected, 'utf8').digest('hex'));
  });

  it('does not depend on the order the keys were written in', () => {
    const a = input();
    const b: DecisionSnapshotInput = {
      scenario: { result: { status: null, optimumValue: null, costByYear: [{ amount: 6_000_000, year: 2027 }], totalCost: 9_400_000, value: 141.25, selected: ['a', 'b'] }, id: 'scenario-7' },
      score: a.score,
      calculation: { figures: Object.fromEntries(Object.entries(figures).reverse()) as unknown as BenefitFigures, id: 'calc-1', kind: 'REVIEWED' },
      decision: a.decision,
      initiativeId: a.initiativeId,
    };
    expect(freezeSnapshot(b).fingerprint).toBe(freezeSnapshot(a).fingerprint);
  });

  it('allows a decision without calculation, score or scenario', () => {
    const r = freezeSnapshot({ ...input(), calculation: null, score: null, scenario: null });
    expect(verifySnapshot(r.snapshot, r.fingerprint)).toBe(true);
    expect(r.canonical).toContain('"scenario":null');
  });

  it('takes the decision essentials from a validated decision', () => {
    const v = validateDecision({ outcome: 'REJECTED', reason: 'Låg nytta.', decidedOn: '2027-03-15', registrationNumber: 'KS 2027/124' }, { requestedAmount: 1, years: [] });
    if (!v.ok) throw new Error('invalid');
    expect(frozenDecision(v.value)).toEqual({ outcome: 'REJECTED', grantedAmount: null, amountsByYear: null, decidedOn: '2027-03-15', registrationNumber: 'KS 2027/124' });
    const g = validateDecision(
      { outcome: 'GRANTED', grantedAmount: 10, amountsByYear: [{ year: 2027, amount: 10 }], decidedOn: '2027-03-15', registrationNumber: 'KS 1' },
      { requestedAmount: 10, years: [2027] },
    );
    if (!g.ok) throw new Error('invalid');
    expect(frozenDecision(g.value)).toMatchObject({ outcome: 'GRANTED', grantedAmount: 10, amountsByYear: [{ year: 2027, amount: 10 }] });
  });

  it('refuses what cannot be frozen', () => {
    expect(() => freezeSnapshot({ ...input(), initiativeId: '' })).toThrow(TypeError);
    expect(() => freezeSnapshot({ ...input(), score: { score: 1, criteriaSetFingerprint: 'abc' } })).toThrow(TypeError);
    expect(() => freezeSnapshot({ ...input(), calculation: { kind: 'REVIEWED', figures: { ...figures, npv: Number.NaN } } })).toThrow(RangeError);
    expect(() => freezeSnapshot({ ...input(), scenario: { id: 's', result: () => 1 } })).toThrow(TypeError);
  });
});

describe('verifySnapshot', () => {
  const frozen = freezeSnapshot(input());

  it('accepts the snapshot, its stored text, and the text as a store may give it back (keys reordered, spaced)', () => {
    expect(verifySnapshot(frozen.snapshot, frozen.fingerprint)).toBe(true);
    expect(verifySnapshot(frozen.canonical, frozen.fingerprint)).toBe(true);
    expect(verifySnapshot(frozen.canonical, frozen.fingerprint.toUpperCase())).toBe(true);
    const reordered = JSON.stringify(JSON.parse(frozen.canonical, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)), null, 2);
    expect(reordered).not.toBe(frozen.canonical);
    expect(verifySnapshot(reordered, frozen.fingerprint)).toBe(true);
  });

  it('refuses any change of content', () => {
    const changed = (f: (s: ReturnType<typeof structuredClone<typeof frozen.snapshot>>) => void) => {
      const copy = structuredClone(frozen.snapshot);
      f(copy);
      return verifySnapshot(copy, frozen.fingerprint);
    };
    expect(changed((s) => (s.decision.grantedAmount = 600_001))).toBe(false);
    expect(changed((s) => (s.decision.registrationNumber = 'KS 2027/124'))).toBe(false);
    expect(changed((s) => (s.calculation!.figures.npv += 0.01))).toBe(false);
    expect(changed((s) => (s.score!.score = 72.4))).toBe(false);
    expect(changed((s) => (s.score!.criteriaSetFingerprint = 'b'.repeat(64)))).toBe(false);
    expect(changed((s) => ((s.scenario!.result as { selected: string[] }).selected.reverse()))).toBe(false);
    expect(changed((s) => (s.scenario = null))).toBe(false);
    expect(changed(() => undefined)).toBe(true);
  });

  it('refuses text that is not a snapshot', () => {
    expect(verifySnapshot('{not json', frozen.fingerprint)).toBe(false);
    expect(verifySnapshot('null', frozen.fingerprint)).toBe(false);
    expect(verifySnapshot(frozen.canonical.replace(DECISION_SNAPSHOT_FORMAT, 'dp-decision-snapshot/0'), frozen.fingerprint)).toBe(false);
    expect(verifySnapshot(frozen.snapshot, 'a'.repeat(64))).toBe(false);
  });

  it('property: any JSON scenario result survives a round trip through JSON text and verifies', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (result) => {
        const f = freezeSnapshot({ ...input(), scenario: { id: 's', result } });
        expect(verifySnapshot(JSON.stringify(JSON.parse(f.canonical)), f.fingerprint)).toBe(true);
        expect(verifySnapshot(f.snapshot, f.fingerprint)).toBe(true);
      }),
    );
  });
});
