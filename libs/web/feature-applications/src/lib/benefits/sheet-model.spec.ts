import { describe, expect, it } from '@jest/globals';
import { expectWithMessage } from '@dp/testing';
import i18next from 'i18next';
import { VALIDATION_CODES } from '@dp/domain/initiatives';
import { validateSheet } from '@dp/domain/benefits';
import { applicantCalculation, roundParameters } from '../../testing/calculations';
import { BENEFITS_NAMESPACE, registerBenefitsTranslations } from './i18n';
import { amountKey, draftFromSheet, followUpKey, formatNumberInput, keyOfPath, parseNumberInput, planKey, sheetFromCalculation, sheetOfDraft } from './sheet-model';

describe('numbers as Swedish users type them', () => {
  it.each([
    ['250 000', 250_000],
    ['250\u00a0000', 250_000],
    ['1 234 567 kr', 1_234_567],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 400 h', 1_400],
    ['−300', -300],
    ['-300', -300],
    ['0', 0],
  ])('reads %j as %d', (text, value) => expect(parseNumberInput(text)).toBe(value));

  it.each(['', 'tusen', '1,2,3', '12 5,5,5', '1e5', '--1'])('does not take %j for a number', (text) => expect(parseNumberInput(text)).toBeNull());

  it('shows numbers with spaces between the thousands and a decimal comma', () => {
    expect(formatNumberInput(1_234_567)).toBe('1\u00a0234\u00a0567');
    expect(formatNumberInput(12.5)).toBe('12,5');
    expect(parseNumberInput(formatNumberInput(-1_234.25))).toBe(-1_234.25);
  });
});

describe('the editor’s sheet', () => {
  it('gives back the calculation it was made from, untouched', () => {
    const sheet = sheetFromCalculation(applicantCalculation);
    const again = sheetOfDraft(draftFromSheet(sheet));
    expect(again.inputErrors).toEqual([]);
    const valid = validateSheet(sheet, roundParameters);
    expect(valid.ok && validateSheet(again.sheet, roundParameters)).toEqual(valid);
  });

  it('reports text that is not a number at its field and leaves it out of the sheet', () => {
    const draft = draftFromSheet(sheetFromCalculation(applicantCalculation));
    draft.costs[1]!.amounts[2029] = 'tusen';
    const { sheet, inputErrors } = sheetOfDraft(draft);
    expect(inputErrors).toEqual([{ key: amountKey('c2', 2029), code: 'NOT_A_NUMBER' }]);
    expect(sheet.costs[1]!.amounts.map((a) => a.year)).toEqual([2028, 2030, 2031, 2032]);
  });

  it('finds the field of a validation path, by line id and year', () => {
    const draft = draftFromSheet(sheetFromCalculation(applicantCalculation));
    draft.benefits[1]!.plan.followUpDates = ['', '2028-13-01'];
    const of = sheetOfDraft(draft);
    expect(keyOfPath('costs.1.amounts.0.amount', of)).toBe(amountKey('c2', 2028));
    expect(keyOfPath('costs.1.amounts.0.year', of)).toBe('c2.amounts');
    expect(keyOfPath('costs.0.label', of)).toBe('c1.label');
    expect(keyOfPath('benefits.1.plan.targetDate', of)).toBe(planKey('b2', 'targetDate'));
    // the empty first date is not sent: the server's index 0 is the draft's index 1
    expect(keyOfPath('benefits.1.plan.followUpDates.0', of)).toBe(followUpKey('b2', 1));
    expect(keyOfPath('costs', of)).toBe('costs');
    expect(keyOfPath('costs.9.label', of)).toBe('costs');
  });
});

describe('the benefits namespace', () => {
  it('has a text for every validation code of the calculation, in Swedish and English', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'sv', resources: {}, initAsync: false });
    registerBenefitsTranslations(i18n);
    for (const language of ['sv', 'en']) {
      for (const code of [...VALIDATION_CODES.filter((c) => !['TOO_SHORT', 'TOO_FEW', 'NOT_SAFE_INTEGER', 'UNKNOWN_REFERENCE', 'EXCEEDS_ROUND_BUDGET', 'INVALID_EMAIL'].includes(c)), 'NOT_A_NUMBER', 'INVALID']) {
        expectWithMessage(i18n.exists(`validation.${code}`, { ns: BENEFITS_NAMESPACE, lng: language }), `${language} validation.${code}`).toBe(true);
      }
    }
  });
});
