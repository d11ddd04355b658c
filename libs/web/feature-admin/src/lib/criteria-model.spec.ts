import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CRITERIA, DEFAULT_MUST_REQUIREMENTS, SAATY_SCALE, ahpWeights, normaliseWeights } from '@dp/domain/prioritisation';
import { adminSv } from './i18n';
import {
  addCriterion,
  addLevel,
  addMustRequirement,
  ahpOutcome,
  assignIds,
  buildCriteriaInput,
  criteriaDraftFromSet,
  judgementOf,
  judgementOptionValue,
  liveWeights,
  moveCriterion,
  parseJudgementOption,
  placeServerError,
  relocaliseDraft,
  removeCriterion,
  removeLevel,
  setAhp,
  setJudgement,
  slugify,
  snapToSaaty,
  updateCriterion,
  updateLevel,
  updateMustRequirement,
  type CriteriaSetData,
} from './criteria-model';

const SV = 'sv-SE';
const EN = 'en-GB';

const defaults: Pick<CriteriaSetData, 'criteria' | 'mustRequirements' | 'pairwise'> = {
  criteria: DEFAULT_CRITERIA.map((c, i) => ({ ...c, normalisedWeight: normaliseWeights(DEFAULT_CRITERIA)[i] ?? 0 })),
  mustRequirements: DEFAULT_MUST_REQUIREMENTS,
  pairwise: null,
};

describe('criteria form model', () => {
  it('shows the saved set as typed text, and sends it back unchanged', () => {
    const draft = criteriaDraftFromSet(defaults, SV);
    expect(draft.ahp).toBe(false);
    expect(draft.criteria.map((c) => c.weight)).toEqual(['20', '20', '15', '20', '15', '10']);
    expect(draft.criteria[0]!.scale.map((l) => l.value)).toEqual(['0', '1', '2', '3', '4']);

    const result = buildCriteriaInput(draft, SV);
    expect(result).toEqual({
      ok: true,
      input: {
        criteria: DEFAULT_CRITERIA.map((c) => ({ id: c.id, name: c.name, description: c.description, weight: c.weight, scale: c.scale })),
        mustRequirements: DEFAULT_MUST_REQUIREMENTS,
        pairwise: null,
      },
    });
  });

  it('reads weights in the UI language and normalises them live with the domain', () => {
    let draft = criteriaDraftFromSet(defaults, SV);
    draft = updateCriterion(draft, 0, { weight: '40' });
    expect(liveWeights(draft, SV)![0]).toBeCloseTo(40 / 120, 12);
    draft = updateCriterion(draft, 1, { weight: '12,5' });
    expect(liveWeights(draft, SV)![1]).toBeCloseTo(12.5 / 112.5, 12);
    // in English the comma groups thousands: "12,5" reads as 125, so the typing is rewritten on a language switch
    expect(liveWeights(draft, EN)![1]).toBeCloseTo(125 / 225, 12);
    expect(liveWeights(relocaliseDraft(draft, SV, EN), EN)![1]).toBeCloseTo(12.5 / 112.5, 12);
    expect(liveWeights(updateCriterion(draft, 2, { weight: 'mycket' }), SV)).toBeNull();
    expect(liveWeights(updateCriterion(draft, 2, { weight: '-1' }), SV)).toBeNull();
  });

  it('reports the parser’s and the domain’s codes at the API’s paths', () => {
    let draft = criteriaDraftFromSet(defaults, SV);
    draft = updateCriterion(draft, 1, { name: '  ', weight: 'tjugo' });
    draft = updateCriterion(draft, 2, { weight: '-5' });
    draft = updateLevel(draft, 0, 2, { value: '7' });
    draft = updateLevel(draft, 3, 1, { label: '' });
    draft = updateMustRequirement(draft, 0, { description: '' });
    const result = buildCriteriaInput(draft, SV);
    expect(result).toEqual({
      ok: false,
      errors: {
        'criteria.1.name': 'REQUIRED',
        'criteria.1.weight': 'NOT_A_NUMBER',
        'criteria.2.weight': 'NEGATIVE',
        'criteria.0.scale.2.value': 'OUT_OF_RANGE',
        'criteria.3.scale.1.label': 'REQUIRED',
        'mustRequirements.0.description': 'REQUIRED',
      },
    });
  });

  it('refuses all weights 0 and a scale of one level', () => {
    let draft = criteriaDraftFromSet({ ...defaults, criteria: defaults.criteria.slice(0, 2) }, SV);
    draft = updateCriterion(updateCriterion(draft, 0, { weight: '0' }), 1, { weight: '0' });
    draft = removeLevel(removeLevel(removeLevel(removeLevel(draft, 1, 4), 1, 3), 1, 2), 1, 1);
    const result = buildCriteriaInput(draft, SV);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['criteria.1.scale']).toBe('TOO_FEW');
    expect(liveWeights(draft, SV)).toBeNull();
  });

  it('gives new criteria and must-requirements ids from their names, unique, and keeps saved ids', () => {
    expect(slugify('Förbättrad arbetsmiljö – även digital!')).toBe('forbattrad-arbetsmiljo-aven-digital');
    expect(assignIds([{ savedId: 'lower-costs', name: 'Ändrat namn' }, { savedId: null, name: 'Lower costs' }, { savedId: null, name: 'Lower costs' }, { savedId: null, name: '' }])).toEqual([
      'lower-costs',
      'lower-costs-2',
      'lower-costs-3',
      '',
    ]);

    let draft = criteriaDraftFromSet(defaults, SV);
    draft = updateCriterion(draft, 0, { name: 'Bättre service' });
    draft = addCriterion(draft, ['Ingen', 'Liten', 'Stor']);
    draft = updateCriterion(draft, 6, { name: 'Hållbarhet', description: 'Miljö och klimat.', weight: '5' });
    draft = updateLevel(updateLevel(updateLevel(draft, 6, 0, { description: 'a' }), 6, 1, { description: 'b' }), 6, 2, { description: 'c' });
    draft = addMustRequirement(draft);
    draft = updateMustRequirement(draft, 4, { name: 'Godkänd informationsklassning', description: 'K/R/T är gjord.' });
    const result = buildCriteriaInput(draft, SV);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.input.criteria.map((c) => c.id)).toEqual([...DEFAULT_CRITERIA.map((c) => c.id), 'hallbarhet']);
    expect(result.input.criteria[0]!.name).toBe('Bättre service');
    expect(result.input.criteria[6]!.scale).toEqual([
      { value: 0, label: 'Ingen', description: 'a' },
      { value: 1, label: 'Liten', description: 'b' },
      { value: 2, label: 'Stor', description: 'c' },
    ]);
    expect(result.input.mustRequirements[4]).toEqual({ id: 'godkand-informationsklassning', name: 'Godkänd informationsklassning', description: 'K/R/T är gjord.' });
  });

  it('reports a new criterion without a name at its name, not at the id', () => {
    const draft = addCriterion(criteriaDraftFromSet(defaults, SV), ['Ingen', 'Stor']);
    const result = buildCriteriaInput(draft, SV);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['criteria.6.name']).toBe('REQUIRED');
    expect(result.errors['criteria.6.id']).toBeUndefined();
    expect(result.errors['criteria.6.weight']).toBe('REQUIRED');
  });

  it('adds a level after the highest, moves and removes criteria', () => {
    let draft = criteriaDraftFromSet(defaults, SV);
    draft = addLevel(draft, 0, SV);
    expect(draft.criteria[0]!.scale.map((l) => l.value)).toEqual(['0', '1', '2', '3', '4', '5']);
    const keys = draft.criteria.map((c) => c.key);
    draft = moveCriterion(draft, 0, 1);
    expect(draft.criteria.map((c) => c.key)).toEqual([keys[1], keys[0], ...keys.slice(2)]);
    expect(moveCriterion(draft, 0, -1)).toBe(draft);
    draft = removeCriterion(draft, 1);
    expect(draft.criteria.map((c) => c.savedId)).toEqual(['lower-costs', 'work-environment', 'strategic-fit', 'feasibility-risk', 'urgency-legal']);
  });

  describe('pairwise comparison', () => {
    const three = { ...defaults, criteria: defaults.criteria.slice(0, 3) };

    it('offers Saaty’s values and their reciprocals, and snaps stored judgements to them', () => {
      expect(SAATY_SCALE.map((s) => s.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(judgementOptionValue(7)).toBe('7');
      expect(judgementOptionValue(1 / 7)).toBe('1/7');
      expect(parseJudgementOption('1/7')).toBeCloseTo(1 / 7, 15);
      expect(parseJudgementOption('5')).toBe(5);
      expect(snapToSaaty(0.3334)).toBeCloseTo(1 / 3, 15);
      expect(snapToSaaty(6.2)).toBe(6);
      expect(snapToSaaty(12)).toBe(9);
    });

    it('names the intensities in Swedish as the domain’s scale does', () => {
      for (const s of SAATY_SCALE.filter((x) => x.value > 1)) {
        expect(adminSv.criteria.ahp.intensity[String(s.value) as keyof typeof adminSv.criteria.ahp.intensity]).toBe(s.label.toLowerCase());
      }
    });

    it('derives the weights and the consistency ratio with the domain, judgements following their criteria', () => {
      let draft = setAhp(criteriaDraftFromSet(three, SV), true, SV);
      const [a, b, c] = draft.criteria.map((x) => x.key) as [string, string, string];
      // consistent: a = 2b, b = 2c, a = 4c
      draft = setJudgement(setJudgement(setJudgement(draft, a, b, 2), b, c, 2), a, c, 4);
      let outcome = ahpOutcome(draft)!;
      expect(outcome.weights[0]).toBeCloseTo(4 / 7, 9);
      expect(outcome.weights[2]).toBeCloseTo(1 / 7, 9);
      expect(outcome.consistencyRatio).toBeCloseTo(0, 9);
      expect(outcome.consistent).toBe(true);
      expect(liveWeights(draft, SV)).toEqual(outcome.weights);

      // moved: the matrix follows the new order, the judgements stay with their criteria
      const moved = moveCriterion(draft, 0, 1);
      expect(judgementOf(moved, b, a)).toBeCloseTo(1 / 2, 15);
      expect(ahpOutcome(moved)!.weights[1]).toBeCloseTo(4 / 7, 9);

      // a → b 9, b → c 9, c → a 9: circular
      draft = setJudgement(setJudgement(setJudgement(draft, a, b, 9), b, c, 9), c, a, 9);
      outcome = ahpOutcome(draft)!;
      expect(judgementOf(draft, a, c)).toBeCloseTo(1 / 9, 15);
      expect(outcome.consistencyRatio).toBeCloseTo(ahpWeights(outcome.matrix).consistencyRatio, 12);
      expect(outcome.consistencyRatio).toBeGreaterThan(0.1);
      expect(outcome.consistent).toBe(false);
    });

    it('sends the matrix as pairwise, weights as the derived ones, and reads a stored matrix back', () => {
      let draft = setAhp(criteriaDraftFromSet(three, SV), true, SV);
      const [a, b] = draft.criteria.map((x) => x.key) as [string, string, string];
      draft = setJudgement(draft, b, a, 3);
      const result = buildCriteriaInput(draft, SV);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.input.pairwise).toEqual([
        [1, 1 / 3, 1],
        [3, 1, 1],
        [1, 1, 1],
      ]);
      const weights = ahpWeights(result.input.pairwise!).weights;
      expect(result.input.criteria.map((c) => c.weight)).toEqual(weights);

      const stored = criteriaDraftFromSet(
        { ...three, criteria: three.criteria.map((c, i) => ({ ...c, weight: (weights[i] ?? 0) * 100, normalisedWeight: weights[i] ?? 0 })), pairwise: result.input.pairwise },
        SV,
      );
      expect(stored.ahp).toBe(true);
      expect(judgementOf(stored, stored.criteria[0]!.key, stored.criteria[1]!.key)).toBeCloseTo(1 / 3, 12);
      expect(judgementOf(stored, stored.criteria[1]!.key, stored.criteria[2]!.key)).toBe(1);
    });

    it('turned off, leaves the derived weights in the weight fields in percent', () => {
      let draft = setAhp(criteriaDraftFromSet(three, SV), true, SV);
      const [a, b, c] = draft.criteria.map((x) => x.key) as [string, string, string];
      draft = setJudgement(setJudgement(setJudgement(draft, a, b, 2), b, c, 2), a, c, 4);
      const off = setAhp(draft, false, SV);
      expect(off.ahp).toBe(false);
      expect(off.criteria.map((x) => x.weight)).toEqual(['57,1', '28,6', '14,3']);
    });

    it('forgets the judgements of a removed criterion', () => {
      let draft = setAhp(criteriaDraftFromSet(three, SV), true, SV);
      const [a, b, c] = draft.criteria.map((x) => x.key) as [string, string, string];
      draft = setJudgement(setJudgement(draft, a, b, 5), a, c, 3);
      draft = removeCriterion(draft, 1);
      expect(Object.keys(draft.judgements)).toEqual([`${a}>${c}`]);
    });
  });

  it('places the API’s errors at the form’s fields, and only those it has', () => {
    const draft = criteriaDraftFromSet(defaults, SV);
    expect(placeServerError('criteria.1.weight', draft)).toBe('criteria.1.weight');
    expect(placeServerError('criteria.1.id', draft)).toBe('criteria.1.name');
    expect(placeServerError('criteria.0.scale.4.description', draft)).toBe('criteria.0.scale.4.description');
    expect(placeServerError('criteria.0.scale.9.description', draft)).toBeNull();
    expect(placeServerError('criteria.9.name', draft)).toBeNull();
    expect(placeServerError('mustRequirements.3.name', draft)).toBe('mustRequirements.3.name');
    expect(placeServerError('pairwise.2.1', draft)).toBe('pairwise');
    expect(placeServerError('criteria', draft)).toBe('criteria');
    expect(placeServerError('somethingElse', draft)).toBeNull();
  });
});
