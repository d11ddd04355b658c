import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startTestApp, type Session, type TestApp } from '../testing/test-app.js';

interface Ref { id: string; code: string; name: string }
interface Node {
  id: string;
  title: string;
  description: string;
  requestedAmount: number;
  status: string;
  version: number;
  department: Ref;
  fundRound: Ref & { budget: number };
  goalAreas: Ref[];
}
interface Connection { totalCount: number; edges: { cursor: string; node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

const FIELDS = `id title description requestedAmount status version department { id code name } fundRound { id code name budget } goalAreas { id code name }`;
const LIST = `query List($filter: InitiativeFilter, $first: Int, $after: String) {
  initiatives(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } }
}`;
const CREATE = `mutation Create($input: CreateInitiativeInput!) { createInitiative(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) { updateInitiative(id: $id, version: $version, input: $input) { ${FIELDS} } }`;

let app: TestApp;
/** applicant of BUF: creates and edits BUF's initiatives */
let applicant: Session;
/** portfolio analyst: sees every department */
let analyst: Session;
let departments: Ref[];
let goalAreas: Ref[];
let rounds: (Ref & { budget: number; year: number; status: string })[];
const round2027 = () => rounds.find((r) => r.code === 'DP2027')!;

async function list(variables: Record<string, unknown>): Promise<Connection> {
  const r = await analyst.gql<{ initiatives: Connection }>(LIST, variables);
  expect(r.errors).toBeUndefined();
  return r.data!.initiatives;
}

function validInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Digital anmälan av skolskjuts',
    description: 'Vårdnadshavare ansöker om skolskjuts på papper i dag. En e-tjänst kortar handläggningen.',
    departmentId: departments.find((d) => d.code === 'BUF')!.id,
    fundRoundId: round2027().id,
    goalAreaIds: [goalAreas[0]!.id, goalAreas[1]!.id],
    requestedAmount: 350_000,
    ...overrides,
  };
}

beforeAll(async () => {
  app = await startTestApp({ demo: true });
  applicant = await app.login('sokande@demo.example');
  analyst = await app.login('portfoljkontor@demo.example');
  const r = await app.gql<{ departments: Ref[]; goalAreas: Ref[]; fundRounds: (Ref & { budget: number; year: number; status: string })[] }>(
    '{ departments { id code name } goalAreas { id code name } fundRounds { id code name budget year status } }',
  );
  expect(r.errors).toBeUndefined();
  departments = r.data!.departments;
  goalAreas = r.data!.goalAreas;
  rounds = r.data!.fundRounds;
});

afterAll(async () => {
  await app?.close();
});

beforeEach(() => {
  app.queries.length = 0;
});

describe('reference data', () => {
  it('lists the demo municipality, departments and goal areas in Swedish alphabetical order', () => {
    expect(departments.map((d) => d.code)).toEqual(expect.arrayContaining(['BUF', 'SOC', 'KSF', 'MSF']));
    const names = departments.map((d) => d.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
    expect(goalAreas.length).toBeGreaterThanOrEqual(5);
  });

  it('has the 2027 round with a budget of 12 000 000 kr, newest round first', () => {
    expect(round2027()).toMatchObject({ name: 'Digitaliseringspotten 2027', year: 2027, budget: 12_000_000, status: 'OPEN' });
    expect(rounds[0]!.year).toBe(2027);
  });
});

describe('the demo round', () => {
  it('holds complete applications at different stages, each with its road through the process', async () => {
    const r = await analyst.gql<{
      initiatives: { edges: { node: { status: string; anchoredAt: string | null; missingMandatoryFields: string[]; statusHistory: { status: string; leftAt: string | null }[] } }[] };
    }>(
      `query($f: InitiativeFilter) { initiatives(filter: $f, first: 100) { edges { node {
        status anchoredAt missingMandatoryFields statusHistory { status leftAt }
      } } } }`,
      { f: { fundRoundId: round2027().id } },
    );
    const nodes = r.data!.initiatives.edges.map((e) => e.node);
    const prepared = nodes.filter((n) => n.status === 'PREPARED');
    expect(prepared.length).toBeGreaterThanOrEqual(8);
    for (const n of prepared) {
      expect(n.missingMandatoryFields).toEqual([]);
      expect(n.anchoredAt).not.toBeNull();
      expect(n.statusHistory.map((h) => h.status)).toEqual(['DRAFT', 'AWAITING_ANCHORING', 'SUBMITTED', 'IN_PREPARATION', 'PREPARED']);
      expect(n.statusHistory.at(-1)!.leftAt).toBeNull();
    }
    expect(new Set(nodes.map((n) => n.status))).toEqual(new Set(['DRAFT', 'AWAITING_ANCHORING', 'SUBMITTED', 'IN_PREPARATION', 'PREPARED']));
  });
});

describe('initiatives connection', () => {
  it('pages through a round in a stable order without gaps or repeats', async () => {
    const filter = { fundRoundId: round2027().id };
    const all = await list({ filter, first: 100 });
    expect(all.totalCount).toBeGreaterThanOrEqual(18);
    expect(all.edges).toHaveLength(all.totalCount);
    expect(all.pageInfo.hasNextPage).toBe(false);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Connection = await list({ filter, first: 7, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(all.totalCount / 7));
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    expect(all.edges.every((e) => e.node.fundRound.id === filter.fundRoundId)).toBe(true);
  });

  it('filters by department and status', async () => {
    const buf = departments.find((d) => d.code === 'BUF')!;
    const ofBuf = await list({ filter: { fundRoundId: round2027().id, departmentId: buf.id }, first: 100 });
    const status = ofBuf.edges[0]!.node.status;
    const r = await list({ filter: { fundRoundId: round2027().id, departmentId: buf.id, status }, first: 100 });
    expect(r.totalCount).toBeGreaterThan(0);
    expect(r.totalCount).toBe(ofBuf.edges.filter((e) => e.node.status === status).length);
    expect(r.edges.every((e) => e.node.department.id === buf.id && e.node.status === status)).toBe(true);
    const all = await list({ filter: { fundRoundId: round2027().id }, first: 100 });
    expect(r.totalCount).toBeLessThan(all.totalCount);
  });

  it('resolves relations in batches: the number of SQL statements does not grow with the page size', async () => {
    await list({ first: 3 });
    const small = app.queries.length;
    app.queries.length = 0;
    await list({ first: 20 });
    const large = app.queries.length;
    expect(large).toBe(small);
    // 2 for the session (session with user, roles) + count, page, departments, rounds, goal areas
    expect(large).toBeLessThanOrEqual(2 + 5);
  });

  it('refuses a page size out of range and an unreadable cursor with a field code', async () => {
    const tooMany = await analyst.gql(LIST, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'OUT_OF_RANGE' });
    const bad = await analyst.gql(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
    const badFilter = await analyst.gql(LIST, { filter: { departmentId: 'nope' } });
    expect(badFilter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.departmentId' });
  });

  it('answers null for an unknown initiative', async () => {
    const r = await analyst.gql<{ a: unknown; b: unknown }>(
      '{ a: initiative(id: "00000000-0000-4000-8000-000000000000") { id } b: initiative(id: "x") { id } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ a: null, b: null });
  });
});

describe('createInitiative', () => {
  it('creates a draft with version 1 that is first in the list', async () => {
    const r = await applicant.gql<{ createInitiative: Node }>(CREATE, { input: validInput({ title: '  Digital anmälan av skolskjuts  ' }) });
    expect(r.errors).toBeUndefined();
    const created = r.data!.createInitiative;
    expect(created).toMatchObject({
      title: 'Digital anmälan av skolskjuts',
      requestedAmount: 350_000,
      status: 'DRAFT',
      version: 1,
      department: { code: 'BUF' },
      fundRound: { code: 'DP2027' },
    });
    expect(created.goalAreas.map((g) => g.id).sort()).toEqual([goalAreas[0]!.id, goalAreas[1]!.id].sort());
    const first = await list({ filter: { fundRoundId: round2027().id }, first: 1 });
    expect(first.edges[0]!.node.id).toBe(created.id);
    const one = await applicant.gql<{ initiative: Node }>(`query One($id: ID!) { initiative(id: $id) { ${FIELDS} } }`, { id: created.id });
    expect(one.data!.initiative).toEqual(created);
  });

  it('reports every invalid field with a code and writes nothing', async () => {
    const before = (await list({ first: 1 })).totalCount;
    const r = await applicant.gql(CREATE, { input: validInput({ title: '', goalAreaIds: [], requestedAmount: 0 }) });
    expect(r.data).toBeNull();
    expect(r.errors?.map((e) => e.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'title', reason: 'REQUIRED' },
      { code: 'BAD_USER_INPUT', field: 'goalAreaIds', reason: 'TOO_FEW' },
      { code: 'BAD_USER_INPUT', field: 'requestedAmount', reason: 'NOT_POSITIVE' },
    ]);
    expect((await list({ first: 1 })).totalCount).toBe(before);
  });

  it('refuses fractions of a krona and unsafe integers through the Money scalar', async () => {
    const fraction = await applicant.gql(CREATE, { input: validInput({ requestedAmount: 1000.5 }) });
    expect(fraction.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestedAmount', reason: 'NOT_WHOLE_KRONOR' });
    const huge = await applicant.gql(CREATE, { input: validInput({ requestedAmount: 2 ** 60 }) });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestedAmount', reason: 'NOT_SAFE_INTEGER' });
  });

  it('refuses unknown references and an amount above the round budget', async () => {
    const unknown = await applicant.gql(CREATE, {
      input: validInput({ departmentId: '00000000-0000-4000-8000-000000000000', goalAreaIds: ['nope'] }),
    });
    expect(unknown.errors?.map((e) => [e.extensions?.['field'], e.extensions?.['reason']])).toEqual([
      ['departmentId', 'UNKNOWN_REFERENCE'],
      ['goalAreaIds', 'UNKNOWN_REFERENCE'],
    ]);
    const tooMuch = await applicant.gql(CREATE, { input: validInput({ requestedAmount: round2027().budget + 1 }) });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ field: 'requestedAmount', reason: 'EXCEEDS_ROUND_BUDGET' });
  });
});

describe('updateInitiative', () => {
  async function fresh(): Promise<Node> {
    const r = await applicant.gql<{ createInitiative: Node }>(CREATE, { input: validInput({ title: `Initiativ ${Math.random()}` }) });
    expect(r.errors).toBeUndefined();
    return r.data!.createInitiative;
  }

  it('applies changes and raises the version', async () => {
    const i = await fresh();
    const r = await applicant.gql<{ updateInitiative: Node }>(UPDATE, {
      id: i.id,
      version: 1,
      input: { title: 'Ny titel på initiativet', goalAreaIds: [goalAreas[2]!.id], requestedAmount: 1_234_567 },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateInitiative).toMatchObject({
      title: 'Ny titel på initiativet',
      description: i.description,
      department: { code: 'BUF' },
      goalAreas: [{ id: goalAreas[2]!.id }],
      requestedAmount: 1_234_567,
      version: 2,
    });
  });

  it('refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const i = await fresh();
    await applicant.gql(UPDATE, { id: i.id, version: 1, input: { title: 'Första ändringen' } });
    const stale = await applicant.gql(UPDATE, { id: i.id, version: 1, input: { title: 'Andra ändringen' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const now = await applicant.gql<{ initiative: Node }>(`query One($id: ID!) { initiative(id: $id) { ${FIELDS} } }`, { id: i.id });
    expect(now.data!.initiative).toMatchObject({ title: 'Första ändringen', version: 2 });
  });

  it('lets exactly one of two concurrent updates of the same version win', async () => {
    const i = await fresh();
    const results = await Promise.all(
      ['Ändring A', 'Ändring B', 'Ändring C'].map((title) => applicant.gql<{ updateInitiative: Node }>(UPDATE, { id: i.id, version: 1, input: { title } })),
    );
    const wins = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.['code'] === 'CONFLICT');
    expect(wins).toHaveLength(1);
    expect(conflicts).toHaveLength(2);
    const now = await applicant.gql<{ initiative: Node }>(`query One($id: ID!) { initiative(id: $id) { title version } }`, { id: i.id });
    expect(now.data!.initiative).toEqual({ title: wins[0]!.data!.updateInitiative.title, version: 2 });
  });

  it('validates the given fields and reports an unknown initiative', async () => {
    const i = await fresh();
    const bad = await applicant.gql(UPDATE, { id: i.id, version: 1, input: { title: 'x'.repeat(201) } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', reason: 'TOO_LONG' });
    const missing = await applicant.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', version: 1, input: { title: 'Finns inte' } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('health', () => {
  it('reports the database as up', async () => {
    const res = await fetch(`${app.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
