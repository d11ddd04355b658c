import type { BenefitCalculationFieldsFragment, InitiativeCalculationsQuery } from '@dp/web/data-access';

type Calculation = BenefitCalculationFieldsFragment;
type Initiative = NonNullable<InitiativeCalculationsQuery['initiative']>;

/** DP2027's parameters: 2027–2032 at 3 %, Inera's hourly cost (35 000 kr / 142 h × 1,54). */
export const roundParameters = {
  baseYear: 2027,
  horizonYears: 5,
  discountRate: 0.03,
  optimismBias: 0,
  hoursPerMonth: 142,
  overhead: 0.54,
  defaultMonthlySalary: 35_000,
};

const years = (from: number, amounts: number[]) => amounts.map((amount, i) => ({ year: from + i, amount }));

const completePlan = {
  owner: 'Enhetschef ekonomiservice',
  indicator: 'Portokostnad per år',
  method: 'Utfall i ekonomisystemet, konto 6250',
  unit: 'kr',
  baselineValue: 620_000,
  baselineDate: '2026-12-31',
  targetValue: 220_000,
  targetDate: '2029-12-31',
  followUpDates: ['2028-06-30', '2029-06-30'],
};

/** The applicant's calculation of the test initiative (i-2): three costs, three benefits. */
export const applicantCalculation: Calculation = {
  id: 'calc-a',
  kind: 'APPLICANT',
  version: 2,
  frozenAt: null,
  frozenByAction: null,
  updatedAt: '2026-11-25T09:30:00.000Z',
  updatedByName: 'Alva Sökande',
  realisationPlanGaps: [],
  costs: [
    { id: 'c1', label: 'Införande och upphandling', explanation: 'Offert från leverantören.', type: 'ONE_OFF', unit: 'KRONOR', monthlySalary: null, amounts: years(2027, [1_000_000]) },
    { id: 'c2', label: 'Licenser', explanation: null, type: 'RUNNING', unit: 'KRONOR', monthlySalary: null, amounts: years(2028, [200_000, 200_000, 200_000, 200_000, 200_000]) },
    { id: 'c3', label: 'Egen tid för test', explanation: null, type: 'INTERNAL_TIME', unit: 'HOURS', monthlySalary: 34_000, amounts: years(2027, [500]) },
  ],
  benefits: [
    {
      id: 'b1',
      label: 'Minskade portokostnader',
      explanation: null,
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      monthlySalary: null,
      amounts: years(2028, [400_000, 400_000, 400_000, 400_000, 400_000]),
      plan: completePlan,
    },
    {
      id: 'b2',
      label: 'Frigjord handläggartid',
      explanation: null,
      category: 'REDISTRIBUTION',
      monetised: true,
      confidence: 'YELLOW',
      unit: 'HOURS',
      monthlySalary: null,
      amounts: years(2028, [600, 600, 600, 600, 600]),
      plan: {
        owner: 'Avdelningschef',
        indicator: null,
        method: null,
        unit: null,
        baselineValue: null,
        baselineDate: null,
        targetValue: null,
        targetDate: null,
        followUpDates: [],
      },
    },
    { id: 'b3', label: 'Nöjdare invånare', explanation: null, category: 'QUALITY', monetised: false, confidence: 'RED', unit: 'KRONOR', monthlySalary: null, amounts: [], plan: null },
  ],
  parameters: roundParameters,
  figures: {
    pvCosts: 0,
    pvBenefits: 0,
    pvFinancialBenefits: 0,
    pvRedistributionBenefits: 0,
    npv: 0,
    benefitCostRatio: null,
    npvPerKrona: null,
    paybackYear: null,
    budgetReleasingShare: null,
  },
};

/** The portfolio office's review: licences 2028 raised to 260 000 kr and a management cost added. */
export const reviewedCalculation: Calculation = {
  ...applicantCalculation,
  id: 'calc-r',
  kind: 'REVIEWED',
  version: 1,
  updatedByName: 'Per Portföljkontor',
  costs: [
    applicantCalculation.costs[0]!,
    { ...applicantCalculation.costs[1]!, amounts: years(2028, [260_000, 200_000, 200_000, 200_000, 200_000]) },
    applicantCalculation.costs[2]!,
    { id: 'c4', label: 'Förvaltningskostnad', explanation: null, type: 'RUNNING', unit: 'KRONOR', monthlySalary: null, amounts: years(2028, [50_000, 50_000, 50_000, 50_000, 50_000]) },
  ],
};

/** The calculations query's answer for i-2 (a draft of Socialförvaltningen in DP2027). */
export function calculationsOf(patch: Partial<Initiative> = {}): InitiativeCalculationsQuery {
  return {
    initiative: {
      id: 'i-2',
      status: 'DRAFT',
      editableCalculations: ['APPLICANT'],
      fundRound: { id: 'r-2027', year: 2027, calculationParameters: roundParameters },
      applicantCalculation,
      reviewedCalculation: null,
      ...patch,
    },
  };
}

/** What saveBenefitCalculation answers: the calculation with the initiative's new version. */
export function savedCalculation(calculation: Calculation, initiativeVersion: number) {
  return {
    saveBenefitCalculation: {
      ...calculation,
      initiative: {
        id: 'i-2',
        version: initiativeVersion,
        npv: 0,
        benefitCostRatio: null,
        npvPerKrona: null,
        editableCalculations: ['APPLICANT'],
        applicantCalculation: { id: 'calc-a' },
        reviewedCalculation: null,
        calculationInForce: { id: 'calc-a' },
        availableActions: [],
      },
    },
  };
}
