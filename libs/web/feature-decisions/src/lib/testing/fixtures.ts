import type { DecisionFieldsFragment, MeetingPortfolioSplitQuery, MeetingQuery, MeetingRoundsQuery, SessionUser } from '@dp/web/data-access';

const user = (id: string, displayName: string, role: SessionUser['roles'][number]['role']): SessionUser => ({
  id,
  email: `${id}@demo.example`,
  displayName,
  active: true,
  roles: [{ role, department: null }],
});

export const decisionMaker = user('u-kd', 'Karin Kommundirektör', 'DECISION_MAKER');
export const analyst = user('u-pk', 'Petra Portföljkontoret', 'PORTFOLIO_ANALYST');
export const managementUser = user('u-lg', 'Lena Ledningsgrupp', 'MANAGEMENT_GROUP');
export const applicantUser: SessionUser = {
  ...user('u-sara', 'Sara Sökande', 'APPLICANT'),
  roles: [{ role: 'APPLICANT', department: { id: 'd-buf', code: 'BUF', name: 'Barn- och utbildningsförvaltningen' } }],
};

export const grantedDecision: DecisionFieldsFragment = {
  id: 'd-b',
  outcome: 'GRANTED',
  grantedAmount: 2_000_000,
  amountsByYear: [
    { year: 2027, amount: 1_500_000 },
    { year: 2028, amount: 500_000 },
  ],
  conditions: 'Delrapport till ledningsgruppen i juni.',
  reason: null,
  decidedOn: '2027-11-22',
  registrationNumber: 'KS 2027/123',
  decidedByName: 'Karin Kommundirektör',
  signatory: 'MUNICIPAL_DIRECTOR',
  signatoryLabel: 'Kommundirektör',
  overcommitted: false,
  overcommitReason: null,
  createdAt: '2027-11-22T10:00:00Z',
};

type Meeting = MeetingQuery['meeting'];
type AgendaItem = Meeting['agenda'][number];
type Initiative = AgendaItem['initiative'];

const initiative = (id: string, title: string, department: string, requestedAmount: number, extra: Partial<Initiative> = {}): Initiative => ({
  id,
  title,
  description: `${title}: sammanfattning av initiativet.`,
  expectedEffects: `${title}: färre manuella moment.`,
  requestedAmount,
  status: 'PREPARED',
  version: 4,
  npv: 2_100_000,
  benefitCostRatio: 1.85,
  npvPerKrona: 1.4,
  mayDecide: true,
  requiredSignatory: requestedAmount > 500_000 ? 'Kommundirektör' : 'Digitaliseringschef',
  department: { id: `d-${id}`, name: department },
  assessmentScore: { score: 82.5 },
  eligibility: { status: 'ELIGIBLE', failed: [], unanswered: [] },
  ...extra,
});

/**
 * A meeting of DP2027 with three agenda items: a prepared initiative above the budget line (1 500 000 kr,
 * the municipal director signs), one already granted at the meeting, and a small prepared one below the
 * line (400 000 kr, the digitalisation manager signs). The fund has 500 000 kr left.
 */
export function meetingFixture(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm-1',
    title: 'Ledningsgruppens möte om Digitaliseringspotten 2027',
    heldOn: '2027-11-22',
    participants: ['Karin Kommundirektör', 'Petra Portföljkontoret'],
    notes: 'Förslaget presenteras av portföljkontoret.',
    registrationNumber: 'KS 2027/123',
    proposalName: 'Förslag november',
    mayEdit: true,
    mayDecide: true,
    version: 1,
    fundRound: {
      id: 'r-2027',
      name: 'Digitaliseringspotten 2027',
      year: 2027,
      budget: 12_000_000,
      delegation: [
        { upTo: 500_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' },
        { upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' },
      ],
      calculationParameters: { baseYear: 2027, horizonYears: 2 },
      commitment: { budget: 12_000_000, committed: 11_500_000, remaining: 500_000, byYear: [] },
    },
    agenda: [
      {
        position: 1,
        fundedInProposal: true,
        recommendation: 'Portföljkontoret föreslår bifall (rang 1 av 3, inom budgeten i förslaget).',
        decision: null,
        initiative: initiative('i-a', 'Automatiserad fakturahantering', 'Kommunledningsförvaltningen', 1_500_000),
      },
      {
        position: 2,
        fundedInProposal: true,
        recommendation: 'Portföljkontoret föreslår bifall (rang 2 av 3, inom budgeten i förslaget).',
        decision: grantedDecision,
        initiative: initiative('i-b', 'Bokningssystem för lokaler', 'Kultur- och fritidsförvaltningen', 2_400_000, {
          status: 'GRANTED',
          mayDecide: false,
          requiredSignatory: null,
        }),
      },
      {
        position: 3,
        fundedInProposal: false,
        recommendation: 'Portföljkontoret föreslår inte bifall nu (rang 3 av 3, ryms inte inom budgeten i förslaget).',
        decision: null,
        initiative: initiative('i-c', 'Chattbot för medborgarfrågor', 'Socialförvaltningen', 400_000, {
          assessmentScore: { score: null },
          npv: null,
          benefitCostRatio: null,
          npvPerKrona: null,
          eligibility: { status: 'NOT_ELIGIBLE', failed: [{ requirementId: 'm-1', name: 'Finansiering av driften' }], unanswered: [] },
        }),
      },
    ],
    ...overrides,
  };
}

/** The requested amounts per year of the prepared initiatives (the API's default split of a grant). */
export const portfolioSplit: MeetingPortfolioSplitQuery = {
  portfolio: {
    items: [
      {
        initiative: { id: 'i-a' },
        amountsByYear: [
          { year: 2027, amount: 1_000_000 },
          { year: 2028, amount: 500_000 },
        ],
      },
      { initiative: { id: 'i-c' }, amountsByYear: [{ year: 2027, amount: 400_000 }] },
    ],
  },
};

/** Three rounds: DP2027 open with two meetings and 500 000 kr left; DP2026 closed and over-committed. */
export const meetingRounds: MeetingRoundsQuery = {
  fundRounds: [
    {
      id: 'r-2027',
      name: 'Digitaliseringspotten 2027',
      year: 2027,
      status: 'OPEN',
      budget: 12_000_000,
      commitment: { budget: 12_000_000, committed: 11_500_000, remaining: 500_000, byYear: [] },
      meetings: [
        {
          id: 'm-2',
          title: 'Ledningsgruppens extra möte',
          heldOn: '2027-12-06',
          registrationNumber: null,
          agenda: [
            { position: 1, decision: null },
            { position: 2, decision: null },
          ],
        },
        {
          id: 'm-1',
          title: 'Ledningsgruppens möte om Digitaliseringspotten 2027',
          heldOn: '2027-11-22',
          registrationNumber: 'KS 2027/123',
          agenda: [
            { position: 1, decision: null },
            { position: 2, decision: { id: 'd-b' } },
            { position: 3, decision: null },
          ],
        },
      ],
    },
    {
      id: 'r-2026',
      name: 'Digitaliseringspotten 2026',
      year: 2026,
      status: 'CLOSED',
      budget: 10_000_000,
      commitment: {
        budget: 10_000_000,
        committed: 10_300_000,
        remaining: -300_000,
        byYear: [
          { year: 2026, budget: 6_000_000, committed: 6_300_000, remaining: -300_000 },
          { year: 2027, budget: 4_000_000, committed: 4_000_000, remaining: 0 },
        ],
      },
      meetings: [],
    },
  ],
};

/** The meeting as the API shows it to a reader (the management group, an auditor): nothing to change or decide. */
export function asReader(meeting: Meeting): Meeting {
  return {
    ...meeting,
    mayEdit: false,
    mayDecide: false,
    agenda: meeting.agenda.map((a) => ({ ...a, initiative: { ...a.initiative, mayDecide: false } })),
  };
}
