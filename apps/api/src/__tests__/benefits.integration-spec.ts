import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { calculateSheet, figuresOf, type CalculationParameters, type CalculationSheet } from '@dp/domain/benefits';
import { startTestApp, type Session, type TestApp } from '../testing/test-app.js';

const LINES = `
  costs { id label explanation type unit monthlySalary amounts { year amount } }
  benefits { id label explanation category monetised confidence unit monthlySalary amounts { year amount }
    plan { owner indicator method unit baselineValue baselineDate targetValue targetDate followUpDates } }`;
const CALC = `id kind version frozenAt frozenByAction updatedByName realisationPlanGaps ${LINES}
  parameters { baseYear horizonYears discountRate optimismBias hoursPerMonth overhead defaultMonthlySalary }
  figures { pvCosts pvBenefits pvFinancialBenefits pvRedistributionBenefits npv benefitCostRatio npvPerKrona paybackYear budgetReleasingShare }`;
const DETAIL = `query($id: ID!) { initiative(id: $id) {
  id title status version requestedAmount npv benefitCostRatio npvPerKrona editableCalculations
  applicantCalculation { ${CALC} } reviewedCalculation { ${CALC} } calculationInForce { id kind }
  availableActions { action allowed reasons }
} }`;
const SAVE = `mutation($id: ID!, $kind: CalculationKind!, $v: Int, $sheet: CalculationSheetInput!) {
  saveBenefitCalculation(initiativeId: $id, kind: $kind, version: $v, sheet: $sheet) { ${CALC} initiative { id version npv benefitCostRatio npvPerKrona } }
}`;
const LIST = `query($f: InitiativeFilter, $first: Int, $after: String, $o: InitiativeOrder) {
  initiatives(filter: $f, first: $first, after: $after, orderBy: $o) {
    totalCount edges { cursor node { id title npv benefitCostRatio npvPerKrona requestedAmount createdAt calculationInForce { kind figures { npv } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const TRANSITION = `mutation($id: ID!, $v: Int!, $a: WorkflowAction!, $r: String) { transitionInitiative(id: $id, version: $v, action: $a, reason: $r) { status version } }`;
const RECORD_DECISION = `mutation($input: DecisionInput!) { recordDecision(input: $input) { status version } }`;
const PARAMS = `mutation($id: ID!, $v: Int!, $i: CalculationParametersInput!) {
  updateCalculationParameters(fundRoundId: $id, version: $v, input: $i) { id version calculationParameters { baseYear horizonYears discountRate optimismBias } }
}`;

interface Calc extends CalculationSheet {
  id: string;
  kind: string;
  version: number;
  frozenAt: string | null;
  frozenByAction: string | null;
  updatedByName: string | null;
  realisationPlanGaps: string[];
  parameters: CalculationParameters;
  figures: ReturnType<typeof figuresOf>;
}
interface Detail {
  id: string;
  title: string;
  status: string;
  version: number;
  requestedAmount: number;
  npv: number | null;
  benefitCostRatio: number | null;
  npvPerKrona: number | null;
  editableCalculations: string[];
  applicantCalculation: Calc | null;
  reviewedCalculation: Calc | null;
  calculationInForce: { id: string; kind: string } | null;
  availableActions: { action: string; allowed: boolean; reasons: string[] }[];
}
interface Row {
  id: string;
  title: string;
  npv: number | null;
  benefitCostRatio: number | null;
  npvPerKrona: number | null;
  requestedAmount: number;
  createdAt: string;
  calculationInForce: { kind: string; figures: { npv: number } } | null;
}
interface Connection {
  totalCount: number;
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let app: TestApp;
let applicant: Session;
let otherApplicant: Session;
let analyst: Session;
let decider: Session;
let round: { id: string; version: number };
let byTitle: Map<string, Row>;

const plan = {
  owner: 'Rektor',
  indicator: 'Andel elever med godkänt i alla ämnen',
  method: 'Betygsstatistik i skolans system, per termin',
  unit: '%',
  baselineValue: 72,
  baselineDate: '2026-06-30',
  targetValue: 80,
  targetDate: '2029-06-30',
  followUpDates: ['2028-01-31', '2029-06-30'],
};
/** a small calculation of a new application: 100 000 kr once, 200 hours a year, a financial benefit */
const sheet = (oneOff = 100_000): CalculationSheet => ({
  costs: [
    { id: 'k1', label: 'Införande', explanation: 'Konsult och konfiguration', type: 'ONE_OFF', unit: 'KRONOR', monthlySalary: null, amounts: [{ year: 2027, amount: oneOff }] },
    { id: 'k2', label: 'Egen tid', explanation: null, type: 'INTERNAL_TIME', unit: 'HOURS', monthlySalary: null, amounts: [{ year: 2028, amount: 200 }] },
  ],
  benefits: [
    {
      id: 'n1',
      label: 'Minskade licenskostnader',
      explanation: 'Två gamla system avvecklas',
      category: 'FINANCIAL',
      monetised: true,
      confidence: 'GREEN',
      unit: 'KRONOR',
      monthlySalary: null,
      amounts: [2028, 2029, 2030].map((year) => ({ year, amount: 60_000 })),
      plan,
    },
  ],
});

async function detail(s: Session, id: string): Promise<Detail> {
  const r = await s.gql<{ initiative: Detail }>(DETAIL, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.initiative;
}

async function list(s: Session, variables: Record<string, unknown>): Promise<Connection> {
  const r = await s.gql<{ initiatives: Connection }>(LIST, variables);
  expect(r.errors).toBeUndefined();
  return r.data!.initiatives;
}

async function createDraft(title: string): Promise<string> {
  const ref = await applicant.gql<{ departments: { id: string; code: string }[]; goalAreas: { id: string }[] }>('{ departments { id code } goalAreas { id } }');
  const r = await applicant.gql<{ createInitiative: { id: string } }>('mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }', {
    i: {
      title,
      description: 'En ny ansökan för kalkyltesterna.',
      departmentId: ref.data!.departments.find((d) => d.code === 'BUF')!.id,
      fundRoundId: round.id,
      goalAreaIds: [ref.data!.goalAreas[0]!.id],
      requestedAmount: 100_000,
    },
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createInitiative.id;
}

const expectFiguresOf = (calc: Calc) => expect(calc.figures).toEqual(figuresOf(calculateSheet(calc, calc.parameters)));

beforeAll(async () => {
  app = await startTestApp({ demo: true });
  applicant = await app.login('sokande@demo.example');
  otherApplicant = await app.login('sokande.soc@demo.example');
  analyst = await app.login('portfoljkontor@demo.example');
  decider = await app.login('kommundirektor@demo.example');
  const rounds = await app.gql<{ fundRounds: { id: string; code: string; version: number }[] }>('{ fundRounds { id code version } }');
  round = rounds.data!.fundRounds.find((r) => r.code === 'DP2027')!;
  const all = await list(analyst, { f: { fundRoundId: round.id }, first: 100 });
  byTitle = new Map(all.edges.map((e) => [e.node.title, e.node]));
});

afterAll(async () => {
  await app?.close();
});

beforeEach(() => {
  app.queries.length = 0;
});

describe('the demo round’s calculations', () => {
  it('gives every application the applicant’s calculation, and prepared ones the reviewed one too, with figures from the domain code', async () => {
    expect(byTitle.size).toBe(20);
    for (const row of byTitle.values()) {
      const d = await detail(analyst, row.id);
      expect(d.applicantCalculation).not.toBeNull();
      expectFiguresOf(d.applicantCalculation!);
      expect(d.applicantCalculation!.parameters).toEqual({
        baseYear: 2027,
        horizonYears: 5,
        discountRate: 0.03,
        optimismBias: 0,
        hoursPerMonth: 142,
        overhead: 0.54,
        defaultMonthlySalary: 35_000,
      });
      if (d.status === 'PREPARED') {
        expect(d.reviewedCalculation).not.toBeNull();
        expectFiguresOf(d.reviewedCalculation!);
        expect(d.reviewedCalculation!.realisationPlanGaps).toEqual([]);
      }
      // the figures on the initiative are those of the calculation in force
      const inForce = d.reviewedCalculation ?? d.applicantCalculation!;
      expect(d.calculationInForce).toEqual({ id: inForce.id, kind: inForce.kind });
      expect([d.npv, d.benefitCostRatio, d.npvPerKrona]).toEqual([inForce.figures.npv, inForce.figures.benefitCostRatio, inForce.figures.npvPerKrona]);
    }
  });

  it('resolves the calculations of a page in one batch: the statements do not grow with the page size', async () => {
    await list(analyst, { first: 3 });
    const small = app.queries.length;
    app.queries.length = 0;
    await list(analyst, { first: 20 });
    expect(app.queries.length).toBe(small);
    // 2 for the session + count, page and the calculations
    expect(app.queries.length).toBeLessThanOrEqual(2 + 3);
  });
});

describe('sorting the portfolio list by the figures', () => {
  const sorted = (rows: Row[], key: 'npv' | 'benefitCostRatio' | 'npvPerKrona', direction: 'ASC' | 'DESC') =>
    [...rows].sort((a, b) => {
      const x = a[key];
      const y = b[key];
      if (x === null || y === null) return x === y ? (direction === 'DESC' ? b.id.localeCompare(a.id) : a.id.localeCompare(b.id)) : x === null ? 1 : -1;
      if (x !== y) return direction === 'DESC' ? y - x : x - y;
      return direction === 'DESC' ? b.id.localeCompare(a.id) : a.id.localeCompare(b.id);
    });

  it('orders the round by NPV, highest first, with the same order page by page', async () => {
    const draft = await createDraft('Utan kalkyl'); // no calculation: sorts last
    const filter = { fundRoundId: round.id };
    const whole = await list(analyst, { f: filter, first: 100, o: { field: 'NPV', direction: 'DESC' } });
    const rows = whole.edges.map((e) => e.node);
    expect(rows).toEqual(sorted(rows, 'npv', 'DESC'));
    expect(rows[0]!.title).toBe('Läkemedelsrobotar för brukare i ordinärt boende');
    expect(rows.at(-1)!.id).toBe(draft);
    expect(rows.at(-1)!.npv).toBeNull();

    const paged: Row[] = [];
    let after: string | null = null;
    do {
      const page: Connection = await list(analyst, { f: filter, first: 4, after, o: { field: 'NPV', direction: 'DESC' } });
      paged.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged.map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it('orders ascending (nulls still last), by the other figures, and refuses a cursor of another order', async () => {
    const filter = { fundRoundId: round.id };
    for (const [field, key] of [
      ['NPV', 'npv'],
      ['BENEFIT_COST_RATIO', 'benefitCostRatio'],
      ['NPV_PER_KRONA', 'npvPerKrona'],
    ] as const) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const paged: Row[] = [];
        let after: string | null = null;
        do {
          const page: Connection = await list(analyst, { f: filter, first: 6, after, o: { field, direction } });
          paged.push(...page.edges.map((e) => e.node));
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        expect(paged.length).toBe(byTitle.size + 1);
        expect(paged.map((r) => r.id)).toEqual(sorted(paged, key, direction).map((r) => r.id));
        expect(paged.at(-1)![key]).toBeNull();
      }
    }
    const byNpv = await list(analyst, { f: filter, first: 2, o: { field: 'NPV', direction: 'DESC' } });
    const wrong = await analyst.gql(LIST, { f: filter, first: 2, after: byNpv.pageInfo.endCursor, o: { field: 'REQUESTED_AMOUNT', direction: 'DESC' } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
    const byAmount = await list(analyst, { f: filter, first: 100, o: { field: 'REQUESTED_AMOUNT', direction: 'ASC' } });
    const amounts = byAmount.edges.map((e) => e.node.requestedAmount);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  });
});

describe('the applicant’s calculation', () => {
  let id: string;

  beforeAll(async () => {
    id = await createDraft('Digital läxhjälp med kalkyl');
  });

  it('is created, calculated on the server with the round’s parameters and shown on the initiative', async () => {
    const before = await detail(applicant, id);
    expect(before.applicantCalculation).toBeNull();
    expect(before.editableCalculations).toEqual(['APPLICANT']);
    const r = await applicant.gql<{ saveBenefitCalculation: Calc & { initiative: { npv: number; version: number } } }>(SAVE, { id, kind: 'APPLICANT', v: null, sheet: sheet() });
    expect(r.errors).toBeUndefined();
    const calc = r.data!.saveBenefitCalculation;
    expect(calc).toMatchObject({ kind: 'APPLICANT', version: 1, updatedByName: 'Sara Sökande', frozenAt: null, realisationPlanGaps: [] });
    // by hand: PV costs 100 000 + 200 × 379.577… / 1.03 = 173 704.36; PV benefits 60 000 × (1/1.03 + 1/1.03² + 1/1.03³) = 169 716.68
    expect(calc.figures.pvCosts).toBeCloseTo(173_704.36, 2);
    expect(calc.figures.pvBenefits).toBeCloseTo(169_716.68, 2);
    expect(calc.figures.npv).toBeCloseTo(-3_987.68, 2);
    expect(calc.figures.paybackYear).toBe(2030);
    expect(calc.initiative.npv).toBeCloseTo(-3_987.68, 2);
    // the figures are read from the calculation: the application itself (and its version) is unchanged
    expect(calc.initiative.version).toBe(before.version);
    expect(calc.benefits[0]!.plan).toEqual(plan);
  });

  it('answers the yearly table and the sensitivity analysis side by side', async () => {
    const r = await applicant.gql<{
      initiative: { applicantCalculation: { years: { year: number; net: number; cumulativeNet: number }[]; sensitivity: Record<'low' | 'expected' | 'high', { npv: number }>; figures: { npv: number } } };
    }>('query($id: ID!) { initiative(id: $id) { applicantCalculation { years { year net cumulativeNet } sensitivity { low { npv } expected { npv } high { npv } } figures { npv } } } }', { id });
    expect(r.errors).toBeUndefined();
    const c = r.data!.initiative.applicantCalculation;
    expect(c.years.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030, 2031, 2032]);
    expect(c.years[0]).toEqual({ year: 2027, net: -100_000, cumulativeNet: -100_000 });
    expect(c.sensitivity.expected.npv).toBe(c.figures.npv);
    // low: benefits −30 %, costs +30 %, at 3.5 %: far below the expected
    expect(c.sensitivity.low.npv).toBeLessThan(c.figures.npv - 50_000);
  });

  it('is saved again with its version, and a stale version is refused with CONFLICT', async () => {
    const saved = await applicant.gql<{ saveBenefitCalculation: Calc }>(SAVE, { id, kind: 'APPLICANT', v: 1, sheet: sheet(80_000) });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveBenefitCalculation.version).toBe(2);
    expect(saved.data!.saveBenefitCalculation.figures.npv).toBeCloseTo(-3_987.68 + 20_000, 2);
    const stale = await applicant.gql(SAVE, { id, kind: 'APPLICANT', v: 1, sheet: sheet(70_000) });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const again = await applicant.gql(SAVE, { id, kind: 'APPLICANT', v: null, sheet: sheet(70_000) });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await detail(applicant, id)).applicantCalculation!.figures.npv).toBeCloseTo(16_012.32, 2);
  });

  it('refuses invalid lines with one translated code per field, and keeps what was stored', async () => {
    const bad = sheet();
    bad.costs[0]!.amounts = [{ year: 2026, amount: 1 }];
    bad.costs[1]!.label = ' ';
    bad.benefits[0]!.amounts[1]!.amount = 10.5;
    bad.benefits[0]!.plan = { ...plan, targetDate: '2025-01-01' };
    const r = await applicant.gql(SAVE, { id, kind: 'APPLICANT', v: 2, sheet: bad });
    expect(r.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['field'], e.extensions?.['reason']])).toEqual([
      ['BAD_USER_INPUT', 'sheet.costs.0.amounts.0.year', 'OUTSIDE_HORIZON'],
      ['BAD_USER_INPUT', 'sheet.costs.1.label', 'REQUIRED'],
      ['BAD_USER_INPUT', 'sheet.benefits.0.plan.targetDate', 'END_BEFORE_START'],
      ['BAD_USER_INPUT', 'sheet.benefits.0.amounts.1.amount', 'NOT_WHOLE_KRONOR'],
    ]);
    expect((await detail(applicant, id)).applicantCalculation!.version).toBe(2);
  });

  it('is saved only by the department while it edits the application', async () => {
    const other = await otherApplicant.gql(SAVE, { id, kind: 'APPLICANT', v: 2, sheet: sheet() });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const byAnalyst = await analyst.gql(SAVE, { id, kind: 'APPLICANT', v: 2, sheet: sheet() });
    expect(byAnalyst.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    const reviewedByApplicant = await applicant.gql(SAVE, { id, kind: 'REVIEWED', v: null, sheet: sheet() });
    expect(reviewedByApplicant.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    // the office reviews once the application has been submitted, not in a draft
    const reviewedInDraft = await analyst.gql(SAVE, { id, kind: 'REVIEWED', v: null, sheet: sheet() });
    expect(reviewedInDraft.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_EDITABLE' });
    const anonymous = await app.gql(SAVE, { id, kind: 'APPLICANT', v: 2, sheet: sheet() });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('records every save in the initiative’s history, with the figures before and after', async () => {
    const r = await applicant.gql<{ initiative: { history: { entityType: string; operation: string; actorName: string; changes: { field: string; before: string | null; after: string | null }[] }[] } }>(
      'query($id: ID!) { initiative(id: $id) { history { entityType operation actorName changes { field before after } } } }',
      { id },
    );
    expect(r.errors).toBeUndefined();
    const saves = r.data!.initiative.history.filter((h) => h.entityType === 'BenefitCalculation');
    expect(saves.map((h) => [h.operation, h.actorName])).toEqual([
      ['CREATE', 'Sara Sökande'],
      ['UPDATE', 'Sara Sökande'],
    ]);
    // only what changed: the parameters stayed the same
    expect(saves[1]!.changes.map((c) => c.field).sort()).toEqual(['figures', 'sheet']);
    const figures = saves[1]!.changes.find((c) => c.field === 'figures')!;
    expect(JSON.parse(figures.before!).npv).toBeCloseTo(-3_987.68, 2);
    expect(JSON.parse(figures.after!).npv).toBeCloseTo(16_012.32, 2);
    // the initiative's row is not touched by a calculation save
    expect(r.data!.initiative.history.filter((h) => h.entityType === 'Initiative' && h.operation === 'UPDATE')).toEqual([]);
  });
});

describe('the portfolio office’s review and the realisation plan', () => {
  it('shows which plans are missing in the demo: Läkemedelsrobotar cannot be marked prepared yet', async () => {
    const d = await detail(analyst, byTitle.get('Läkemedelsrobotar för brukare i ordinärt boende')!.id);
    expect(d.status).toBe('IN_PREPARATION');
    expect(d.reviewedCalculation!.realisationPlanGaps.length).toBeGreaterThan(0);
    expect(d.availableActions.find((a) => a.action === 'MARK_PREPARED')?.reasons).toContain('REALISATION_PLAN_INCOMPLETE');
  });

  it('refuses to mark prepared while a benefit lacks its plan, and allows it once the reviewed plan is complete', async () => {
    const row = byTitle.get('Öppna geodata och miljödata')!;
    const d = await detail(analyst, row.id);
    expect(d.status).toBe('IN_PREPARATION');
    expect(d.editableCalculations).toEqual(['REVIEWED']);
    const { id: _id, kind: _k, version, frozenAt: _f, frozenByAction: _a, updatedByName: _u, realisationPlanGaps: _g, parameters: _p, figures: _fi, ...lines } = d.reviewedCalculation!;
    // the office removes the owner of the first benefit's plan: the plan is incomplete
    const withoutOwner = { ...lines, benefits: lines.benefits.map((b, i) => (i === 0 ? { ...b, plan: { ...b.plan, owner: '' } } : b)) };
    const gap = await analyst.gql<{ saveBenefitCalculation: Calc & { initiative: { version: number } } }>(SAVE, { id: row.id, kind: 'REVIEWED', v: version, sheet: withoutOwner });
    expect(gap.errors).toBeUndefined();
    expect(gap.data!.saveBenefitCalculation.realisationPlanGaps).toEqual(['benefits.0.plan.owner']);
    const incomplete = await detail(analyst, row.id);
    expect(incomplete.availableActions.find((a) => a.action === 'MARK_PREPARED')).toEqual({ action: 'MARK_PREPARED', allowed: false, reasons: ['REALISATION_PLAN_INCOMPLETE'] });
    const refused = await analyst.gql(TRANSITION, { id: row.id, v: incomplete.version, a: 'MARK_PREPARED' });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'TRANSITION_REFUSED', action: 'MARK_PREPARED', reasons: ['REALISATION_PLAN_INCOMPLETE'] });

    // the office names the owner again
    const completed = { ...lines, benefits: lines.benefits.map((b, i) => (i === 0 ? { ...b, plan: { ...b.plan, owner: 'GIS-chef' } } : b)) };
    const saved = await analyst.gql<{ saveBenefitCalculation: Calc }>(SAVE, { id: row.id, kind: 'REVIEWED', v: version + 1, sheet: completed });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveBenefitCalculation.realisationPlanGaps).toEqual([]);
    const after = await detail(analyst, row.id);
    // the applicant's calculation is kept as it was, beside the reviewed one
    expect(after.applicantCalculation).toEqual(d.applicantCalculation);
    expect(after.npv).toBe(after.reviewedCalculation!.figures.npv);
    expect(after.npv).not.toBe(after.applicantCalculation!.figures.npv);
    const prepared = await analyst.gql<{ transitionInitiative: { status: string } }>(TRANSITION, { id: row.id, v: after.version, a: 'MARK_PREPARED' });
    expect(prepared.errors).toBeUndefined();
    expect(prepared.data!.transitionInitiative.status).toBe('PREPARED');
    // prepared: the review is over
    expect((await detail(analyst, row.id)).editableCalculations).toEqual([]);
  });

  it('starts a review as a copy of the applicant’s calculation once the application is submitted', async () => {
    const row = byTitle.get('Digital signering av avtal, beslut och protokoll')!;
    const d = await detail(analyst, row.id);
    expect(d.status).toBe('SUBMITTED');
    expect(d.reviewedCalculation).toBeNull();
    const { costs, benefits } = d.applicantCalculation!;
    const r = await analyst.gql<{ saveBenefitCalculation: Calc }>(SAVE, { id: row.id, kind: 'REVIEWED', v: null, sheet: { costs, benefits } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveBenefitCalculation.figures).toEqual(d.applicantCalculation!.figures);
    expect((await detail(analyst, row.id)).calculationInForce?.kind).toBe('REVIEWED');
  });
});

describe('decisions and the round’s parameters', () => {
  it('freezes the calculation in force with a decision; new parameters recalculate only the others', async () => {
    const granted = byTitle.get('AI-stöd i kontaktcenter')!;
    const open = byTitle.get('Digital frånvarohantering i grundskolan')!;
    const g = await detail(decider, granted.id);
    // a bare GRANT is refused: decisions are recorded with their amount, date and diarienummer
    const bare = await decider.gql(TRANSITION, { id: granted.id, v: g.version, a: 'GRANT' });
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSITION_REFUSED', reasons: ['DECISION_REQUIRED'] });
    const r = await decider.gql(RECORD_DECISION, {
      input: { initiativeId: granted.id, initiativeVersion: g.version, outcome: 'GRANTED', grantedAmount: g.requestedAmount, decidedOn: '2026-11-20', registrationNumber: 'KS 2026/101' },
    });
    expect(r.errors).toBeUndefined();
    const frozen = await detail(decider, granted.id);
    expect(frozen.reviewedCalculation).toMatchObject({ frozenByAction: 'GRANT', frozenAt: expect.any(String) });
    expect(frozen.applicantCalculation!.frozenAt).toBeNull();

    const before = await detail(analyst, open.id);
    const rounds = await analyst.gql<{ fundRounds: { id: string; version: number }[] }>('{ fundRounds { id version } }');
    const version = rounds.data!.fundRounds.find((x) => x.id === round.id)!.version;
    const input = { horizonYears: 5, discountRate: 0.035, optimismBias: 0.1, hoursPerMonth: 142, overhead: 0.54, defaultMonthlySalary: 35_000 };
    const changed = await analyst.gql<{ updateCalculationParameters: { version: number; calculationParameters: CalculationParameters } }>(PARAMS, { id: round.id, v: version, i: input });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateCalculationParameters.calculationParameters).toMatchObject({ baseYear: 2027, discountRate: 0.035, optimismBias: 0.1 });

    const after = await detail(analyst, open.id);
    expect(after.reviewedCalculation!.parameters.discountRate).toBe(0.035);
    expectFiguresOf(after.reviewedCalculation!);
    expect(after.reviewedCalculation!.figures.npv).toBeLessThan(before.reviewedCalculation!.figures.npv);
    expect(after.npv).toBe(after.reviewedCalculation!.figures.npv);
    // the decided one keeps the figures it was decided on
    const still = await detail(analyst, granted.id);
    expect(still.reviewedCalculation!.figures).toEqual(frozen.reviewedCalculation!.figures);
    expect(still.reviewedCalculation!.parameters.discountRate).toBe(0.03);
    expect(still.npv).toBe(frozen.npv);

    const stale = await analyst.gql(PARAMS, { id: round.id, v: version, i: input });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
  });

  it('lets only the portfolio office and administrators set parameters, within limits', async () => {
    const input = { horizonYears: 5, discountRate: 0.03, optimismBias: 0, hoursPerMonth: 142, overhead: 0.54, defaultMonthlySalary: 35_000 };
    const byApplicant = await applicant.gql(PARAMS, { id: round.id, v: 1, i: input });
    expect(byApplicant.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    const bad = await analyst.gql(PARAMS, { id: round.id, v: 2, i: { ...input, discountRate: 0.5, horizonYears: 0, defaultMonthlySalary: -1 } });
    expect(bad.errors?.map((e) => [e.extensions?.['field'], e.extensions?.['reason']])).toEqual([
      ['horizonYears', 'OUT_OF_RANGE'],
      ['discountRate', 'OUT_OF_RANGE'],
      ['defaultMonthlySalary', 'NOT_POSITIVE'],
    ]);
  });
});

describe('the Excel export', () => {
  const download = (s: Session | null, id: string, file: string) =>
    fetch(`${app.baseUrl}/api/initiatives/${id}/calculations/${file}`, { headers: s ? { cookie: s.cookie } : {} });

  it('writes the calculation with real formulas whose values are the domain’s figures', async () => {
    const row = byTitle.get('Ruttoptimerad planering i hemtjänsten')!;
    const d = await detail(analyst, row.id);
    const res = await download(analyst, row.id, 'REVIEWED.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="nyttokalkyl-ruttoptimerad-planering-i-hemtjansten-granskad.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Parametrar', 'Kalkyl', 'Nyttorealiseringsplan']);
    const rate = d.reviewedCalculation!.parameters.discountRate;
    expect(wb.getWorksheet('Parametrar')!.getCell('B3').value).toBe(rate);

    const ws = wb.getWorksheet('Kalkyl')!;
    const figure = (label: string) => {
      let found: ExcelJS.CellFormulaValue | undefined;
      ws.eachRow((r) => {
        if (r.getCell(2).value === label) found = r.getCell(3).value as ExcelJS.CellFormulaValue;
      });
      if (!found) throw new Error(`no row ${label}`);
      return found;
    };
    const f = d.reviewedCalculation!.figures;
    expect(figure('Nuvärde kostnader').formula).toMatch(/^SUMPRODUCT\(I\d+:N\d+,I\d+:N\d+\)$/);
    expect(figure('Nuvärde kostnader').result).toBeCloseTo(f.pvCosts, 6);
    expect(figure('Nuvärde nyttor').result).toBeCloseTo(f.pvBenefits, 6);
    expect(figure('Nettonuvärde (NNV)').formula).toMatch(/^\$C\$\d+-\$C\$\d+$/);
    expect(figure('Nettonuvärde (NNV)').result).toBeCloseTo(f.npv, 6);
    expect(figure('Nyttokvot').result).toBeCloseTo(f.benefitCostRatio!, 9);
    expect(figure('Återbetalningstid (första år då ackumulerat netto ≥ 0)').result).toBe(f.paybackYear);
    expect(figure('Återbetalningstid (första år då ackumulerat netto ≥ 0)').formula).toContain('MATCH(1,');
    // the discount factor of 2029 is a formula of the rate and the year
    let dfRow: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(2).value === 'Diskonteringsfaktor') dfRow = r;
    });
    expect(dfRow!.getCell(11).value).toMatchObject({ formula: '1/(1+Parametrar!$B$3)^(K$6-Parametrar!$B$1)' });
    expect((dfRow!.getCell(11).value as ExcelJS.CellFormulaValue).result).toBeCloseTo(1 / (1 + rate) ** 2, 12);
    // hours are valued by formula at the line's hourly cost
    const hourLine = d.reviewedCalculation!.costs.find((c) => c.unit === 'HOURS') ?? d.reviewedCalculation!.benefits.find((b) => b.unit === 'HOURS');
    expect(hourLine).toBeDefined();
    let hourRow: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(2).value === hourLine!.label) hourRow = r;
    });
    expect(hourRow!.getCell(6).value).toMatchObject({ formula: `E${hourRow!.number}/Parametrar!$B$5*(1+Parametrar!$B$6)` });
    const plan = wb.getWorksheet('Nyttorealiseringsplan')!;
    expect(plan.getRow(1).getCell(2).value).toBe('Nyttoägare');
    expect(plan.rowCount).toBe(1 + d.reviewedCalculation!.benefits.length);
  });

  it('hides what the user may not see and answers 404 for a missing calculation', async () => {
    const buf = byTitle.get('Digital frånvarohantering i grundskolan')!;
    expect((await download(applicant, buf.id, 'APPLICANT.xlsx')).status).toBe(200);
    expect((await download(otherApplicant, buf.id, 'APPLICANT.xlsx')).status).toBe(404);
    expect((await download(null, buf.id, 'APPLICANT.xlsx')).status).toBe(401);
    const draft = await createDraft('Ingen kalkyl än');
    expect((await download(applicant, draft, 'APPLICANT.xlsx')).status).toBe(404);
    expect((await download(applicant, buf.id, 'OTHER.xlsx')).status).toBe(404);
  });
});
