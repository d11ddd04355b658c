import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  DEFAULT_CRITERIA,
  DEFAULT_MUST_REQUIREMENTS,
  changeCriteriaSet,
  criteriaSetFingerprint,
  defaultCriteriaSet,
  freezeCriteriaSet,
  initialCriteriaSetVersion,
  normaliseWeights,
  scaleRange,
  validateCriteriaSet,
  verifyCriteriaSetFingerprint,
  type CriteriaSet,
  type Criterion,
} from './assessment.js';
import { canonicalJson, sha256Hex, utf8Bytes } from './assessment-hash.js';

const scale = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ value: from + i, label: `Nivå ${from + i}`, description: `Beskrivning ${from + i}` }));
const criterion = (id: string, weight: number, levels = scale(0, 4)): Criterion => ({ id, name: `Kriterium ${id}`, description: `Om ${id}`, weight, scale: levels });
const set = (criteria: unknown[], mustRequirements: unknown[] = []) => ({ criteria, mustRequirements });

function errorsOf(input: unknown) {
  const r = validateCriteriaSet(input);
  return r.ok ? [] : r.errors;
}

describe('the default criteria and must-requirements', () => {
  it('are a valid set: six criteria on described 0–4 scales, weights summing to 100 %', () => {
    const r = validateCriteriaSet(defaultCriteriaSet());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(DEFAULT_CRITERIA.map((c) => c.id)).toEqual(['quality-for-residents', 'lower-costs', 'work-environment', 'strategic-fit', 'feasibility-risk', 'urgency-legal']);
    expect(DEFAULT_CRITERIA.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(r.weights).toEqual([0.2, 0.2, 0.15, 0.2, 0.15, 0.1]);
    for (const c of DEFAULT_CRITERIA) {
      expect(scaleRange(c)).toEqual({ min: 0, max: 4 });
      for (const l of c.scale) expect(l.description.length).toBeGreaterThan(10);
    }
    expect(DEFAULT_CRITERIA[0]!.name).toBe('Bättre kvalitet i service till invånarna');
  });

  it('name the four must-requirements', () => {
    expect(DEFAULT_MUST_REQUIREMENTS.map((r) => r.id)).toEqual(['verified-need', 'benefit-owner', 'running-costs-funded', 'architecture-fit']);
  });

  it('defaultCriteriaSet returns a copy that can be changed without touching the defaults', () => {
    const copy = defaultCriteriaSet();
    (copy.criteria[0] as Criterion).weight = 99;
    expect(DEFAULT_CRITERIA[0]!.weight).toBe(20);
  });
});

describe('validateCriteriaSet', () => {
  it('accepts a 1–5 scale and trims the texts', () => {
    const r = validateCriteriaSet(set([{ ...criterion('a', 1, scale(1, 5)), name: '  Nytta  ' }]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.criteria[0]!.name).toBe('Nytta');
  });

  it('refuses negative weights and an all-zero set, but accepts a zero weight next to positive ones', () => {
    expect(errorsOf(set([criterion('a', -1), criterion('b', 1)]))).toEqual([{ field: 'criteria.0.weight', code: 'NEGATIVE' }]);
    expect(errorsOf(set([criterion('a', 0), criterion('b', 0)]))).toEqual([{ field: 'criteria', code: 'NOT_POSITIVE' }]);
    const r = validateCriteriaSet(set([criterion('a', 0), criterion('b', 3)]));
    expect(r.ok && r.weights).toEqual([0, 1]);
  });

  it('refuses duplicate ids, too few and too many criteria', () => {
    expect(errorsOf(set([criterion('a', 1), criterion('a', 1)]))).toEqual([{ field: 'criteria.1.id', code: 'DUPLICATE' }]);
    expect(errorsOf(set([]))).toEqual([{ field: 'criteria', code: 'TOO_FEW' }]);
    expect(errorsOf(set(Array.from({ length: 16 }, (_, i) => criterion(`c${i}`, 1))))).toEqual([{ field: 'criteria', code: 'TOO_MANY' }]);
  });

  it('wants scale levels ascending, consecutive, unique, each with a label and a description', () => {
    const gap = [...scale(0, 1), { value: 3, label: 'Tre', description: 'Hoppar över 2' }];
    expect(errorsOf(set([criterion('a', 1, gap)]))).toEqual([{ field: 'criteria.0.scale.2.value', code: 'OUT_OF_RANGE' }]);
    const dup = [...scale(0, 1), { value: 1, label: 'Ett igen', description: 'Dubblett' }];
    expect(errorsOf(set([criterion('a', 1, dup)]))).toEqual([{ field: 'criteria.0.scale.2.value', code: 'DUPLICATE' }]);
    const descending = [...scale(0, 2)].reverse();
    expect(errorsOf(set([criterion('a', 1, descending)]))).toContainEqual({ field: 'criteria.0.scale.1.value', code: 'OUT_OF_RANGE' });
    const fraction = [...scale(0, 1), { value: 1.5, label: 'Halv', description: 'Halvt steg' }];
    expect(errorsOf(set([criterion('a', 1, fraction)]))).toEqual([{ field: 'criteria.0.scale.2.value', code: 'OUT_OF_RANGE' }]);
    const undescribed = [...scale(0, 1), { value: 2, label: 'Två', description: '  ' }];
    expect(errorsOf(set([criterion('a', 1, undescribed)]))).toEqual([{ field: 'criteria.0.scale.2.description', code: 'REQUIRED' }]);
    expect(errorsOf(set([criterion('a', 1, scale(0, 0))]))).toEqual([{ field: 'criteria.0.scale', code: 'TOO_FEW' }]);
    expect(errorsOf(set([criterion('a', 1, scale(0, 11))]))).toEqual([{ field: 'criteria.0.scale', code: 'TOO_MANY' }]);
  });

  it('refuses missing fields, long texts and duplicate must-requirements', () => {
    expect(errorsOf({})).toEqual([
      { field: 'criteria', code: 'REQUIRED' },
      { field: 'mustRequirements', code: 'REQUIRED' },
    ]);
    expect(errorsOf(set([{ ...criterion('a', 1), name: 'x'.repeat(201) }]))).toEqual([{ field: 'criteria.0.name', code: 'TOO_LONG' }]);
    expect(errorsOf(set([{ ...criterion('a', 1), weight: Infinity }]))).not.toEqual([]);
    const req = { id: 'r', name: 'Krav', description: 'Beskrivning' };
    expect(errorsOf(set([criterion('a', 1)], [req, req]))).toEqual([{ field: 'mustRequirements.1.id', code: 'DUPLICATE' }]);
  });
});

describe('normaliseWeights', () => {
  it('divides by the sum', () => {
    expect(normaliseWeights([{ weight: 3 }, { weight: 1 }])).toEqual([0.75, 0.25]);
    expect(() => normaliseWeights([{ weight: 0 }])).toThrow(RangeError);
    expect(() => normaliseWeights([{ weight: -1 }, { weight: 2 }])).toThrow(RangeError);
  });

  it('property: the shares are in [0, 1] and sum to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1_000_000, noNaN: true }), { minLength: 1, maxLength: 15 }).filter((ws) => ws.some((w) => w > 0)),
        (ws) => {
          const shares = normaliseWeights(ws.map((weight) => ({ weight })));
          expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
          shares.forEach((x) => {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          });
        },
      ),
    );
  });
});

describe('criteriaSetFingerprint', () => {
  const base = defaultCriteriaSet();

  it('is a SHA-256 in hex, the same for the same content', () => {
    const f = criteriaSetFingerprint(base);
    expect(f).toMatch(/^[0-9a-f]{64}$/);
    expect(criteriaSetFingerprint(defaultCriteriaSet())).toBe(f);
    expect(verifyCriteriaSetFingerprint(base, f.toUpperCase())).toBe(true);
  });

  it('does not depend on the order of criteria, levels or keys', () => {
    const reordered: CriteriaSet = {
      mustRequirements: [...base.mustRequirements].reverse(),
      criteria: [...base.criteria].reverse().map((c) => ({ scale: [...c.scale].reverse(), weight: c.weight, description: c.description, name: c.name, id: c.id })),
    };
    expect(criteriaSetFingerprint(reordered)).toBe(criteriaSetFingerprint(base));
  });

  it('changes with a weight, a level description or a must-requirement', () => {
    const f = criteriaSetFingerprint(base);
    const weight = { ...base, criteria: base.criteria.map((c, i) => (i === 0 ? { ...c, weight: 21 } : c)) };
    const level = {
      ...base,
      criteria: base.criteria.map((c, i) => (i === 5 ? { ...c, scale: c.scale.map((l, j) => (j === 4 ? { ...l, description: `${l.description}!` } : l)) } : c)),
    };
    const requirement = { ...base, mustRequirements: base.mustRequirements.slice(1) };
    const fs = [weight, level, requirement].map(criteriaSetFingerprint);
    expect(new Set([f, ...fs]).size).toBe(4);
    expect(verifyCriteriaSetFingerprint(weight, f)).toBe(false);
  });
});

describe('versions of a round\'s criteria', () => {
  it('a draft changes in place; a frozen version stays and the change becomes the next draft', () => {
    const v1 = initialCriteriaSetVersion('round-2027');
    expect(v1).toMatchObject({ fundRoundId: 'round-2027', version: 1, status: 'DRAFT', frozenAt: null, fingerprint: null });
    const edited = changeCriteriaSet(v1, { ...v1, criteria: v1.criteria.slice(0, 3) });
    expect(edited.version).toBe(1);
    expect(edited.criteria).toHaveLength(3);

    const frozen = freezeCriteriaSet(edited, '2027-03-01T10:00:00Z');
    expect(frozen).toMatchObject({ version: 1, status: 'FROZEN', frozenAt: '2027-03-01T10:00:00Z', fingerprint: criteriaSetFingerprint(edited) });
    expect(freezeCriteriaSet(frozen, '2027-04-01T10:00:00Z')).toBe(frozen);

    const v2 = changeCriteriaSet(frozen, { criteria: DEFAULT_CRITERIA, mustRequirements: [] });
    expect(v2).toMatchObject({ fundRoundId: 'round-2027', version: 2, status: 'DRAFT', frozenAt: null, fingerprint: null });
    expect(frozen.criteria).toHaveLength(3);
    expect(verifyCriteriaSetFingerprint(frozen, frozen.fingerprint!)).toBe(true);
    expect(verifyCriteriaSetFingerprint(v2, frozen.fingerprint!)).toBe(false);
  });
});

describe('sha256Hex and canonicalJson', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('matches the FIPS 180-2 test vector (%#)', (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });

  it('property: equals Node crypto for any string (UTF-8, lone surrogates as U+FFFD)', () => {
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: anyCodeUnit, maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 })), (s) => {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
        expect(Array.from(utf8Bytes(s))).toEqual(Array.from(Buffer.from(s, 'utf8')));
      }),
    );
  });

  it('canonicalJson sorts keys at every depth and refuses non-finite numbers', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 'å' }], c: null }, e: undefined })).toBe('{"a":{"c":null,"d":[2,{"y":"å","z":1}]},"b":1}');
    expect(() => canonicalJson({ x: NaN })).toThrow(RangeError);
  });
});
