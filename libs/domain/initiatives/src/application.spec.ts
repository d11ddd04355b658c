import { describe, expect, it } from '@jest/globals';
import { missingMandatoryFields, personalDataAssessment } from './application.js';
import { validateCreateInitiative, validateUpdateInitiative } from './initiative-input.js';

const complete = {
  title: 'E-tjänst för bygglov',
  description: 'Digital ansökan.',
  contactName: 'Sara Sökande',
  contactEmail: 'sara@example.se',
  currentSituation: 'Pappersblankett.',
  problem: 'Långa handläggningstider.',
  desiredSituation: 'Digital ansökan med automatisk kontroll.',
  expectedEffects: '30 % kortare handläggning.',
  goalAreaIds: ['g1'],
  requestedAmount: 400_000,
  plannedStart: '2027-02-01',
  plannedEnd: '2027-12-31',
  handlesPersonalData: false,
};

describe('mandatory fields before anchoring', () => {
  it('are all answered in a complete application', () => {
    expect(missingMandatoryFields(complete)).toEqual([]);
  });

  it('lists what a first draft still lacks, in the form’s order', () => {
    expect(missingMandatoryFields({ title: 'Utkast', description: 'Kort.', goalAreaIds: ['g1'], requestedAmount: 1 })).toEqual([
      'contactName',
      'contactEmail',
      'currentSituation',
      'problem',
      'desiredSituation',
      'expectedEffects',
      'plannedStart',
      'plannedEnd',
      'handlesPersonalData',
    ]);
  });

  it('counts an explicit "no personal data" as answered, and blank text as empty', () => {
    expect(missingMandatoryFields({ ...complete, handlesPersonalData: false })).toEqual([]);
    expect(missingMandatoryFields({ ...complete, problem: '   ', handlesPersonalData: null })).toEqual(['problem', 'handlesPersonalData']);
  });
});

describe('personal data', () => {
  it('needs K, R and T levels and a settled DPIA', () => {
    expect(personalDataAssessment({ handlesPersonalData: true })).toEqual({ classified: false, dpiaSettled: false });
    expect(personalDataAssessment({ confidentialityLevel: 3, integrityLevel: 2, availabilityLevel: 2, dpiaStatus: 'IN_PROGRESS' })).toEqual({
      classified: true,
      dpiaSettled: false,
    });
    expect(personalDataAssessment({ confidentialityLevel: 3, integrityLevel: 2, availabilityLevel: 2, dpiaStatus: 'NOT_REQUIRED' })).toEqual({
      classified: true,
      dpiaSettled: true,
    });
  });
});

describe('validation of the application fields', () => {
  it('accepts a complete application', () => {
    expect(validateCreateInitiative({ ...complete, departmentId: 'd', fundRoundId: 'r', coFinancing: 0 }).ok).toBe(true);
  });

  it('names wrong e-mail, dates, levels and amounts', () => {
    const r = validateUpdateInitiative({
      contactEmail: 'inte-en-adress',
      plannedStart: '2027-13-01',
      confidentialityLevel: 5,
      coFinancing: -1,
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'contactEmail', code: 'INVALID_EMAIL' },
        { field: 'coFinancing', code: 'NEGATIVE' },
        { field: 'plannedStart', code: 'INVALID_DATE' },
        { field: 'confidentialityLevel', code: 'OUT_OF_RANGE' },
      ],
    });
  });

  it('refuses an end before the start, and lets an edit clear a text with ""', () => {
    expect(validateUpdateInitiative({ plannedStart: '2027-06-01', plannedEnd: '2027-05-31' })).toEqual({
      ok: false,
      errors: [{ field: 'plannedEnd', code: 'END_BEFORE_START' }],
    });
    expect(validateUpdateInitiative({ risks: '' })).toEqual({ ok: true, value: { risks: '' } });
  });
});
