import type { InitiativeListQuery, InitiativeQuery, ReferenceDataQuery, SessionUser } from '@dp/web/data-access';

export const referenceData: ReferenceDataQuery = {
  departments: [
    { id: 'd-buf', code: 'BUF', name: 'Barn- och utbildningsförvaltningen' },
    { id: 'd-soc', code: 'SOC', name: 'Socialförvaltningen' },
    { id: 'd-ksf', code: 'KSF', name: 'Kommunstyrelsens förvaltning' },
  ],
  goalAreas: [
    { id: 'g-1', code: 'UTB', name: 'Utbildning och livslångt lärande' },
    { id: 'g-2', code: 'OMS', name: 'Trygg vård och omsorg' },
    { id: 'g-3', code: 'EFF', name: 'Effektiv och digital verksamhet' },
  ],
  fundRounds: [
    { id: 'r-2026', code: 'DP2026', name: 'Digitaliseringspotten 2026', year: 2026, budget: 10_000_000, status: 'CLOSED' },
    { id: 'r-2027', code: 'DP2027', name: 'Digitaliseringspotten 2027', year: 2027, budget: 12_000_000, status: 'OPEN' },
    { id: 'r-2025', code: 'DP2025', name: 'Digitaliseringspotten 2025', year: 2025, budget: 8_000_000, status: 'OPEN' },
  ],
};

type Node = InitiativeListQuery['initiatives']['edges'][number]['node'];

/** the headline figures of the calculation in force; both null when the initiative has no calculation */
type Figures = Pick<Node, 'npv' | 'benefitCostRatio'>;
const noCalculation: Figures = { npv: null, benefitCostRatio: null };

function node(
  id: string,
  title: string,
  departmentIndex: number,
  requestedAmount: number,
  updatedAt: string,
  goalAreas: number[],
  figures: Figures = noCalculation,
): Node {
  const d = referenceData.departments[departmentIndex]!;
  return {
    id,
    title,
    requestedAmount,
    status: 'DRAFT',
    updatedAt,
    ...figures,
    department: { id: d.id, name: d.name },
    goalAreas: goalAreas.map((i) => ({ id: referenceData.goalAreas[i]!.id, name: referenceData.goalAreas[i]!.name })),
  };
}

export const listNodes: Node[] = [
  node('i-1', 'E-tjänst för skolskjuts', 0, 450_000, '2026-11-20T09:15:00.000Z', [0, 2], { npv: 1_250_000.4, benefitCostRatio: 2.3456 }),
  node('i-2', 'Automatiserad handläggning av försörjningsstöd', 1, 1_234_567, '2026-11-22T10:00:00.000Z', [1, 2], { npv: -3_987.68, benefitCostRatio: 0.96 }),
  node('i-3', 'Digitala läromedel i åk 4–6', 0, 85_000, '2026-11-18T08:00:00.000Z', [0]),
];

export function listPage(nodes: Node[] = listNodes): InitiativeListQuery {
  return {
    initiatives: {
      totalCount: nodes.length,
      edges: nodes.map((n) => ({ cursor: `c-${n.id}`, node: n })),
      pageInfo: { hasNextPage: false, endCursor: nodes.length ? `c-${nodes[nodes.length - 1]!.id}` : null },
    },
  };
}

export const initiative: NonNullable<InitiativeQuery['initiative']> = {
  id: 'i-2',
  title: 'Automatiserad handläggning av försörjningsstöd',
  description: 'Regelstyrd automatisering av ansökningar om försörjningsstöd.',
  requestedAmount: 1_234_567,
  contactName: 'Alva Sökande',
  contactEmail: 'alva.sokande@kommun.example',
  currentSituation: null,
  problem: null,
  desiredSituation: null,
  expectedEffects: null,
  risks: null,
  dependencies: null,
  coFinancing: null,
  plannedStart: null,
  plannedEnd: null,
  handlesPersonalData: null,
  confidentialityLevel: null,
  integrityLevel: null,
  availabilityLevel: null,
  dpiaStatus: null,
  missingMandatoryFields: ['currentSituation', 'problem', 'desiredSituation', 'expectedEffects', 'plannedStart', 'plannedEnd', 'handlesPersonalData'],
  status: 'DRAFT',
  version: 3,
  updatedAt: '2026-11-22T10:00:00.000Z',
  department: { id: 'd-soc', name: 'Socialförvaltningen' },
  fundRound: { id: 'r-2027', name: 'Digitaliseringspotten 2027' },
  goalAreas: [
    { id: 'g-2', name: 'Trygg vård och omsorg' },
    { id: 'g-3', name: 'Effektiv och digital verksamhet' },
  ],
  anchoredAt: null,
  availableActions: [
    { action: 'REQUEST_ANCHORING', to: 'AWAITING_ANCHORING', allowed: true, reasons: [] },
    { action: 'WITHDRAW', to: 'WITHDRAWN', allowed: true, reasons: [] },
  ],
  statusHistory: [{ status: 'DRAFT', enteredAt: '2026-11-20T09:00:00.000Z', leftAt: null, actorName: 'Alva Sökande', reason: null }],
  comments: [],
  history: [],
  decision: null,
};

const department = (index: number) => {
  const d = referenceData.departments[index]!;
  return { id: d.id, code: d.code, name: d.name };
};

/** The signed-in user of most tests: an applicant of Socialförvaltningen and of Kommunstyrelsens förvaltning. */
export const applicantUser: SessionUser = {
  id: 'u-applicant',
  email: 'alva@demo.example',
  displayName: 'Alva Sökande',
  active: true,
  roles: [
    { role: 'APPLICANT', department: department(1) },
    { role: 'APPLICANT', department: department(2) },
  ],
};

/** An applicant of one department only (Barn- och utbildningsförvaltningen). */
export const bufApplicantUser: SessionUser = {
  id: 'u-buf',
  email: 'sokande@demo.example',
  displayName: 'Sara Sökande',
  active: true,
  roles: [{ role: 'APPLICANT', department: department(0) }],
};

/** The portfolio office: sees every department, creates and edits nothing. */
export const analystUser: SessionUser = {
  id: 'u-analyst',
  email: 'portfoljkontor@demo.example',
  displayName: 'Per Portföljkontor',
  active: true,
  roles: [{ role: 'PORTFOLIO_ANALYST', department: null }],
};
