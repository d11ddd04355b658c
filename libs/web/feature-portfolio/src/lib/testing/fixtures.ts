import type { SessionUser } from '@dp/web/data-access';
import type { BoardItem, BoardRound, OptimisationResult } from '../board-model';

const item = (
  id: string,
  title: string,
  departmentName: string,
  requestedAmount: number,
  score: number | null,
  npv: number | null,
  extra: Partial<BoardItem> = {},
): BoardItem => ({
  id,
  title,
  departmentName,
  requestedAmount,
  amountsByYear: [{ year: 2027, amount: requestedAmount }],
  staffHoursByYear: [],
  score,
  npv,
  npvPerKrona: npv === null ? null : Math.round((npv / requestedAmount) * 100) / 100,
  eligibility: 'ELIGIBLE',
  failedRequirements: [],
  unansweredRequirements: [],
  ...extra,
});

/**
 * Eleven prepared initiatives of DP2027, in title order. By weighted score (highest first) they are
 * A … J then K (no score); the first seven ask for 11 820 000 kr together, the eighth breaks the
 * 12 000 000 kr budget.
 */
export const items: BoardItem[] = [
  item('i-a', 'Automatiserad fakturahantering', 'Kommunledningsförvaltningen', 1_500_000, 90, 2_100_000),
  item('i-b', 'Bokningssystem för lokaler', 'Kultur- och fritidsförvaltningen', 2_400_000, 85, 6_000_000),
  item('i-c', 'Chattbot för medborgarfrågor', 'Kommunledningsförvaltningen', 1_200_000, 80, 900_000),
  item('i-d', 'Digital signering av avtal', 'Socialförvaltningen', 1_800_000, 75, 4_500_000),
  item('i-e', 'E-tjänst för bygglov', 'Stadsbyggnadsförvaltningen', 2_000_000, 70, 1_000_000),
  item('i-f', 'Fjärrtillsyn i hemtjänsten', 'Socialförvaltningen', 1_420_000, 65, 3_900_000),
  item('i-g', 'Gemensam lärplattform', 'Barn- och utbildningsförvaltningen', 1_500_000, 60, -200_000),
  item('i-h', 'Hyresavtal i e-arkiv', 'Kommunledningsförvaltningen', 900_000, 55, 2_700_000),
  item('i-i', 'IoT-sensorer i skolor', 'Barn- och utbildningsförvaltningen', 600_000, 50, 1_300_000),
  item('i-j', 'Journalsystem för elevhälsan', 'Barn- och utbildningsförvaltningen', 1_100_000, 45, 500_000, {
    eligibility: 'NOT_ELIGIBLE',
    failedRequirements: ['Finansiering av driften'],
  }),
  item('i-k', 'Kundtjänst i en gemensam plattform', 'Kommunledningsförvaltningen', 700_000, null, null, {
    eligibility: 'INCOMPLETE',
    unansweredRequirements: ['Namngiven nyttoägare'],
  }),
];

export const round: BoardRound = {
  id: 'r-2027',
  name: 'Digitaliseringspotten 2027',
  budget: 12_000_000,
  yearlyBudgets: [],
  staffCapacity: [],
};

/** The optimum under the weighted score with a budget of 12 000 000 kr (as the API would answer). */
export const optimalResult: OptimisationResult = {
  status: 'OPTIMAL',
  objective: 570,
  gap: 0,
  selected: ['i-a', 'i-b', 'i-c', 'i-d', 'i-e', 'i-f', 'i-h', 'i-i'],
  seconds: 0.04,
  conflicts: [],
  constraints: [{ key: 'budget', label: 'Budget', capacity: 12_000_000, used: 11_820_000, slack: 180_000, binding: true }],
  explanations: [
    { initiativeId: 'i-a', decision: 'SELECTED', value: 90, text: 'Med: högt värde per krona.', blockingConstraints: [], valueNeeded: null },
    { initiativeId: 'i-b', decision: 'SELECTED', value: 85, text: 'Med.', blockingConstraints: [], valueNeeded: null },
    { initiativeId: 'i-c', decision: 'SELECTED', value: 80, text: 'Med.', blockingConstraints: [], valueNeeded: null },
    { initiativeId: 'i-d', decision: 'SELECTED', value: 75, text: 'Med.', blockingConstraints: [], valueNeeded: null },
    { initiativeId: 'i-e', decision: 'SELECTED', value: 70, text: 'Med.', blockingConstraints: [], valueNeeded: null },
    { initiativeId: 'i-f', decision: 'SELECTED', value: 65, text: 'Med.', blockingConstraints: [], valueNeeded: null },
    {
      initiativeId: 'i-g',
      decision: 'NOT_SELECTED',
      value: 60,
      text: 'Inte med: Budget binder; det skulle behöva 1 320 000 kr mer budget eller 15 poäng mer värde.',
      blockingConstraints: ['budget'],
      valueNeeded: 15,
    },
    { initiativeId: 'i-h', decision: 'SELECTED', value: 55, text: 'Med.', blockingConstraints: [], valueNeeded: null },
    { initiativeId: 'i-i', decision: 'SELECTED', value: 50, text: 'Med.', blockingConstraints: [], valueNeeded: null },
    { initiativeId: 'i-j', decision: 'FORCED_OUT', value: 45, text: 'Inte med: uppfyller inte ska-kraven.', blockingConstraints: [], valueNeeded: null },
    { initiativeId: 'i-k', decision: 'NOT_SELECTED', value: 0, text: 'Inte med: saknar viktad poäng.', blockingConstraints: [], valueNeeded: null },
  ],
};

export const managementUser: SessionUser = {
  id: 'u-lg',
  email: 'ledningsgrupp@demo.example',
  displayName: 'Lena Ledningsgrupp',
  active: true,
  roles: [{ role: 'MANAGEMENT_GROUP', department: null }],
};

export const auditorUser: SessionUser = {
  id: 'u-rev',
  email: 'revisor@demo.example',
  displayName: 'Rolf Revisor',
  active: true,
  roles: [{ role: 'AUDITOR', department: null }],
};

export const applicantUser: SessionUser = {
  id: 'u-sara',
  email: 'sokande@demo.example',
  displayName: 'Sara Sökande',
  active: true,
  roles: [{ role: 'APPLICANT', department: { id: 'd-buf', code: 'BUF', name: 'Barn- och utbildningsförvaltningen' } }],
};
