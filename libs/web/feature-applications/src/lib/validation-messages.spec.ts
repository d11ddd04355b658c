import { describe, expect, it } from '@jest/globals';
import { expectWithMessage } from '@dp/testing';
import { INITIATIVE_STATUSES, VALIDATION_CODES } from '@dp/domain/initiatives';
import { createI18n } from '@dp/web/ui';
import { limitParams, type FormField } from './form-model';

/** The codes each field can get, from the shared schema, the API (references, budget) and the amount parser. */
const codesByField: Record<FormField, string[]> = {
  title: ['REQUIRED', 'TOO_SHORT', 'TOO_LONG'],
  description: ['REQUIRED', 'TOO_LONG'],
  departmentId: ['REQUIRED', 'UNKNOWN_REFERENCE'],
  fundRoundId: ['REQUIRED', 'UNKNOWN_REFERENCE'],
  goalAreaIds: ['REQUIRED', 'TOO_FEW', 'TOO_MANY', 'DUPLICATE', 'UNKNOWN_REFERENCE'],
  requestedAmount: ['REQUIRED', 'NOT_A_NUMBER', 'NOT_WHOLE_KRONOR', 'NOT_POSITIVE', 'NOT_SAFE_INTEGER', 'EXCEEDS_ROUND_BUDGET'],
  contactName: ['TOO_LONG'],
  contactEmail: ['TOO_LONG', 'INVALID_EMAIL'],
  currentSituation: ['TOO_LONG'],
  problem: ['TOO_LONG'],
  desiredSituation: ['TOO_LONG'],
  expectedEffects: ['TOO_LONG'],
  coFinancing: ['NOT_A_NUMBER', 'NOT_WHOLE_KRONOR', 'NEGATIVE', 'NOT_SAFE_INTEGER'],
  plannedStart: ['INVALID_DATE'],
  plannedEnd: ['INVALID_DATE', 'END_BEFORE_START'],
  risks: ['TOO_LONG'],
  dependencies: ['TOO_LONG'],
  handlesPersonalData: ['REQUIRED'],
  confidentialityLevel: ['OUT_OF_RANGE'],
  integrityLevel: ['OUT_OF_RANGE'],
  availabilityLevel: ['OUT_OF_RANGE'],
  dpiaStatus: ['REQUIRED'],
};

/** Codes only the benefit calculation's cells get (its own namespace has their texts: benefits/i18n.spec.ts). */
const CALCULATION_ONLY = ['OUTSIDE_HORIZON'];

describe('translations of the validation codes', () => {
  it('covers every validation code of the domain', () => {
    const covered = new Set([...Object.values(codesByField).flat(), ...CALCULATION_ONLY]);
    expect(VALIDATION_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it.each(['sv', 'en'] as const)('has a complete text for every code a field can get, in %s', (language) => {
    const i18n = createI18n(language);
    for (const code of [...VALIDATION_CODES, 'NOT_A_NUMBER', 'INVALID']) {
      expectWithMessage(i18n.exists(`validation.${code}`), `validation.${code}`).toBe(true);
    }
    for (const [field, codes] of Object.entries(codesByField)) {
      for (const code of codes) {
        const text = i18n.t([`validation.fields.${field}.${code}`, `validation.${code}`], limitParams(field));
        expectWithMessage(text, `${field}/${code}`).not.toMatch(/{{|validation\./);
      }
    }
    for (const status of INITIATIVE_STATUSES) expect(i18n.exists(`status.${status}`)).toBe(true);
  });

  it('puts the limits from the shared rules into the Swedish texts', () => {
    const i18n = createI18n('sv');
    expect(i18n.t('validation.TOO_LONG', limitParams('title'))).toBe('Skriv högst 200 tecken.');
    expect(i18n.t('validation.TOO_LONG', limitParams('description'))).toBe('Skriv högst 10\u00a0000 tecken.');
    expect(i18n.t(['validation.fields.goalAreaIds.TOO_MANY', 'validation.TOO_MANY'], limitParams('goalAreaIds'))).toBe('Välj högst 10 målområden.');
    expect(i18n.t('validation.TOO_LONG', limitParams('problem'))).toBe('Skriv högst 10\u00a0000 tecken.');
  });
});
