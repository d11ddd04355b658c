import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Gql, type TestApp } from '../testing/test-app.js';

/**
 * Every operation × every role × own/other department, with the exact expected outcome of each cell.
 * "own" is the actor's department where the role has one (BUF, or SOC for the second applicant),
 * "other" the other one; portfolio-wide roles meet both departments' records.
 */
type Outcome =
  | 'ok'
  | 'null'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'FORBIDDEN:ROLE_REQUIRED'
  | 'FORBIDDEN:OTHER_DEPARTMENT'
  | 'FORBIDDEN:NOT_EDITABLE'
  | 'TRANSITION_REFUSED:ROLE_REQUIRED';

interface ActorCase {
  name: string;
  email?: string;
  own: 'BUF' | 'SOC';
}

const ACTORS: ActorCase[] = [
  { name: 'anonymous', own: 'BUF' },
  { name: 'applicant', email: 'sokande@demo.example', own: 'BUF' },
  { name: 'applicant (SOC)', email: 'sokande.soc@demo.example', own: 'SOC' },
  { name: 'department head', email: 'forvaltningschef@demo.example', own: 'BUF' },
  { name: 'portfolio analyst', email: 'portfoljkontor@demo.example', own: 'BUF' },
  { name: 'management group', email: 'ledningsgrupp@demo.example', own: 'BUF' },
  { name: 'decision maker', email: 'kommundirektor@demo.example', own: 'BUF' },
  { name: 'object owner', email: 'objektagare@demo.example', own: 'BUF' },
  { name: 'auditor', email: 'revisor@demo.example', own: 'BUF' },
  { name: 'administrator', email: 'admin@demo.example', own: 'BUF' },
];

const ALL: Outcome = 'ok';
const WIDE = ['portfolio analyst', 'management group', 'decision maker', 'object owner', 'auditor', 'administrator'];

/** ok for the roles named, FORBIDDEN:ROLE_REQUIRED for the others, whatever the department */
function byRole(allowed: string[]): Record<string, [Outcome, Outcome]> {
  return Object.fromEntries(
    ACTORS.map((a) => [a.name, (a.name === 'anonymous' ? ['UNAUTHENTICATED', 'UNAUTHENTICATED'] : allowed.includes(a.name) ? ['ok', 'ok'] : ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED']) as [Outcome, Outcome]]),
  );
}

/** a write on a prepared initiative: department-bound users may see their own (ROLE_REQUIRED) but not another department's (NOT_FOUND) */
function prepared(allowed: string[]): Record<string, [Outcome, Outcome]> {
  return {
    ...byRole(allowed),
    applicant: ['FORBIDDEN:ROLE_REQUIRED', 'NOT_FOUND'],
    'applicant (SOC)': ['FORBIDDEN:ROLE_REQUIRED', 'NOT_FOUND'],
    'department head': ['FORBIDDEN:ROLE_REQUIRED', 'NOT_FOUND'],
  };
}

/** expected[operation][actor] = [own, other] */
const EXPECTED: Record<string, Record<string, [Outcome, Outcome]>> = {
  departments: Object.fromEntries(ACTORS.map((a) => [a.name, [ALL, ALL]])),
  me: Object.fromEntries(ACTORS.map((a) => [a.name, [ALL, ALL]])),
  initiatives: Object.fromEntries(ACTORS.map((a) => [a.name, a.name === 'anonymous' ? ['UNAUTHENTICATED', 'UNAUTHENTICATED'] : [ALL, ALL]])),
  initiative: {
    anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    applicant: ['ok', 'null'],
    'applicant (SOC)': ['ok', 'null'],
    'department head': ['ok', 'null'],
    ...Object.fromEntries(WIDE.map((n) => [n, ['ok', 'ok'] as [Outcome, Outcome]])),
  },
  createInitiative: {
    anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    applicant: ['ok', 'FORBIDDEN:OTHER_DEPARTMENT'],
    'applicant (SOC)': ['ok', 'FORBIDDEN:OTHER_DEPARTMENT'],
    'department head': ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED'],
    ...Object.fromEntries(WIDE.map((n) => [n, ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED'] as [Outcome, Outcome]])),
  },
  updateInitiative: {
    anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    applicant: ['ok', 'NOT_FOUND'],
    'applicant (SOC)': ['ok', 'NOT_FOUND'],
    'department head': ['ok', 'NOT_FOUND'],
    ...Object.fromEntries(WIDE.map((n) => [n, ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED'] as [Outcome, Outcome]])),
  },
  transitionInitiative: {
    anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    applicant: ['ok', 'NOT_FOUND'],
    'applicant (SOC)': ['ok', 'NOT_FOUND'],
    'department head': ['TRANSITION_REFUSED:ROLE_REQUIRED', 'NOT_FOUND'],
    ...Object.fromEntries(WIDE.map((n) => [n, ['TRANSITION_REFUSED:ROLE_REQUIRED', 'TRANSITION_REFUSED:ROLE_REQUIRED'] as [Outcome, Outcome]])),
  },
  addComment: {
    anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    applicant: ['ok', 'NOT_FOUND'],
    'applicant (SOC)': ['ok', 'NOT_FOUND'],
    'department head': ['ok', 'NOT_FOUND'],
    ...Object.fromEntries(WIDE.map((n) => [n, (n === 'auditor' ? ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED'] : ['ok', 'ok']) as [Outcome, Outcome]])),
  },
  // the applicant's calculation of a draft: the department's applicants and head, like the application
  saveApplicantCalculation: {
    anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    applicant: ['ok', 'NOT_FOUND'],
    'applicant (SOC)': ['ok', 'NOT_FOUND'],
    'department head': ['ok', 'NOT_FOUND'],
    ...Object.fromEntries(WIDE.map((n) => [n, ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED'] as [Outcome, Outcome]])),
  },
  // the reviewed calculation is the portfolio office's, and not while the application is a draft
  saveReviewedCalculation: {
    anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    applicant: ['FORBIDDEN:ROLE_REQUIRED', 'NOT_FOUND'],
    'applicant (SOC)': ['FORBIDDEN:ROLE_REQUIRED', 'NOT_FOUND'],
    'department head': ['FORBIDDEN:ROLE_REQUIRED', 'NOT_FOUND'],
    ...Object.fromEntries(
      WIDE.map((n) => [n, (n === 'portfolio analyst' ? ['FORBIDDEN:NOT_EDITABLE', 'FORBIDDEN:NOT_EDITABLE'] : ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED']) as [Outcome, Outcome]]),
    ),
  },
  updateCalculationParameters: Object.fromEntries(
    ACTORS.map((a) => [a.name, (a.name === 'anonymous' ? ['UNAUTHENTICATED', 'UNAUTHENTICATED'] : ['portfolio analyst', 'administrator'].includes(a.name) ? ['ok', 'ok'] : ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED']) as [Outcome, Outcome]]),
  ),
  // the prioritisation: the portfolio, the optimiser and scenarios are for the portfolio-wide readers (not object owners)
  portfolio: byRole(['portfolio analyst', 'management group', 'decision maker', 'auditor', 'administrator']),
  optimisePortfolio: byRole(['portfolio analyst', 'management group', 'decision maker', 'auditor', 'administrator']),
  updateCriteriaSet: byRole(['portfolio analyst', 'administrator']),
  updateRoundCapacity: byRole(['portfolio analyst', 'administrator']),
  saveScenario: byRole(['portfolio analyst', 'management group']),
  proposeScenario: byRole(['portfolio analyst', 'management group']),
  // assessing a prepared initiative: department-bound users see their own one but may not assess it
  saveAssessment: prepared(['portfolio analyst', 'management group']),
  saveEligibilityReview: prepared(['portfolio analyst']),
  // the decision step: the office and the decision maker hold meetings; only the decision maker decides; administrators set the delegation
  commitment: byRole(['portfolio analyst', 'management group', 'decision maker', 'auditor', 'administrator']),
  createMeeting: byRole(['portfolio analyst', 'decision maker']),
  recordDecision: byRole(['decision maker']),
  updateDelegation: byRole(['administrator']),
  auditLog: Object.fromEntries(
    ACTORS.map((a) => [a.name, (a.name === 'anonymous' ? ['UNAUTHENTICATED', 'UNAUTHENTICATED'] : ['auditor', 'administrator'].includes(a.name) ? ['ok', 'ok'] : ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED']) as [Outcome, Outcome]]),
  ),
  users: Object.fromEntries(
    ACTORS.map((a) => [a.name, (a.name === 'anonymous' ? ['UNAUTHENTICATED', 'UNAUTHENTICATED'] : a.name === 'administrator' ? ['ok', 'ok'] : ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED']) as [Outcome, Outcome]]),
  ),
  createUser: Object.fromEntries(
    ACTORS.map((a) => [a.name, (a.name === 'anonymous' ? ['UNAUTHENTICATED', 'UNAUTHENTICATED'] : a.name === 'administrator' ? ['ok', 'ok'] : ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED']) as [Outcome, Outcome]]),
  ),
  updateUser: Object.fromEntries(
    ACTORS.map((a) => [a.name, (a.name === 'anonymous' ? ['UNAUTHENTICATED', 'UNAUTHENTICATED'] : a.name === 'administrator' ? ['ok', 'ok'] : ['FORBIDDEN:ROLE_REQUIRED', 'FORBIDDEN:ROLE_REQUIRED']) as [Outcome, Outcome]]),
  ),
};

let app: TestApp;
let cell = 0;
/** the application's mandatory fields beyond the first slice, so that it may go to anchoring */
const COMPLETE_APPLICATION = {
  contactName: 'Kontakt',
  contactEmail: 'kontakt@demo.example',
  currentSituation: 'Nuläge.',
  problem: 'Problem.',
  desiredSituation: 'Önskat läge.',
  expectedEffects: 'Effekter.',
  plannedStart: '2027-01-01',
  plannedEnd: '2027-12-31',
  handlesPersonalData: false,
};
const clients = new Map<string, Gql>();
let analyst: Gql;
const deptId: Record<string, string> = {};
let goalAreaId: string;
let roundId: string;
const initiativeOf: Record<string, string> = {};
/** a PREPARED demo initiative of each department */
const preparedOf: Record<string, string> = {};

function outcome(r: { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] }, field: string): Outcome {
  const e = r.errors?.[0]?.extensions;
  if (e) {
    const code = String(e['code']);
    if (code === 'FORBIDDEN') return `FORBIDDEN:${String(e['reason'])}` as Outcome;
    if (code === 'TRANSITION_REFUSED') return `TRANSITION_REFUSED:${(e['reasons'] as string[]).join(',')}` as Outcome;
    return code as Outcome;
  }
  return r.data?.[field] === null ? 'null' : 'ok';
}

beforeAll(async () => {
  app = await startTestApp({ demo: true });
  for (const a of ACTORS) clients.set(a.name, a.email ? (await app.login(a.email)).gql : app.gql);
  analyst = clients.get('portfolio analyst')!;
  const ref = await app.gql<{ departments: { id: string; code: string }[]; goalAreas: { id: string }[]; fundRounds: { id: string; code: string }[] }>(
    '{ departments { id code } goalAreas { id } fundRounds { id code } }',
  );
  for (const d of ref.data!.departments) deptId[d.code] = d.id;
  goalAreaId = ref.data!.goalAreas[0]!.id;
  roundId = ref.data!.fundRounds.find((r) => r.code === 'DP2027')!.id;
  const demo = await analyst<{ initiatives: { edges: { node: { id: string; status: string; department: { code: string } } }[] } }>(
    '{ initiatives(first: 100) { edges { node { id status department { code } } } } }',
  );
  for (const code of ['BUF', 'SOC']) preparedOf[code] = demo.data!.initiatives.edges.find((e) => e.node.status === 'PREPARED' && e.node.department.code === code)!.node.id;
  // a draft of each department, made by its applicant, for the cells that read or change one
  for (const code of ['BUF', 'SOC']) {
    const maker = clients.get(code === 'BUF' ? 'applicant' : 'applicant (SOC)')!;
    const r = await maker<{ createInitiative: { id: string } }>('mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }', {
      i: { title: `Matrisens utkast ${code}`, description: 'För matrisen.', departmentId: deptId[code], fundRoundId: roundId, goalAreaIds: [goalAreaId], requestedAmount: 75_000 },
    });
    initiativeOf[code] = r.data!.createInitiative.id;
  }
});

afterAll(async () => {
  await app?.close();
});

const other = (own: string) => (own === 'BUF' ? 'SOC' : 'BUF');

async function run(operation: string, actor: ActorCase, dept: string): Promise<Outcome> {
  const gql = clients.get(actor.name)!;
  switch (operation) {
    case 'departments':
      return outcome(await gql('{ departments { id } }'), 'departments');
    case 'me': {
      // public: answers null for the anonymous visitor
      const r = await gql<{ me: { id: string } | null }>('{ me { id } }');
      return r.errors ? outcome(r, 'me') : (r.data?.me === null) === (actor.name === 'anonymous') ? 'ok' : 'null';
    }
    case 'initiatives':
      return outcome(await gql('query($f: InitiativeFilter) { initiatives(filter: $f, first: 5) { totalCount } }', { f: { departmentId: deptId[dept] } }), 'initiatives');
    case 'initiative':
      return outcome(await gql('query($id: ID!) { initiative(id: $id) { id } }', { id: initiativeOf[dept] }), 'initiative');
    case 'createInitiative':
      return outcome(
        await gql('mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }', {
          i: { title: `Matris ${actor.name} ${dept}`, description: 'Behörighetsmatrisen.', departmentId: deptId[dept], fundRoundId: roundId, goalAreaIds: [goalAreaId], requestedAmount: 100_000 },
        }),
        'createInitiative',
      );
    case 'updateInitiative': {
      const current = await analyst<{ initiative: { version: number } }>('query($id: ID!) { initiative(id: $id) { version } }', { id: initiativeOf[dept] });
      return outcome(
        await gql('mutation($id: ID!, $v: Int!, $i: UpdateInitiativeInput!) { updateInitiative(id: $id, version: $v, input: $i) { id } }', {
          id: initiativeOf[dept],
          v: current.data!.initiative.version,
          i: { description: `Ändrad av ${actor.name}` },
        }),
        'updateInitiative',
      );
    }
    case 'transitionInitiative': {
      // a fresh draft of that department for every cell, made by its applicant
      const maker = clients.get(dept === 'BUF' ? 'applicant' : 'applicant (SOC)')!;
      const made = await maker<{ createInitiative: { id: string } }>('mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }', {
        i: {
          title: `Utkast ${++cell}`,
          description: 'För matrisen.',
          departmentId: deptId[dept],
          fundRoundId: roundId,
          goalAreaIds: [goalAreaId],
          requestedAmount: 50_000,
          ...COMPLETE_APPLICATION,
        },
      });
      return outcome(
        await gql('mutation($id: ID!) { transitionInitiative(id: $id, version: 1, action: REQUEST_ANCHORING) { id } }', { id: made.data!.createInitiative.id }),
        'transitionInitiative',
      );
    }
    case 'addComment':
      return outcome(await gql('mutation($id: ID!) { addComment(initiativeId: $id, text: "En kommentar.") { text } }', { id: initiativeOf[dept] }), 'addComment');
    case 'saveApplicantCalculation':
    case 'saveReviewedCalculation': {
      const kind = operation === 'saveApplicantCalculation' ? 'APPLICANT' : 'REVIEWED';
      const current = await analyst<{ initiative: { applicantCalculation: { version: number } | null; reviewedCalculation: { version: number } | null } }>(
        'query($id: ID!) { initiative(id: $id) { applicantCalculation { version } reviewedCalculation { version } } }',
        { id: initiativeOf[dept] },
      );
      const calc = kind === 'APPLICANT' ? current.data!.initiative.applicantCalculation : current.data!.initiative.reviewedCalculation;
      const sheet = { costs: [{ id: 'k1', label: `Införande (${actor.name})`, type: 'ONE_OFF', unit: 'KRONOR', amounts: [{ year: 2027, amount: 75_000 }] }], benefits: [] };
      return outcome(
        await gql('mutation($id: ID!, $k: CalculationKind!, $v: Int, $s: CalculationSheetInput!) { saveBenefitCalculation(initiativeId: $id, kind: $k, version: $v, sheet: $s) { id } }', {
          id: initiativeOf[dept],
          k: kind,
          v: calc?.version ?? null,
          s: sheet,
        }),
        'saveBenefitCalculation',
      );
    }
    case 'updateCalculationParameters': {
      const rounds = await analyst<{ fundRounds: { id: string; version: number }[] }>('{ fundRounds { id version } }');
      const version = rounds.data!.fundRounds.find((r) => r.id === roundId)!.version;
      return outcome(
        await gql('mutation($id: ID!, $v: Int!, $i: CalculationParametersInput!) { updateCalculationParameters(fundRoundId: $id, version: $v, input: $i) { id } }', {
          id: roundId,
          v: version,
          i: { horizonYears: 5, discountRate: 0.03, optimismBias: 0, hoursPerMonth: 142, overhead: 0.54, defaultMonthlySalary: 35_000 },
        }),
        'updateCalculationParameters',
      );
    }
    case 'portfolio':
      return outcome(await gql('query($id: ID!) { portfolio(fundRoundId: $id) { budget } }', { id: roundId }), 'portfolio');
    case 'optimisePortfolio':
      return outcome(
        await gql('query($id: ID!, $s: OptimisationSettingsInput!) { optimisePortfolio(fundRoundId: $id, settings: $s) { status } }', {
          id: roundId,
          s: { objective: 'SCORE', useYearlyBudgets: true, useStaffCapacity: false, onlyEligible: true, forcedIn: [], forcedOut: [] },
        }),
        'optimisePortfolio',
      );
    case 'updateCriteriaSet': {
      const current = await analyst<{ fundRounds: { id: string; criteriaSet: { version: number; criteria: { id: string; name: string; description: string; weight: number; scale: unknown[] }[]; mustRequirements: unknown[] } }[] }>(
        '{ fundRounds { id criteriaSet { version criteria { id name description weight scale { value label description } } mustRequirements { id name description } } } }',
      );
      const set = current.data!.fundRounds.find((r) => r.id === roundId)!.criteriaSet;
      return outcome(
        await gql('mutation($id: ID!, $v: Int!, $i: CriteriaSetInput!) { updateCriteriaSet(fundRoundId: $id, version: $v, input: $i) { id } }', {
          id: roundId,
          v: set.version,
          i: { criteria: set.criteria.map((c, k) => (k === 0 ? { ...c, weight: 20 + (++cell % 5) } : c)), mustRequirements: set.mustRequirements },
        }),
        'updateCriteriaSet',
      );
    }
    case 'updateRoundCapacity': {
      const rounds = await analyst<{ fundRounds: { id: string; version: number }[] }>('{ fundRounds { id version } }');
      return outcome(
        await gql('mutation($id: ID!, $v: Int!, $b: [YearAmountInput!]!, $s: [YearAmountInput!]!) { updateRoundCapacity(fundRoundId: $id, version: $v, yearlyBudgets: $b, staffCapacity: $s) { id } }', {
          id: roundId,
          v: rounds.data!.fundRounds.find((r) => r.id === roundId)!.version,
          b: [{ year: 2027, amount: 7_000_000 + ++cell }, { year: 2028, amount: 4_000_000 }, { year: 2029, amount: 1_000_000 }],
          s: [{ year: 2027, amount: 6000 }],
        }),
        'updateRoundCapacity',
      );
    }
    case 'saveAssessment': {
      const mine = await gql<{ initiative: { myAssessment: { version: number } | null } | null }>('query($id: ID!) { initiative(id: $id) { myAssessment { version } } }', { id: preparedOf[dept] });
      return outcome(
        await gql('mutation($id: ID!, $v: Int, $i: AssessmentInput!) { saveAssessment(initiativeId: $id, version: $v, input: $i) { id } }', {
          id: preparedOf[dept],
          v: mine.data?.initiative?.myAssessment?.version ?? null,
          i: { scores: [{ criterionId: 'quality-for-residents', score: ++cell % 5 }] },
        }),
        'saveAssessment',
      );
    }
    case 'saveEligibilityReview': {
      const current = await analyst<{ initiative: { eligibilityReview: { version: number } | null } }>('query($id: ID!) { initiative(id: $id) { eligibilityReview { version } } }', { id: preparedOf[dept] });
      return outcome(
        await gql('mutation($id: ID!, $v: Int, $a: [MustAnswerInput!]!) { saveEligibilityReview(initiativeId: $id, version: $v, answers: $a) { id } }', {
          id: preparedOf[dept],
          v: current.data!.initiative.eligibilityReview?.version ?? null,
          a: [{ requirementId: 'verified-need', met: true, comment: `Matris ${++cell}` }],
        }),
        'saveEligibilityReview',
      );
    }
    case 'saveScenario':
      return outcome(
        await gql('mutation($i: ScenarioInput!) { saveScenario(input: $i) { id } }', {
          i: { fundRoundId: roundId, name: `Matris ${++cell}`, kind: 'SCORE', settings: { useYearlyBudgets: true, useStaffCapacity: false, onlyEligible: true, forcedIn: [], forcedOut: [] } },
        }),
        'saveScenario',
      );
    case 'proposeScenario': {
      const made = await analyst<{ saveScenario: { id: string; version: number } }>('mutation($i: ScenarioInput!) { saveScenario(input: $i) { id version } }', {
        i: { fundRoundId: roundId, name: `Förslag ${++cell}`, kind: 'NPV', settings: { useYearlyBudgets: false, useStaffCapacity: false, onlyEligible: true, forcedIn: [], forcedOut: [] } },
      });
      return outcome(
        await gql('mutation($id: ID!, $v: Int!) { proposeScenario(id: $id, version: $v) { id } }', { id: made.data!.saveScenario.id, v: made.data!.saveScenario.version }),
        'proposeScenario',
      );
    }
    case 'commitment': {
      const r = await gql<{ fundRounds: { id: string; commitment: unknown }[] }>('{ fundRounds { id commitment { committed remaining } } }');
      return outcome(r, 'fundRounds');
    }
    case 'createMeeting': {
      const round = await analyst<{ fundRounds: { id: string; proposal: { id: string } | null }[] }>('{ fundRounds { id proposal { id } } }');
      if (!round.data!.fundRounds.find((r) => r.id === roundId)!.proposal) {
        const made = await analyst<{ saveScenario: { id: string; version: number } }>('mutation($i: ScenarioInput!) { saveScenario(input: $i) { id version } }', {
          i: { fundRoundId: roundId, name: 'Förslag till mötet', kind: 'SCORE', settings: { useYearlyBudgets: true, useStaffCapacity: true, onlyEligible: true, forcedIn: [], forcedOut: [] } },
        });
        await analyst('mutation($id: ID!, $v: Int!) { proposeScenario(id: $id, version: $v) { id } }', { id: made.data!.saveScenario.id, v: made.data!.saveScenario.version });
      }
      return outcome(
        await gql('mutation($r: ID!, $i: MeetingInput!) { createMeeting(fundRoundId: $r, input: $i) { id } }', {
          r: roundId,
          i: { title: `Ledningsgruppen ${++cell}`, heldOn: '2026-11-20', participants: ['Karin Kommundirektör'] },
        }),
        'createMeeting',
      );
    }
    case 'recordDecision': {
      const id = preparedOf[dept];
      const before = await analyst<{ initiative: { version: number } }>('query($id: ID!) { initiative(id: $id) { version } }', { id });
      const r = await gql<{ recordDecision: { version: number } }>('mutation($i: DecisionInput!) { recordDecision(input: $i) { id version } }', {
        i: { initiativeId: id, initiativeVersion: before.data!.initiative.version, outcome: 'DEFERRED', reason: `Matris ${++cell}`, decidedOn: '2026-11-20', registrationNumber: 'KS 2026/1' },
      });
      // a deferral is taken up again, so the initiative is prepared for the next cell
      if (!r.errors) {
        const resumed = await analyst('mutation($id: ID!, $v: Int!) { transitionInitiative(id: $id, version: $v, action: RESUME_DEFERRED) { status } }', { id, v: r.data!.recordDecision.version });
        expect(resumed.errors).toBeUndefined();
      }
      return outcome(r, 'recordDecision');
    }
    case 'updateDelegation': {
      const rounds = await analyst<{ fundRounds: { id: string; version: number }[] }>('{ fundRounds { id version } }');
      return outcome(
        await gql('mutation($id: ID!, $v: Int!, $r: [DelegationRuleInput!]!) { updateDelegation(fundRoundId: $id, version: $v, rules: $r) { id } }', {
          id: roundId,
          v: rounds.data!.fundRounds.find((r) => r.id === roundId)!.version,
          r: [{ upTo: 500_000 + ++cell, signatory: 'DIGITALISATION_MANAGER' }, { upTo: null, signatory: 'MUNICIPAL_DIRECTOR' }],
        }),
        'updateDelegation',
      );
    }
    case 'auditLog':
      return outcome(await gql('{ auditLog(first: 1) { totalCount } }'), 'auditLog');
    case 'users':
      return outcome(await gql('{ users { id } }'), 'users');
    case 'createUser':
      return outcome(
        await gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
          i: { email: `matris${++cell}@demo.example`, displayName: 'Matris', password: 'ett-långt-lösenord', roles: [{ role: 'APPLICANT', departmentId: deptId[dept] }] },
        }),
        'createUser',
      );
    case 'updateUser': {
      const admin = clients.get('administrator')!;
      const list = await admin<{ users: { id: string; email: string; version: number }[] }>('{ users { id email version } }');
      const target = list.data!.users.find((u) => u.email === 'revisor@demo.example')!;
      return outcome(
        await gql('mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { displayName: "Rut Revisor" }) { id } }', { id: target.id, v: target.version }),
        'updateUser',
      );
    }
    default:
      throw new Error(operation);
  }
}

describe('authorisation matrix', () => {
  for (const operation of Object.keys(EXPECTED)) {
    it(`${operation}: every role, own and other department`, async () => {
      const actual: Record<string, [Outcome, Outcome]> = {};
      for (const actor of ACTORS) {
        actual[actor.name] = [await run(operation, actor, actor.own), await run(operation, actor, other(actor.own))];
      }
      expect(actual).toEqual(EXPECTED[operation]);
    });
  }

  it('scopes lists to the departments a department-bound user belongs to', async () => {
    const q = '{ initiatives(first: 100) { edges { node { department { code } } } } }';
    const codes = async (name: string) =>
      new Set(((await clients.get(name)!<{ initiatives: { edges: { node: { department: { code: string } } }[] } }>(q)).data!.initiatives.edges).map((e) => e.node.department.code));
    expect(await codes('applicant')).toEqual(new Set(['BUF']));
    expect(await codes('department head')).toEqual(new Set(['BUF']));
    expect(await codes('applicant (SOC)')).toEqual(new Set(['SOC']));
    expect((await codes('auditor')).size).toBeGreaterThan(5);
  });
});
