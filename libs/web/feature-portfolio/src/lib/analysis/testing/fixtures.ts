import type { AnalysisPortfolioQuery, ScenarioListQuery, SessionUser } from '@dp/web/data-access';
import type { FrontierJobPoint } from '../frontier/frontier-job';
import type { Role } from '@dp/domain/workflow';

const user = (id: string, displayName: string, role: Role): SessionUser => ({
  id,
  email: `${id}@demo.example`,
  displayName,
  active: true,
  roles: [{ role, department: null }],
});

export const analystUser = user('u-per', 'Per Portföljkontor', 'PORTFOLIO_ANALYST');
export const managementUser = user('u-maria', 'Maria Ledningsgrupp', 'MANAGEMENT_GROUP');
export const auditorUser = user('u-rolf', 'Rolf Revisor', 'AUDITOR');
export const decisionMakerUser = user('u-kim', 'Kim Kommundirektör', 'DECISION_MAKER');
export const applicantUser: SessionUser = {
  id: 'u-sara',
  email: 'sara@demo.example',
  displayName: 'Sara Sökande',
  active: true,
  roles: [{ role: 'APPLICANT', department: { id: 'd-soc', name: 'Socialförvaltningen', code: 'SOC' } }],
};

export const ROUND_ID = 'r-2027';

const departments = {
  sbf: { id: 'd-sbf', name: 'Stadsbyggnadsförvaltningen' },
  ksf: { id: 'd-ksf', name: 'Kommunstyrelsens förvaltning' },
  soc: { id: 'd-soc', name: 'Socialförvaltningen' },
  buf: { id: 'd-buf', name: 'Barn- och utbildningsförvaltningen' },
};
const goalAreas = {
  stad: { id: 'g-stad', name: 'Trygg och attraktiv stad' },
  org: { id: 'g-org', name: 'Effektiv organisation' },
};

type AnalysisItem = AnalysisPortfolioQuery['portfolio']['items'][number];

/** Four prepared initiatives: one without score or NPV, one with two goal areas, one with none. */
export const analysisItems: AnalysisItem[] = [
  {
    initiative: { id: 'i-1', title: 'E-tjänst för bygglov', department: departments.sbf, goalAreas: [goalAreas.stad] },
    requestedAmount: 1_200_000,
    score: 78.5,
    npv: 2_500_000,
    amountsByYear: [{ year: 2027, amount: 1_200_000 }],
    staffHoursByYear: [],
    npvPerKrona: null,
    eligibility: 'ELIGIBLE',
  },
  {
    initiative: { id: 'i-2', title: 'Digital signering', department: departments.ksf, goalAreas: [goalAreas.org] },
    requestedAmount: 800_000,
    score: 64,
    npv: 900_000,
    amountsByYear: [{ year: 2027, amount: 800_000 }],
    staffHoursByYear: [],
    npvPerKrona: null,
    eligibility: 'ELIGIBLE',
  },
  {
    initiative: { id: 'i-3', title: 'Chattbot för socialtjänsten', department: departments.soc, goalAreas: [goalAreas.stad, goalAreas.org] },
    requestedAmount: 2_000_000,
    score: 55.25,
    npv: -300_000,
    amountsByYear: [{ year: 2027, amount: 2_000_000 }],
    staffHoursByYear: [],
    npvPerKrona: null,
    eligibility: 'ELIGIBLE',
  },
  {
    initiative: { id: 'i-4', title: 'Skolplattform', department: departments.buf, goalAreas: [] },
    requestedAmount: 3_500_000,
    score: null,
    npv: null,
    amountsByYear: [{ year: 2027, amount: 3_500_000 }],
    staffHoursByYear: [],
    npvPerKrona: null,
    eligibility: 'ELIGIBLE',
  },
];

type Scenario = ScenarioListQuery['portfolio']['fundRound']['scenarios'][number];

/** The proposal: optimised, i-1, i-2 and i-3 for 4 000 000 kr. */
export const optimised: Scenario = {
  id: 's-opt',
  name: 'Optimerat urval',
  description: 'Högsta poängsumma inom budget',
  kind: 'OPTIMISED',
  proposed: true,
  proposedAt: '2026-11-20T10:00:00.000Z',
  proposedByName: 'Maria Ledningsgrupp',
  criteriaSetNumber: 2,
  createdByName: 'Per Portföljkontor',
  createdAt: '2026-11-18T09:00:00.000Z',
  version: 4,
  result: {
    selected: ['i-1', 'i-2', 'i-3'],
    value: 197.75,
    scoreSum: 197.75,
    npvSum: 3_100_000,
    totalCost: 4_000_000,
    costByYear: [
      { year: 2027, amount: 3_000_000 },
      { year: 2028, amount: 1_000_000 },
    ],
    optimumValue: 197.75,
    shareOfOptimum: 1,
  },
};

/** The management group's manual ranking: i-1 and i-4 for 4 700 000 kr, 87 % of the optimum; over the 2027 budget. */
export const manual: Scenario = {
  id: 's-man',
  name: 'Ledningsgruppens rangordning',
  description: null,
  kind: 'MANUAL',
  proposed: false,
  proposedAt: null,
  proposedByName: null,
  criteriaSetNumber: 2,
  createdByName: 'Maria Ledningsgrupp',
  createdAt: '2026-11-19T13:30:00.000Z',
  version: 3,
  result: {
    selected: ['i-1', 'i-4'],
    value: 78.5,
    scoreSum: 78.5,
    npvSum: 2_500_000,
    totalCost: 4_700_000,
    costByYear: [
      { year: 2027, amount: 4_200_000 },
      { year: 2028, amount: 500_000 },
    ],
    optimumValue: 90.2,
    shareOfOptimum: 0.87,
  },
};

/** By NPV: i-1 and i-2, no optimum computed. */
export const byNpv: Scenario = {
  id: 's-npv',
  name: 'Nettonuvärde först',
  description: null,
  kind: 'NPV',
  proposed: false,
  proposedAt: null,
  proposedByName: null,
  criteriaSetNumber: 2,
  createdByName: null,
  createdAt: '2026-11-17T08:00:00.000Z',
  version: 1,
  result: {
    selected: ['i-1', 'i-2'],
    value: 142.5,
    scoreSum: 142.5,
    npvSum: 3_400_000,
    totalCost: 2_000_000,
    costByYear: [{ year: 2027, amount: 2_000_000 }],
    optimumValue: null,
    shareOfOptimum: null,
  },
};

export const YEARLY_BUDGETS = [
  { year: 2027, amount: 4_000_000 },
  { year: 2028, amount: 2_000_000 },
];

export function scenarioList({ scenarios = [manual, optimised, byNpv], criteriaStatus = 'FROZEN' as 'FROZEN' | 'DRAFT' } = {}): ScenarioListQuery {
  const proposal = scenarios.find((s) => s.proposed);
  return {
    portfolio: {
      budget: 5_000_000,
      yearlyBudgets: YEARLY_BUDGETS,
      fundRound: {
        id: ROUND_ID,
        name: 'Digitaliseringspotten 2027',
        criteriaSet: { id: 'cs-2', number: 2, status: criteriaStatus },
        proposal: proposal ? { id: proposal.id, name: proposal.name } : null,
        scenarios,
      },
      items: analysisItems.map((i) => ({ initiative: { id: i.initiative.id, title: i.initiative.title } })),
    },
  };
}

export function analysisPortfolio({ proposal = true } = {}): AnalysisPortfolioQuery {
  const scenarios = [manual, optimised].map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    proposed: proposal && s.proposed,
    result: { selected: s.result.selected, scoreSum: s.result.scoreSum, npvSum: s.result.npvSum, totalCost: s.result.totalCost, shareOfOptimum: s.result.shareOfOptimum },
  }));
  return {
    portfolio: {
      budget: 5_000_000,
      yearlyBudgets: YEARLY_BUDGETS,
      staffCapacity: [],
      fundRound: { id: ROUND_ID, name: 'Digitaliseringspotten 2027', proposal: proposal ? { id: optimised.id } : null, scenarios },
      items: analysisItems,
    },
  };
}

/** A sweep of 0–10 000 000 kr in four steps (the round's budget in the middle). */
export const frontier: FrontierJobPoint[] = [
  { budget: 0, value: 0, selectedCount: 0, status: 'OPTIMAL' },
  { budget: 2_500_000, value: 142.5, selectedCount: 2, status: 'OPTIMAL' },
  { budget: 5_000_000, value: 197.75, selectedCount: 3, status: 'OPTIMAL' },
  { budget: 7_500_000, value: 197.75, selectedCount: 3, status: 'FEASIBLE' },
  { budget: 10_000_000, value: 197.75, selectedCount: 3, status: 'OPTIMAL' },
];
