import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PARAMETERS, validateParameters } from '@dp/domain/benefits';
import {
  hourlyCostOf,
  limitsInFormUnits,
  parseParameter,
  relocaliseFormValues,
  toParameterFormValues,
  validateParameterForm,
  type ParameterFormValues,
} from './calculation-parameters-model';

const SV = 'sv-SE';
const EN = 'en-GB';
const nbsp = '\u00a0';

const typed = (values: Partial<ParameterFormValues> = {}): ParameterFormValues => ({
  horizonYears: '5',
  discountRate: '3',
  optimismBias: '0',
  hoursPerMonth: '142',
  overhead: '54',
  defaultMonthlySalary: '35 000',
  ...values,
});

describe('calculation parameters form model', () => {
  it.each([
    ['3,5', 0.035],
    ['3.5', 0.035],
    [' 3,5 % ', 0.035],
    ['3,5%', 0.035],
    ['1,1', 0.011],
    ['0,25', 0.0025],
    ['54', 0.54],
    ['200', 2],
    ['0', 0],
    ['\u22121', -0.01],
  ])('reads the percentage %j as the exact fraction %d (no binary noise)', (text, fraction) => {
    expect(parseParameter('discountRate', text, SV)).toEqual({ ok: true, value: fraction });
  });

  it('reads numbers and kronor the Swedish way, and the English way in English', () => {
    expect(parseParameter('hoursPerMonth', '160,5', SV)).toEqual({ ok: true, value: 160.5 });
    expect(parseParameter('defaultMonthlySalary', `35${nbsp}000`, SV)).toEqual({ ok: true, value: 35_000 });
    expect(parseParameter('defaultMonthlySalary', '35 000 kr', SV)).toEqual({ ok: true, value: 35_000 });
    expect(parseParameter('defaultMonthlySalary', '35 000,50', SV)).toEqual({ ok: false, reason: 'NOT_WHOLE_KRONOR' });
    expect(parseParameter('defaultMonthlySalary', '35,000', EN)).toEqual({ ok: true, value: 35_000 });
    expect(parseParameter('discountRate', '3.5', EN)).toEqual({ ok: true, value: 0.035 });
    expect(parseParameter('hoursPerMonth', '1,160.5', EN)).toEqual({ ok: true, value: 1160.5 });
  });

  it('says REQUIRED for an empty field and NOT_A_NUMBER for text that is no number', () => {
    expect(parseParameter('overhead', '  ', SV)).toEqual({ ok: false, reason: 'REQUIRED' });
    expect(parseParameter('overhead', 'hög', SV)).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(parseParameter('overhead', '3,5,1', SV)).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(parseParameter('defaultMonthlySalary', 'mycket', SV)).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
  });

  it('gives the API’s input for valid text', () => {
    expect(validateParameterForm(typed({ discountRate: '3,5', optimismBias: '20' }), SV)).toEqual({
      ok: true,
      value: { horizonYears: 5, discountRate: 0.035, optimismBias: 0.2, hoursPerMonth: 142, overhead: 0.54, defaultMonthlySalary: 35_000 },
    });
  });

  it('uses the domain’s codes for the numbers and the parser’s for the text, one per field', () => {
    const result = validateParameterForm(
      typed({ horizonYears: '2,5', discountRate: '25', optimismBias: '-1', hoursPerMonth: '0,5', overhead: '', defaultMonthlySalary: '35 000,50' }),
      SV,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        horizonYears: 'OUT_OF_RANGE',
        discountRate: 'OUT_OF_RANGE',
        optimismBias: 'NEGATIVE',
        hoursPerMonth: 'NOT_POSITIVE',
        overhead: 'REQUIRED',
        defaultMonthlySalary: 'NOT_WHOLE_KRONOR',
      },
    });
    // the same verdict as the API's validator on the numbers
    const api = validateParameters({ horizonYears: 2.5, discountRate: 0.25, optimismBias: -0.01, hoursPerMonth: 0.5, overhead: 0.54, defaultMonthlySalary: 35_000.5 });
    expect(api.ok ? [] : api.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'horizonYears:OUT_OF_RANGE',
      'discountRate:OUT_OF_RANGE',
      'optimismBias:NEGATIVE',
      'hoursPerMonth:NOT_POSITIVE',
      'defaultMonthlySalary:NOT_WHOLE_KRONOR',
    ]);
  });

  it('shows the saved fractions as percent in the UI language', () => {
    const params = { ...DEFAULT_PARAMETERS, discountRate: 0.035, optimismBias: 0.125, hoursPerMonth: 160.5, defaultMonthlySalary: 1_234_567 };
    expect(toParameterFormValues(params, SV)).toEqual({
      horizonYears: '5',
      discountRate: '3,5',
      optimismBias: '12,5',
      hoursPerMonth: '160,5',
      overhead: '54',
      defaultMonthlySalary: `1${nbsp}234${nbsp}567`,
    });
    expect(toParameterFormValues(params, EN)).toMatchObject({ discountRate: '3.5', defaultMonthlySalary: '1,234,567', hoursPerMonth: '160.5' });
    // what is shown reads back to the same values
    expect(validateParameterForm(toParameterFormValues(params, SV), SV)).toEqual({ ok: true, value: params });
    expect(validateParameterForm(toParameterFormValues(params, EN), EN)).toEqual({ ok: true, value: params });
  });

  it('rewrites typed values for another language so they keep their meaning', () => {
    expect(relocaliseFormValues(typed({ discountRate: '3,5', defaultMonthlySalary: '40 000', overhead: 'x' }), SV, EN)).toEqual(
      typed({ discountRate: '3.5', defaultMonthlySalary: '40,000', overhead: 'x' }),
    );
  });

  it('computes the hourly cost from valid values only', () => {
    expect(hourlyCostOf({ defaultMonthlySalary: '35 000', hoursPerMonth: '142', overhead: '54' }, SV)).toBeCloseTo(379.577, 3);
    expect(hourlyCostOf({ defaultMonthlySalary: '35 000', hoursPerMonth: '0', overhead: '54' }, SV)).toBeNull();
    expect(hourlyCostOf({ defaultMonthlySalary: '', hoursPerMonth: '142', overhead: '54' }, SV)).toBeNull();
  });

  it('states the limits in the form’s units', () => {
    expect(limitsInFormUnits('discountRate')).toEqual({ min: 0, max: 20 });
    expect(limitsInFormUnits('optimismBias')).toEqual({ min: 0, max: 200 });
    expect(limitsInFormUnits('overhead')).toEqual({ min: 0, max: 300 });
    expect(limitsInFormUnits('horizonYears')).toEqual({ min: 1, max: 30 });
    expect(limitsInFormUnits('defaultMonthlySalary')).toEqual({ min: 1, max: 10_000_000 });
  });
});
