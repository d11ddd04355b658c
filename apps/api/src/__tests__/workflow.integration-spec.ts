import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Session, type TestApp } from '../testing/test-app.js';

const TRANSITION = `mutation($id: ID!, $v: Int!, $a: WorkflowAction!, $r: String) {
  transitionInitiative(id: $id, version: $v, action: $a, reason: $r) { status version anchoredAt }
}`;
const DETAIL = `query($id: ID!) { initiative(id: $id) {
  status version anchoredAt
  availableActions { action to allowed reasons }
  statusHistory { status enteredAt leftAt actorName reason }
  history { operation actorName changes { field before after } }
} }`;

interface Detail {
  status: string;
  version: number;
  anchoredAt: string | null;
  availableActions: { action: string; to: string; allowed: boolean; reasons: string[] }[];
  statusHistory: { status: string; enteredAt: string; leftAt: string | null; actorName: string | null; reason: string | null }[];
  history: { operation: string; actorName: string | null; changes: { field: string; before: string | null; after: string | null }[] }[];
}

let app: TestApp;
let applicant: Session;
let head: Session;
let analyst: Session;
let id: string;

async function detail(s: Session): Promise<Detail> {
  const r = await s.gql<{ initiative: Detail }>(DETAIL, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.initiative;
}

async function step(s: Session, action: string, reason?: string) {
  const { version } = await detail(analyst);
  return s.gql<{ transitionInitiative: { status: string; version: number; anchoredAt: string | null } }>(TRANSITION, { id, v: version, a: action, r: reason });
}

beforeAll(async () => {
  app = await startTestApp({ demo: true });
  applicant = await app.login('sokande@demo.example');
  head = await app.login('forvaltningschef@demo.example');
  analyst = await app.login('portfoljkontor@demo.example');
  const ref = await app.gql<{ departments: { id: string; code: string }[]; goalAreas: { id: string }[]; fundRounds: { id: string; code: string }[] }>(
    '{ departments { id code } goalAreas { id } fundRounds { id code } }',
  );
  const created = await applicant.gql<{ createInitiative: { id: string } }>('mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }', {
    i: {
      title: 'Digital läxhjälp',
      description: 'Elever får läxhjälp på distans på kvällstid.',
      departmentId: ref.data!.departments.find((d) => d.code === 'BUF')!.id,
      fundRoundId: ref.data!.fundRounds.find((r) => r.code === 'DP2027')!.id,
      goalAreaIds: [ref.data!.goalAreas[0]!.id],
      requestedAmount: 300_000,
    },
  });
  id = created.data!.createInitiative.id;
  expect(created.errors).toBeUndefined();
  // a draft with only the first fields cannot go to anchoring yet
  const early = await applicant.gql<{ initiative: { missingMandatoryFields: string[] } }>('query($id: ID!) { initiative(id: $id) { missingMandatoryFields } }', { id });
  expect(early.data!.initiative.missingMandatoryFields).toEqual([
    'contactName', 'contactEmail', 'currentSituation', 'problem', 'desiredSituation', 'expectedEffects', 'plannedStart', 'plannedEnd', 'handlesPersonalData',
  ]);
  const refused = await applicant.gql(TRANSITION, { id, v: 1, a: 'REQUEST_ANCHORING' });
  expect(refused.errors?.[0]?.extensions).toEqual({ code: 'TRANSITION_REFUSED', action: 'REQUEST_ANCHORING', reasons: ['MANDATORY_FIELDS_MISSING'] });
  // the applicant completes the application (autosaved drafts send only what changed)
  const filled = await applicant.gql('mutation($id: ID!, $i: UpdateInitiativeInput!) { updateInitiative(id: $id, version: 1, input: $i) { version } }', {
    id,
    i: {
      contactName: 'Sara Sökande',
      contactEmail: 'sara.sokande@demo.example',
      currentSituation: 'Läxhjälp finns bara på skoltid.',
      problem: 'Elever som behöver stöd på kvällen får inget.',
      desiredSituation: 'Läxhjälp på distans fyra kvällar i veckan.',
      expectedEffects: 'Fler elever med godkända betyg i årskurs 9.',
      plannedStart: '2027-01-15',
      plannedEnd: '2027-12-20',
      handlesPersonalData: true,
      coFinancing: 50_000,
    },
  });
  expect(filled.errors).toBeUndefined();
  id = created.data!.createInitiative.id;
  expect(created.errors).toBeUndefined();
});

afterAll(async () => {
  await app?.close();
});

describe('the road from draft to prepared, through GraphQL', () => {
  it('offers each user only the steps they may take, with reasons for the others', async () => {
    const forApplicant = await detail(applicant);
    expect(forApplicant.status).toBe('DRAFT');
    expect(forApplicant.availableActions).toEqual([
      { action: 'REQUEST_ANCHORING', to: 'AWAITING_ANCHORING', allowed: true, reasons: [] },
      { action: 'WITHDRAW', to: 'WITHDRAWN', allowed: true, reasons: [] },
    ]);
    expect((await detail(analyst)).availableActions.every((a) => !a.allowed && a.reasons.includes('ROLE_REQUIRED'))).toBe(true);
  });

  it('goes draft → anchoring → submitted → preparation → completion → preparation → prepared', async () => {
    expect((await step(applicant, 'REQUEST_ANCHORING')).data?.transitionInitiative.status).toBe('AWAITING_ANCHORING');

    const refused = await step(applicant, 'ANCHOR');
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'TRANSITION_REFUSED', action: 'ANCHOR', reasons: ['ROLE_REQUIRED'] });

    const anchored = await step(head, 'ANCHOR');
    expect(anchored.data?.transitionInitiative.status).toBe('SUBMITTED');
    expect(anchored.data?.transitionInitiative.anchoredAt).toEqual(expect.any(String));

    expect((await step(analyst, 'START_PREPARATION')).data?.transitionInitiative.status).toBe('IN_PREPARATION');

    // the department no longer edits while the portfolio office prepares
    const { version } = await detail(analyst);
    const edit = await applicant.gql('mutation($id: ID!, $v: Int!) { updateInitiative(id: $id, version: $v, input: { title: "Ändrad under beredning" }) { id } }', { id, v: version });
    expect(edit.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_EDITABLE' });

    const noReason = await step(analyst, 'REQUEST_COMPLETION');
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSITION_REFUSED', reasons: ['REASON_REQUIRED'] });
    expect((await step(analyst, 'REQUEST_COMPLETION', 'Beskriv hur många elever som berörs.')).data?.transitionInitiative.status).toBe('AWAITING_COMPLETION');

    // the applicant completes the application, then sends it back
    const v2 = (await detail(applicant)).version;
    const completed = await applicant.gql(
      'mutation($id: ID!, $v: Int!) { updateInitiative(id: $id, version: $v, input: { description: "Cirka 400 elever i årskurs 7–9 får läxhjälp på distans.", confidentialityLevel: 2, integrityLevel: 2, availabilityLevel: 1, dpiaStatus: DONE }) { id } }',
      { id, v: v2 },
    );
    expect(completed.errors).toBeUndefined();
    expect((await step(applicant, 'COMPLETE')).data?.transitionInitiative.status).toBe('IN_PREPARATION');
    // the personal-data rule is met now (K/R/T levels and a finished DPIA were given with the completion),
    // but there is no benefit realisation plan yet
    expect((await step(analyst, 'MARK_PREPARED')).errors?.[0]?.extensions).toEqual({
      code: 'TRANSITION_REFUSED',
      action: 'MARK_PREPARED',
      reasons: ['REALISATION_PLAN_INCOMPLETE'],
    });
    // the office writes its reviewed calculation with a plan for the benefit
    const reviewed = await analyst.gql(
      'mutation($id: ID!, $s: CalculationSheetInput!) { saveBenefitCalculation(initiativeId: $id, kind: REVIEWED, sheet: $s) { realisationPlanGaps } }',
      {
        id,
        s: {
          costs: [{ id: 'k1', label: 'Licens för läxhjälpstjänst', type: 'RUNNING', unit: 'KRONOR', amounts: [{ year: 2027, amount: 300_000 }] }],
          benefits: [
            {
              id: 'n1',
              label: 'Fler elever med godkända betyg',
              category: 'QUALITY',
              monetised: false,
              confidence: 'RED',
              unit: 'KRONOR',
              amounts: [],
              plan: {
                owner: 'Rektor',
                indicator: 'Andel elever i årskurs 9 med godkänt i alla ämnen',
                method: 'Betygsstatistik per termin',
                unit: '%',
                baselineValue: 74,
                baselineDate: '2026-06-30',
                targetValue: 80,
                targetDate: '2028-06-30',
                followUpDates: ['2027-06-30', '2028-06-30'],
              },
            },
          ],
        },
      },
    );
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data).toEqual({ saveBenefitCalculation: { realisationPlanGaps: [] } });
    expect((await step(analyst, 'MARK_PREPARED')).data?.transitionInitiative.status).toBe('PREPARED');
  });

  it('keeps the time in every state, who moved it and why', async () => {
    const d = await detail(analyst);
    expect(d.statusHistory.map((s) => [s.status, s.actorName, s.reason])).toEqual([
      ['DRAFT', 'Sara Sökande', null],
      ['AWAITING_ANCHORING', 'Sara Sökande', null],
      ['SUBMITTED', 'Frida Förvaltningschef', null],
      ['IN_PREPARATION', 'Per Portföljkontor', null],
      ['AWAITING_COMPLETION', 'Per Portföljkontor', 'Beskriv hur många elever som berörs.'],
      ['IN_PREPARATION', 'Sara Sökande', null],
      ['PREPARED', 'Per Portföljkontor', null],
    ]);
    expect(d.statusHistory.slice(0, -1).every((s) => s.leftAt !== null)).toBe(true);
    expect(d.statusHistory.at(-1)!.leftAt).toBeNull();
  });

  it('records every status change in the audit log with before and after', async () => {
    const d = await detail(analyst);
    const statusChanges = d.history.flatMap((h) => h.changes.filter((c) => c.field === 'status').map((c) => [h.actorName, c.before, c.after]));
    expect(statusChanges).toEqual([
      ['Sara Sökande', null, '"DRAFT"'],
      ['Sara Sökande', '"DRAFT"', '"AWAITING_ANCHORING"'],
      ['Frida Förvaltningschef', '"AWAITING_ANCHORING"', '"SUBMITTED"'],
      ['Per Portföljkontor', '"SUBMITTED"', '"IN_PREPARATION"'],
      ['Per Portföljkontor', '"IN_PREPARATION"', '"AWAITING_COMPLETION"'],
      ['Sara Sökande', '"AWAITING_COMPLETION"', '"IN_PREPARATION"'],
      ['Per Portföljkontor', '"IN_PREPARATION"', '"PREPARED"'],
    ]);
  });

  it('keeps comments in the timeline; auditors read but do not comment', async () => {
    const ADD = 'mutation($id: ID!, $t: String!) { addComment(initiativeId: $id, text: $t) { authorName text createdAt } }';
    expect((await head.gql(ADD, { id, t: '  Förankrad i förvaltningens ledningsgrupp.  ' })).errors).toBeUndefined();
    const mg = await app.login('ledningsgrupp@demo.example');
    expect((await mg.gql(ADD, { id, t: 'Hur hänger detta ihop med lärplattformen?' })).errors).toBeUndefined();
    const auditor = await app.login('revisor@demo.example');
    expect((await auditor.gql(ADD, { id, t: 'Revisorn får inte skriva.' })).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    const other = await app.login('sokande.soc@demo.example');
    expect((await other.gql(ADD, { id, t: 'Fel förvaltning.' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await head.gql(ADD, { id, t: '   ' })).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'text', reason: 'REQUIRED' });
    const r = await applicant.gql<{ initiative: { comments: { authorName: string; text: string }[] } }>('query($id: ID!) { initiative(id: $id) { comments { authorName text } } }', { id });
    expect(r.data!.initiative.comments).toEqual([
      { authorName: 'Frida Förvaltningschef', text: 'Förankrad i förvaltningens ledningsgrupp.' },
      { authorName: 'Lena Ledningsgrupp', text: 'Hur hänger detta ihop med lärplattformen?' },
    ]);
  });

  it('refuses a step on a stale version', async () => {
    const r = await analyst.gql(TRANSITION, { id, v: 1, a: 'RESUME_DEFERRED' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });
});
