import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { poll } from '@dp/testing';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { verifySnapshot } from '@dp/domain/decisions';
import { startTestApp, type Session, type TestApp } from '../testing/test-app.js';

const DECISION = `id outcome grantedAmount amountsByYear { year amount } conditions reason decidedOn registrationNumber decidedByName
  signatory signatoryLabel meeting { id title heldOn } overcommitted overcommitReason fingerprint snapshotIntact`;
const ROUND = `{ fundRounds { id code year budget version yearlyBudgets { year amount } staffCapacity { year amount }
  delegation { upTo signatory label } commitment { budget committed remaining byYear { year budget committed remaining } } } }`;
const PORTFOLIO = `query($id: ID!) { portfolio(fundRoundId: $id) { items { initiative { id title version status requestedAmount department { code } } amountsByYear { year amount } } } }`;
const SAVE_SCENARIO = `mutation($i: ScenarioInput!) { saveScenario(input: $i) { id version order result { selected } } }`;
const PROPOSE = `mutation($id: ID!, $v: Int!) { proposeScenario(id: $id, version: $v) { id proposed } }`;
const MEETING = `id title heldOn participants notes registrationNumber proposalName version mayEdit mayDecide
  agenda { position fundedInProposal recommendation initiative { id title } decision { id outcome } }`;
const CREATE_MEETING = `mutation($r: ID!, $i: MeetingInput!) { createMeeting(fundRoundId: $r, input: $i) { ${MEETING} } }`;
const UPDATE_MEETING = `mutation($id: ID!, $v: Int!, $i: MeetingInput!) { updateMeeting(id: $id, version: $v, input: $i) { ${MEETING} } }`;
const GET_MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`;
const RECORD = `mutation($i: DecisionInput!) { recordDecision(input: $i) { id status version decision { ${DECISION} } } }`;
const INITIATIVE = `query($id: ID!) { initiative(id: $id) { id status version mayDecide requiredSignatory decision { ${DECISION} } decisions { id outcome }
  reviewedCalculation { frozenAt frozenByAction } availableActions { action } } }`;
const CAPACITY = `mutation($id: ID!, $v: Int!, $y: [YearAmountInput!]!, $s: [YearAmountInput!]!) {
  updateRoundCapacity(fundRoundId: $id, version: $v, yearlyBudgets: $y, staffCapacity: $s) { id version } }`;
const DELEGATION = `mutation($id: ID!, $v: Int!, $r: [DelegationRuleInput!]!) { updateDelegation(fundRoundId: $id, version: $v, rules: $r) { id version delegation { upTo signatory label } } }`;

interface Decision {
  id: string;
  outcome: string;
  grantedAmount: number | null;
  amountsByYear: { year: number; amount: number }[] | null;
  conditions: string | null;
  reason: string | null;
  decidedOn: string;
  registrationNumber: string;
  decidedByName: string;
  signatory: string;
  signatoryLabel: string;
  meeting: { id: string; title: string; heldOn: string } | null;
  overcommitted: boolean;
  overcommitReason: string | null;
  fingerprint: string;
  snapshotIntact: boolean;
}
interface Item {
  initiative: { id: string; title: string; version: number; status: string; requestedAmount: number; department: { code: string } };
  amountsByYear: { year: number; amount: number }[];
}
interface Round {
  id: string;
  code: string;
  year: number;
  budget: number;
  version: number;
  yearlyBudgets: { year: number; amount: number }[];
  staffCapacity: { year: number; amount: number }[];
  delegation: { upTo: number | null; signatory: string; label: string }[];
  commitment: { budget: number; committed: number; remaining: number; byYear: { year: number; budget: number; committed: number; remaining: number }[] };
}
interface Meeting {
  id: string;
  version: number;
  agenda: { position: number; fundedInProposal: boolean; recommendation: string; initiative: { id: string; title: string }; decision: { id: string; outcome: string } | null }[];
  [key: string]: unknown;
}
type Result = { errors?: { extensions?: Record<string, unknown> }[] };

const codes = (r: Result) => (r.errors ?? []).map((e) => e.extensions?.['code']);
const fieldReasons = (r: Result) => (r.errors ?? []).map((e) => `${String(e.extensions?.['field'] ?? '')}:${String(e.extensions?.['reason'] ?? '')}`);

let app: TestApp;
let analyst: Session;
let director: Session;
let manager: Session;
let applicant: Session;
let admin: Session;
let round: Round;
let items: Item[];
let meeting: Meeting;
let otherApplicant: Session;
let grantedByManager = '';
let grantedByDirector = '';

async function roundNow(s: Session = analyst): Promise<Round> {
  const r = await s.gql<{ fundRounds: Round[] }>(ROUND);
  expect(r.errors).toBeUndefined();
  return r.data!.fundRounds.find((f) => f.code === 'DP2027')!;
}

async function initiative(s: Session, id: string) {
  const r = await s.gql<{ initiative: { id: string; status: string; version: number; mayDecide: boolean; requiredSignatory: string | null; decision: Decision | null; decisions: { id: string; outcome: string }[]; reviewedCalculation: { frozenAt: string | null; frozenByAction: string | null } | null; availableActions: { action: string }[] } }>(INITIATIVE, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.initiative;
}

function record(s: Session, input: Record<string, unknown>) {
  return s.gql<{ recordDecision: { id: string; status: string; version: number; decision: Decision } }>(RECORD, { i: { decidedOn: '2026-11-20', registrationNumber: 'KS 2026/200', ...input } });
}

beforeAll(async () => {
  app = await startTestApp();
  [analyst, director, manager, applicant, admin] = await Promise.all([
    app.login('portfoljkontor@demo.example'),
    app.login('kommundirektor@demo.example'),
    app.login('digitaliseringschef@demo.example'),
    app.login('sokande@demo.example'),
    app.login('admin@demo.example'),
  ]);
  otherApplicant = await app.login('sokande.soc@demo.example');
  round = await roundNow();
  const p = await analyst.gql<{ portfolio: { items: Item[] } }>(PORTFOLIO, { id: round.id });
  expect(p.errors).toBeUndefined();
  items = p.data!.portfolio.items;
  expect(items).toHaveLength(10);
});

afterAll(async () => {
  await app?.close();
});

describe('the management group meeting', () => {
  const input = { title: 'Ledningsgruppens möte om digitaliseringsfonden', heldOn: '2026-11-20', participants: ['Karin Kommundirektör', 'Lena Ledningsgrupp'], notes: null, registrationNumber: 'KS 2026/200' };

  it('needs a proposed scenario to build its agenda from', async () => {
    const r = await analyst.gql(CREATE_MEETING, { r: round.id, i: input });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PROPOSAL_REQUIRED' });
  });

  it('builds the agenda from the proposal’s order, marks what is above its budget line, and is changed with a version', async () => {
    const saved = await analyst.gql<{ saveScenario: { id: string; version: number; order: string[]; result: { selected: string[] } } }>(SAVE_SCENARIO, {
      i: { fundRoundId: round.id, name: 'Förslag till prioritering', kind: 'OPTIMISED', settings: { objective: 'SCORE', useYearlyBudgets: true, useStaffCapacity: true, onlyEligible: true, forcedIn: [], forcedOut: [] } },
    });
    expect(saved.errors).toBeUndefined();
    const scenario = saved.data!.saveScenario;
    expect((await analyst.gql(PROPOSE, { id: scenario.id, v: scenario.version })).errors).toBeUndefined();

    const refused = await applicant.gql(CREATE_MEETING, { r: round.id, i: input });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const invalid = await analyst.gql(CREATE_MEETING, { r: round.id, i: { ...input, title: ' ', heldOn: '2026-02-30' } });
    expect(fieldReasons(invalid).sort()).toEqual(['heldOn:INVALID_DATE', 'title:REQUIRED']);

    const created = await analyst.gql<{ createMeeting: Meeting }>(CREATE_MEETING, { r: round.id, i: input });
    expect(created.errors).toBeUndefined();
    meeting = created.data!.createMeeting;
    expect(meeting).toMatchObject({ proposalName: 'Förslag till prioritering', mayEdit: true, mayDecide: false, registrationNumber: 'KS 2026/200' });
    expect(meeting.agenda.map((a) => a.initiative.id)).toEqual(scenario.order);
    expect(meeting.agenda.map((a) => a.position)).toEqual(scenario.order.map((_, k) => k + 1));
    for (const a of meeting.agenda) {
      expect(a.fundedInProposal).toBe(scenario.result.selected.includes(a.initiative.id));
      expect(a.recommendation).toContain(`rang ${a.position} av ${scenario.order.length}`);
      expect(a.recommendation).toContain(a.fundedInProposal ? 'föreslår bifall' : 'föreslår inte bifall');
    }

    const changed = await director.gql<{ updateMeeting: Meeting }>(UPDATE_MEETING, { id: meeting.id, v: meeting.version, i: { ...input, notes: 'Förslaget presenterades av portföljkontoret.' } });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateMeeting).toMatchObject({ notes: 'Förslaget presenterades av portföljkontoret.', version: meeting.version + 1, mayDecide: true });
    const stale = await analyst.gql(UPDATE_MEETING, { id: meeting.id, v: meeting.version, i: input });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: meeting.version + 1 });
    meeting = changed.data!.updateMeeting;
  });
});

describe('recording decisions', () => {
  it('validates the decision on the server and names each field', async () => {
    const item = items[0]!;
    const r = await record(director, {
      initiativeId: item.initiative.id,
      initiativeVersion: item.initiative.version,
      outcome: 'GRANTED',
      grantedAmount: item.initiative.requestedAmount + 1,
      registrationNumber: ' ',
    });
    expect(fieldReasons(r).sort()).toEqual(['grantedAmount:OUT_OF_RANGE', 'registrationNumber:REQUIRED']);
    const noReason = await record(director, { initiativeId: item.initiative.id, initiativeVersion: item.initiative.version, outcome: 'REJECTED' });
    expect(fieldReasons(noReason)).toEqual(['reason:REQUIRED']);
    const ahead = await record(director, { initiativeId: item.initiative.id, initiativeVersion: item.initiative.version, outcome: 'DEFERRED', reason: 'Inväntar upphandling', decidedOn: '2999-01-01' });
    expect(fieldReasons(ahead)).toEqual(['decidedOn:OUT_OF_RANGE']);
    expect((await initiative(director, item.initiative.id)).status).toBe('PREPARED');
  });

  it('lets only decision makers decide, and each only within their delegation', async () => {
    const big = [...items].sort((a, b) => b.initiative.requestedAmount - a.initiative.requestedAmount)[0]!;
    expect(big.initiative.requestedAmount).toBeGreaterThan(500_000);
    const base = { initiativeId: big.initiative.id, initiativeVersion: big.initiative.version, meetingId: meeting.id };
    expect(codes(await record(analyst, { ...base, outcome: 'REJECTED', reason: 'Ryms inte' }))).toEqual(['FORBIDDEN']);

    const view = await initiative(manager, big.initiative.id);
    expect(view).toMatchObject({ mayDecide: true, requiredSignatory: 'Kommundirektör' });
    // a decision, not a status change: the workflow panel does not offer it
    expect(view.availableActions.map((a) => a.action)).not.toContain('GRANT');

    const over = await record(manager, { ...base, outcome: 'GRANTED', grantedAmount: big.initiative.requestedAmount });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DELEGATION_REQUIRED', required: 'Kommundirektör', requiredLevel: 'MUNICIPAL_DIRECTOR' });
    // turning a large application down is the director's decision too
    const reject = await record(manager, { ...base, outcome: 'REJECTED', reason: 'Ryms inte i år' });
    expect(reject.errors?.[0]?.extensions).toMatchObject({ reason: 'DELEGATION_REQUIRED' });

    // a grant lowered to 500 000 kr is within the digitalisation manager's delegation
    grantedByManager = big.initiative.id;
    const lowered = await record(manager, { ...base, outcome: 'GRANTED', grantedAmount: 500_000, conditions: 'Delrapport efter sex månader' });
    expect(lowered.errors).toBeUndefined();
    expect(lowered.data!.recordDecision).toMatchObject({ status: 'GRANTED' });
    expect(lowered.data!.recordDecision.decision).toMatchObject({
      outcome: 'GRANTED',
      grantedAmount: 500_000,
      conditions: 'Delrapport efter sex månader',
      signatory: 'DIGITALISATION_MANAGER',
      signatoryLabel: 'Digitaliseringschef',
      decidedByName: 'Dan Digitaliseringschef',
      meeting: { id: meeting.id, title: meeting['title'] as string, heldOn: '2026-11-20' },
      overcommitted: false,
      snapshotIntact: true,
    });
  });

  it('grants with the split of the calculation, commits it against the fund, freezes what it was taken on and tells the applicant', async () => {
    const before = await roundNow();
    // one of Sara's department (BUF), so the applicant's view can be checked
    const item = items.find((i) => i.initiative.department.code === 'BUF' && i.initiative.requestedAmount <= 500_000 * 4 && i.initiative.id !== grantedByManager)!;
    grantedByDirector = item.initiative.id;
    const current = await initiative(director, item.initiative.id);
    const r = await record(director, { initiativeId: item.initiative.id, initiativeVersion: current.version, outcome: 'GRANTED', grantedAmount: item.initiative.requestedAmount, meetingId: meeting.id });
    expect(r.errors).toBeUndefined();
    const d = r.data!.recordDecision.decision;
    // no split given: the portfolio's split of the requested amount (the calculation's one-off costs)
    expect(d.amountsByYear).toEqual(item.amountsByYear);
    expect(d).toMatchObject({ signatory: 'MUNICIPAL_DIRECTOR', signatoryLabel: 'Kommundirektör', snapshotIntact: true });
    expect(d.fingerprint).toMatch(/^[0-9a-f]{64}$/);

    const after = await roundNow();
    expect(after.commitment.committed).toBe(before.commitment.committed + item.initiative.requestedAmount);
    expect(after.commitment.remaining).toBe(after.budget - after.commitment.committed);
    for (const y of after.commitment.byYear) {
      const was = before.commitment.byYear.find((b) => b.year === y.year)!;
      expect(y.committed).toBe(was.committed + (item.amountsByYear.find((a) => a.year === y.year)?.amount ?? 0));
    }

    // the applicant is told in the application; another department's applicant does not see it at all
    expect((await initiative(applicant, item.initiative.id)).decision).toMatchObject({ id: d.id, outcome: 'GRANTED', registrationNumber: 'KS 2026/200' });
    const other = await otherApplicant.gql<{ initiative: unknown }>(INITIATIVE, { id: item.initiative.id });
    expect(other.errors).toBeUndefined();
    expect(other.data!.initiative).toBeNull();
    const asOffice = await initiative(analyst, item.initiative.id);
    expect(asOffice.status).toBe('GRANTED');
    expect(asOffice.reviewedCalculation).toMatchObject({ frozenByAction: 'GRANT', frozenAt: expect.any(String) });
    expect(asOffice.decision?.id).toBe(d.id);

    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      const stored = await db.query<{ snapshot: unknown; fingerprint: string }>('select snapshot, fingerprint from decision where id = $1', [d.id]);
      const row = stored.rows[0]!;
      expect(verifySnapshot(row.snapshot as never, row.fingerprint)).toBe(true);
      const snap = row.snapshot as { initiativeId: string; calculation: { kind: string } | null; score: { criteriaSetFingerprint: string } | null; scenario: { id: string } | null };
      expect(snap.initiativeId).toBe(item.initiative.id);
      expect(snap.calculation?.kind).toBe('REVIEWED');
      expect(snap.score?.criteriaSetFingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(snap.scenario).not.toBeNull();
      // tampering is detected
      await db.query(`update decision set snapshot = jsonb_set(snapshot, '{decision,grantedAmount}', '1') where id = $1`, [d.id]);
      expect((await initiative(analyst, item.initiative.id)).decision?.snapshotIntact).toBe(false);
      await db.query('update decision set snapshot = $2 where id = $1', [d.id, JSON.stringify(row.snapshot)]);

      const notes = await db.query<{ status: string; subject: string; body: string }>('select status, subject, body from notification where initiative_id = $1', [item.initiative.id]);
      expect(notes.rows).toHaveLength(1);
      expect(notes.rows[0]).toMatchObject({ status: 'NOT_SENT', subject: `Beslut om ansökan: ${item.initiative.title}` });
      expect(notes.rows[0]!.body).toContain('har beviljats 2026-11-20 (diarienummer KS 2026/200)');

      const audited = await db.query<{ n: string }>(`select count(*) as n from audit_event where entity_type = 'DecisionRecord' and entity_id = $1`, [d.id]);
      expect(Number(audited.rows[0]!.n)).toBe(1);
    } finally {
      await db.end();
    }

    const again = await record(director, { initiativeId: item.initiative.id, initiativeVersion: r.data!.recordDecision.version, outcome: 'REJECTED', reason: 'Ändrat beslut' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSITION_REFUSED', reasons: ['WRONG_STATUS'] });
    const stale = await record(director, { initiativeId: item.initiative.id, initiativeVersion: current.version, outcome: 'REJECTED', reason: 'Gammal version' });
    expect(codes(stale)).toEqual(['CONFLICT']);

    const m = await director.gql<{ meeting: Meeting }>(GET_MEETING, { id: meeting.id });
    expect(m.data!.meeting.agenda.find((a) => a.initiative.id === item.initiative.id)?.decision).toMatchObject({ id: d.id, outcome: 'GRANTED' });
  });

  it('returns an initiative to preparation and defers another, each with its reason', async () => {
    const open = items.filter((i) => i.initiative.id !== grantedByDirector && i.initiative.id !== grantedByManager);
    const returned = open[open.length - 1]!;
    const deferred = open[open.length - 2]!;
    const r1 = await record(director, { initiativeId: returned.initiative.id, initiativeVersion: (await initiative(director, returned.initiative.id)).version, outcome: 'RETURNED', reason: 'Nyttokalkylen behöver ses över' });
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.recordDecision).toMatchObject({ status: 'IN_PREPARATION', decision: { outcome: 'RETURNED', reason: 'Nyttokalkylen behöver ses över', grantedAmount: null, amountsByYear: null } });
    const r2 = await record(director, { initiativeId: deferred.initiative.id, initiativeVersion: (await initiative(director, deferred.initiative.id)).version, outcome: 'DEFERRED', reason: 'Inväntar upphandling' });
    expect(r2.errors).toBeUndefined();
    expect(r2.data!.recordDecision.status).toBe('DEFERRED');
    expect((await initiative(director, returned.initiative.id)).mayDecide).toBe(false);
  });
});

describe('the fund cannot be over-committed by concurrent decisions', () => {
  it('lets exactly one of two grants that together exceed a yearly budget pass; the other needs a written reason and is shown as over-committed', async () => {
    const prepared = [];
    for (const i of items) {
      const now = await initiative(director, i.initiative.id);
      if (now.status === 'PREPARED') prepared.push({ ...i, version: now.version });
    }
    const [a, b] = prepared.sort((x, y) => x.initiative.requestedAmount - y.initiative.requestedAmount);
    expect(a && b).toBeTruthy();
    const x = a!.initiative.requestedAmount;
    const r0 = await roundNow();
    const year = r0.year;
    const committed = r0.commitment.byYear.find((y) => y.year === year)!.committed;
    // the round's first year now holds what is committed plus one and a half grants of x
    const capacity = await analyst.gql(CAPACITY, {
      id: r0.id,
      v: r0.version,
      y: r0.yearlyBudgets.map((y) => (y.year === year ? { year, amount: committed + Math.floor(1.5 * x) } : y)),
      s: r0.staffCapacity,
    });
    expect(capacity.errors).toBeUndefined();

    const grant = (item: typeof a) => record(director, { initiativeId: item!.initiative.id, initiativeVersion: item!.version, outcome: 'GRANTED', grantedAmount: x, amountsByYear: [{ year, amount: x }] });
    const results = await Promise.all([grant(a), grant(b)]);
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const ext = refused[0]!.errors![0]!.extensions!;
    expect(ext['code']).toBe('BUDGET_EXCEEDED');
    expect(ext['uses']).toEqual([expect.objectContaining({ kind: 'YEAR', year, grant: x, committed: committed + x, shortfall: x - Math.floor(1.5 * x) + x })]);
    const budgetsAfterOne = await roundNow();
    expect(budgetsAfterOne.commitment.byYear.find((y) => y.year === year)).toMatchObject({ committed: committed + x, remaining: Math.floor(1.5 * x) - x });

    const loser = ok[0]!.data!.recordDecision.id === a!.initiative.id ? b! : a!;
    const short = await record(director, { initiativeId: loser.initiative.id, initiativeVersion: loser.version, outcome: 'GRANTED', grantedAmount: x, amountsByYear: [{ year, amount: x }], overcommitReason: 'kort' });
    expect(fieldReasons(short)).toEqual(['overcommitReason:TOO_SHORT']);
    const over = await record(director, {
      initiativeId: loser.initiative.id,
      initiativeVersion: loser.version,
      outcome: 'GRANTED',
      grantedAmount: x,
      amountsByYear: [{ year, amount: x }],
      overcommitReason: 'Kommunstyrelsen har beslutat om tilläggsanslag till fonden.',
    });
    expect(over.errors).toBeUndefined();
    expect(over.data!.recordDecision.decision).toMatchObject({ overcommitted: true, overcommitReason: 'Kommunstyrelsen har beslutat om tilläggsanslag till fonden.' });
    const final = await roundNow();
    expect(final.commitment.byYear.find((y) => y.year === year)!.remaining).toBe(Math.floor(1.5 * x) - 2 * x);
  });
});

describe('the decision documents and the open data', () => {
  const download = (path: string, cookie?: string) => fetch(`${app.baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const pdfText = async (res: Response) => {
    const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
    try {
      const r = await parser.getText();
      return { total: r.total, text: r.text.replace(/[\s\u00a0\u202f]+/g, ' ') };
    } finally {
      await parser.destroy();
    }
  };

  it('gives the decision basis of the meeting as a PDF with every agenda item, numbered pages and the diarienummer', async () => {
    const res = await download(`/api/meetings/${meeting.id}/beslutsunderlag.pdf`, director.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="beslutsunderlag-2026-11-20-.+\.pdf"$/);
    const { total, text } = await pdfText(res);
    expect(text).toContain('Beslutsunderlag');
    expect(text).toContain('KS 2026/200');
    expect(text).toContain(`Sida ${total} av ${total}`);
    for (const a of meeting.agenda) expect(text).toContain(a.initiative.title.slice(0, 25));
    expect(text).toContain('Budgetgräns');
  });

  it('gives the minutes extract with a paragraph per decision taken at the meeting', async () => {
    const res = await download(`/api/meetings/${meeting.id}/protokollsutdrag.pdf`, analyst.cookie);
    expect(res.status).toBe(200);
    const { text } = await pdfText(res);
    expect(text).toContain('Protokollsutdrag');
    expect(text).toContain('§ 1');
    const m = (await director.gql<{ meeting: Meeting }>(GET_MEETING, { id: meeting.id })).data!.meeting;
    const decided = m.agenda.filter((a) => a.decision);
    expect(decided.length).toBeGreaterThanOrEqual(2);
    for (const a of decided) expect(text).toContain(a.initiative.title.slice(0, 25));
    expect(text).toContain(`§ ${decided.length}`);
    expect(text).not.toContain(`§ ${decided.length + 1} `);
  });

  it('exports the whole portfolio of the round as an Excel workbook and as Swedish CSV', async () => {
    const res = await download(`/api/fund-rounds/${round.id}/portfolio.xlsx`, analyst.cookie);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.getWorksheet('Portfölj')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const titleCol = headers.indexOf('Titel') + 1;
    expect(titleCol).toBeGreaterThan(0);
    const titles = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1) titles.add(String(row.getCell(titleCol).value));
    });
    for (const i of items) expect(titles.has(i.initiative.title)).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    const csv = await download(`/api/fund-rounds/${round.id}/portfolio.csv`, analyst.cookie);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFTitel;Förvaltning;Status;')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const t of titles) expect(text).toContain(t);
  });

  it('refuses the documents to those who do not see the prioritisation, and to the anonymous', async () => {
    expect((await download(`/api/meetings/${meeting.id}/beslutsunderlag.pdf`, applicant.cookie)).status).toBe(403);
    expect((await download(`/api/fund-rounds/${round.id}/portfolio.xlsx`, applicant.cookie)).status).toBe(403);
    expect((await download(`/api/meetings/${meeting.id}/protokollsutdrag.pdf`)).status).toBe(401);
    expect((await download(`/api/meetings/00000000-0000-4000-8000-000000000000/beslutsunderlag.pdf`, director.cookie)).status).toBe(404);
  });

  it('publishes the decided initiatives without sign-in, as JSON and CSV, without personal data', async () => {
    const list = await download('/api/open-data/fund-rounds.json');
    expect(list.status).toBe(200);
    expect(list.headers.get('access-control-allow-origin')).toBe('*');
    const rounds = (await list.json()) as { code: string; granted: number; decidedCount: number }[];
    const mine = rounds.find((r) => r.code === 'DP2027')!;
    expect(mine.decidedCount).toBeGreaterThanOrEqual(3);

    const res = await download('/api/open-data/fund-rounds/DP2027/decisions.json');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { round: { code: string }; decisions: Record<string, unknown>[] };
    expect(body.round.code).toBe('DP2027');
    // the latest decision of each: granted, rejected and deferred; a returned one is back in preparation
    expect(new Set(body.decisions.map((d) => d['outcome']))).toEqual(new Set(['GRANTED', 'DEFERRED']));
    expect(body.decisions.map((d) => d['outcome']).indexOf('DEFERRED')).toBeGreaterThan(body.decisions.map((d) => d['outcome']).lastIndexOf('GRANTED'));
    expect(mine.granted).toBe(body.decisions.reduce((s, d) => s + (d['outcome'] === 'GRANTED' ? (d['grantedAmount'] as number) : 0), 0));
    for (const d of body.decisions) {
      expect(Object.keys(d)).toEqual(['initiativeId', 'title', 'department', 'object', 'outcome', 'grantedAmount', 'amountsByYear', 'expectedEffects', 'status', 'decidedOn', 'registrationNumber']);
    }
    // no names or e-mail addresses of applicants, contacts or decision makers
    const raw = JSON.stringify(body);
    const people = await analyst.gql<{ initiatives: { edges: { node: { contactName: string | null; contactEmail: string | null } }[] } }>(
      '{ initiatives(first: 100) { edges { node { contactName contactEmail } } } }',
    );
    expect(people.errors).toBeUndefined();
    const personal = [
      'Karin Kommundirektör',
      'Dan Digitaliseringschef',
      '@demo.example',
      ...people.data!.initiatives.edges.flatMap(({ node: n }) => [n.contactName, n.contactEmail]).filter((v): v is string => Boolean(v)),
    ];
    for (const p of personal) expect(raw).not.toContain(p);
    expect(raw).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);

    const csv = await download('/api/open-data/fund-rounds/DP2027/decisions.csv');
    expect(csv.status).toBe(200);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await csv.arrayBuffer()));
    expect(text.startsWith('\uFEFFInitiativ-id;Titel;Förvaltning;Förvaltningsobjekt;Beslut;Beviljat belopp (kr)')).toBe(true);
    expect(text.split('\r\n').filter((l) => l.length > 0)).toHaveLength(body.decisions.length + 1);
    for (const p of personal) expect(text).not.toContain(p);
    expect((await download('/api/open-data/fund-rounds/NOPE/decisions.json')).status).toBe(404);
  });
});

describe('the delegation order', () => {
  it('is set by administrators only, validated by the domain and versioned', async () => {
    const r0 = await roundNow(admin);
    expect(r0.delegation).toEqual([
      { upTo: 500_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' },
      { upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' },
    ]);
    const rules = [
      { upTo: 300_000, signatory: 'DIGITALISATION_MANAGER', label: 'Digitaliseringschef' },
      { upTo: null, signatory: 'MUNICIPAL_DIRECTOR', label: 'Kommundirektör' },
    ];
    expect(codes(await director.gql(DELEGATION, { id: r0.id, v: r0.version, r: rules }))).toEqual(['FORBIDDEN']);
    const invalid = await admin.gql(DELEGATION, { id: r0.id, v: r0.version, r: [{ upTo: 300_000, signatory: 'A' }, { upTo: 200_000, signatory: 'B' }] });
    expect(codes(invalid).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    expect(fieldReasons(invalid).length).toBeGreaterThan(0);
    const ok = await admin.gql<{ updateDelegation: { version: number; delegation: unknown[] } }>(DELEGATION, { id: r0.id, v: r0.version, r: rules });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateDelegation).toMatchObject({ version: r0.version + 1, delegation: rules });
    expect(codes(await admin.gql(DELEGATION, { id: r0.id, v: r0.version, r: rules }))).toEqual(['CONFLICT']);
  });
});

describe('e-mail to the applicant', () => {
  it('sends the decision to the application’s contact when SMTP is configured', async () => {
    const received: { to: string; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.server.address() as AddressInfo).port;
    const mailApp = await startTestApp({ mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Digitaliseringsfonden <fonden@kommun.example>' } });
    try {
      const decider = await mailApp.login('kommundirektor@demo.example');
      const office = await mailApp.login('portfoljkontor@demo.example');
      const rounds = await office.gql<{ fundRounds: Round[] }>(ROUND);
      const r = rounds.data!.fundRounds.find((f) => f.code === 'DP2027')!;
      const list = await office.gql<{ portfolio: { items: Item[] } }>(PORTFOLIO, { id: r.id });
      const item = list.data!.portfolio.items[0]!;
      const c = await decider.gql<{ initiative: { contactEmail: string | null } }>(`query($id: ID!) { initiative(id: $id) { contactEmail } }`, { id: item.initiative.id });
      const contact = c.data!.initiative.contactEmail;
      expect(contact).toBeTruthy();
      const d = await decider.gql(RECORD, { i: { initiativeId: item.initiative.id, initiativeVersion: item.initiative.version, outcome: 'REJECTED', reason: 'Nyttan är inte visad', decidedOn: '2026-11-20', registrationNumber: 'KS 2026/300' } });
      expect(d.errors).toBeUndefined();
      // sent after the commit, in the background
      await poll(() => received.length).toBe(1);
      expect(received[0]!.to).toBe(contact);
      expect(received[0]!.data).toContain('KS 2026/300');
      const db = new pg.Client({ connectionString: mailApp.databaseUrl });
      await db.connect();
      try {
        const status = async () => (await db.query<{ status: string; sent_at: Date | null }>('select status, sent_at from notification where initiative_id = $1', [item.initiative.id])).rows[0];
        await poll(status).toMatchObject({ status: 'SENT', sent_at: expect.any(Date) });
      } finally {
        await db.end();
      }
    } finally {
      await mailApp.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('records a failed delivery on the message and keeps the decision', async () => {
    // a port where nothing listens: the connection is refused
    const probe = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const port = (probe.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const mailApp = await startTestApp({ mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Digitaliseringsfonden <fonden@kommun.example>' } });
    try {
      const decider = await mailApp.login('kommundirektor@demo.example');
      const office = await mailApp.login('portfoljkontor@demo.example');
      const r = (await office.gql<{ fundRounds: Round[] }>(ROUND)).data!.fundRounds.find((f) => f.code === 'DP2027')!;
      const item = (await office.gql<{ portfolio: { items: Item[] } }>(PORTFOLIO, { id: r.id })).data!.portfolio.items[1]!;
      const d = await decider.gql<{ recordDecision: { status: string } }>(RECORD, {
        i: { initiativeId: item.initiative.id, initiativeVersion: item.initiative.version, outcome: 'DEFERRED', reason: 'Inväntar upphandling', decidedOn: '2026-11-20', registrationNumber: 'KS 2026/301' },
      });
      expect(d.errors).toBeUndefined();
      expect(d.data!.recordDecision.status).toBe('DEFERRED');
      const db = new pg.Client({ connectionString: mailApp.databaseUrl });
      await db.connect();
      try {
        const row = async () => (await db.query<{ status: string; error: string | null }>('select status, error from notification where initiative_id = $1', [item.initiative.id])).rows[0];
        await poll(row).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/ECONNREFUSED|connect/i) });
        const decided = await db.query<{ n: string }>('select count(*) as n from decision where initiative_id = $1', [item.initiative.id]);
        expect(Number(decided.rows[0]!.n)).toBe(1);
      } finally {
        await db.end();
      }
    } finally {
      await mailApp.close();
    }
  });

  it('tries a failed message again with a growing wait, and sends one the process never got to', async () => {
    const received: string[] = [];
    let refuse = 2;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
        stream.on('end', () => {
          if (refuse > 0) {
            refuse -= 1;
            callback(new Error('451 Försök igen senare'));
            return;
          }
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.server.address() as AddressInfo).port;
    const mailApp = await startTestApp({ mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Digitaliseringsfonden <fonden@kommun.example>', retryIntervalMs: 100, retryBaseMs: 200 } });
    const db = new pg.Client({ connectionString: mailApp.databaseUrl });
    await db.connect();
    try {
      const decider = await mailApp.login('kommundirektor@demo.example');
      const office = await mailApp.login('portfoljkontor@demo.example');
      const r = (await office.gql<{ fundRounds: Round[] }>(ROUND)).data!.fundRounds.find((f) => f.code === 'DP2027')!;
      const item = (await office.gql<{ portfolio: { items: Item[] } }>(PORTFOLIO, { id: r.id })).data!.portfolio.items[2]!;
      const d = await decider.gql(RECORD, {
        i: { initiativeId: item.initiative.id, initiativeVersion: item.initiative.version, outcome: 'DEFERRED', reason: 'Inväntar upphandling', decidedOn: '2026-11-20', registrationNumber: 'KS 2026/302' },
      });
      expect(d.errors).toBeUndefined();
      const row = async (initiativeId: string) =>
        (await db.query<{ status: string; attempts: number; error: string | null }>('select status, attempts, error from notification where initiative_id = $1', [initiativeId])).rows[0];
      // refused twice (451), sent on the third attempt by the sweep
      await poll(() => row(item.initiative.id)).toMatchObject({ status: 'SENT', attempts: 3, error: null });
      expect(received).toHaveLength(1);
      expect(received[0]).toContain('KS 2026/302');

      // a message queued by a decision whose process stopped before sending it
      const other = (await office.gql<{ portfolio: { items: Item[] } }>(PORTFOLIO, { id: r.id })).data!.portfolio.items[3]!;
      await db.query(
        `insert into notification (id, created_at, updated_at, initiative_id, recipient, subject, body, status) values (gen_random_uuid(), now(), now(), $1, 'kontakt@kommun.example', 'Beslut om ansökan', 'Ansökan har bordlagts (diarienummer KS 2026/303).', 'PENDING')`,
        [other.initiative.id],
      );
      await poll(() => row(other.initiative.id)).toMatchObject({ status: 'SENT', attempts: 1 });
      expect(received).toHaveLength(2);
      expect(received[1]).toContain('KS 2026/303');
    } finally {
      await db.end();
      await mailApp.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
