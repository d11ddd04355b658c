import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  ACTIONS,
  OPEN_STATUSES,
  REASON_REQUIRED_ACTIONS,
  STATUSES,
  TERMINAL_STATUSES,
  TRANSITIONS,
  availableActions,
  decide,
  reachableStatuses,
  type Action,
  type InitiativeSnapshot,
  type Status,
} from './workflow.js';
import { ROLES, type Actor, type Role } from './roles.js';

const DEPT = 'dept-a';
const OTHER = 'dept-b';

function actor(role: Role, departmentId: string | null = DEPT): Actor {
  return { userId: `${role}-${departmentId}`, roles: [{ role, departmentId }] };
}
const applicant = actor('APPLICANT');
const head = actor('DEPARTMENT_HEAD');
const analyst = actor('PORTFOLIO_ANALYST', null);
const decider = actor('DECISION_MAKER', null);

function snapshot(overrides: Partial<InitiativeSnapshot> = {}): InitiativeSnapshot {
  return {
    status: 'DRAFT',
    departmentId: DEPT,
    missingMandatoryFields: [],
    anchoredAt: null,
    handlesPersonalData: false,
    informationClassified: false,
    dpiaSettled: false,
    realisationPlanComplete: true,
    ...overrides,
  };
}

describe('the happy path of an application', () => {
  it('goes from draft to followed up with the right people acting', () => {
    let i = snapshot();
    const step = (action: Action, who: Actor, reason?: string) => {
      const d = decide(i, action, who, { reason });
      expect(d).toMatchObject({ ok: true });
      if (d.ok) i = { ...i, status: d.to, anchoredAt: action === 'ANCHOR' ? '2026-11-20T10:00:00Z' : i.anchoredAt };
      return i.status;
    };
    expect(step('REQUEST_ANCHORING', applicant)).toBe('AWAITING_ANCHORING');
    expect(step('ANCHOR', head)).toBe('SUBMITTED');
    expect(step('START_PREPARATION', analyst)).toBe('IN_PREPARATION');
    expect(step('REQUEST_COMPLETION', analyst, 'Beskriv nuläget tydligare.')).toBe('AWAITING_COMPLETION');
    expect(step('COMPLETE', applicant)).toBe('IN_PREPARATION');
    expect(step('MARK_PREPARED', analyst)).toBe('PREPARED');
    expect(step('GRANT', decider)).toBe('GRANTED');
    expect(step('START_DELIVERY', applicant)).toBe('IN_PROGRESS');
    expect(step('MARK_COMPLETED', applicant)).toBe('COMPLETED');
    expect(step('MARK_FOLLOWED_UP', analyst)).toBe('FOLLOWED_UP');
  });
});

describe('refusals name their reasons', () => {
  it('refuses an action from the wrong status alone', () => {
    expect(decide(snapshot(), 'GRANT', decider)).toEqual({ ok: false, reasons: ['WRONG_STATUS'] });
  });

  it('refuses a missing role and another department differently', () => {
    const awaiting = snapshot({ status: 'AWAITING_ANCHORING' });
    expect(decide(awaiting, 'ANCHOR', applicant)).toEqual({ ok: false, reasons: ['ROLE_REQUIRED'] });
    expect(decide(awaiting, 'ANCHOR', actor('DEPARTMENT_HEAD', OTHER))).toEqual({ ok: false, reasons: ['OTHER_DEPARTMENT'] });
    expect(decide(snapshot(), 'REQUEST_ANCHORING', actor('APPLICANT', OTHER))).toEqual({ ok: false, reasons: ['OTHER_DEPARTMENT'] });
  });

  it('requires the mandatory fields before anchoring and preparation', () => {
    const incomplete = snapshot({ missingMandatoryFields: ['currentSituation'] });
    expect(decide(incomplete, 'REQUEST_ANCHORING', applicant)).toEqual({ ok: false, reasons: ['MANDATORY_FIELDS_MISSING'] });
    expect(decide({ ...incomplete, status: 'IN_PREPARATION', anchoredAt: 'x' }, 'MARK_PREPARED', analyst)).toEqual({
      ok: false,
      reasons: ['MANDATORY_FIELDS_MISSING'],
    });
  });

  it('requires a reason to reject, defer, withdraw, decline or request completion', () => {
    const prepared = snapshot({ status: 'PREPARED', anchoredAt: 'x' });
    expect(decide(prepared, 'REJECT', decider)).toEqual({ ok: false, reasons: ['REASON_REQUIRED'] });
    expect(decide(prepared, 'REJECT', decider, { reason: '  ' })).toEqual({ ok: false, reasons: ['REASON_REQUIRED'] });
    expect(decide(prepared, 'DEFER', decider, { reason: 'Inväntar upphandling' })).toEqual({ ok: true, to: 'DEFERRED' });
    expect(decide(snapshot(), 'WITHDRAW', applicant)).toEqual({ ok: false, reasons: ['REASON_REQUIRED'] });
  });

  it('returns a prepared initiative to preparation (återremiss) only by the decision maker, with a reason', () => {
    const prepared = snapshot({ status: 'PREPARED', anchoredAt: 'x' });
    expect(decide(prepared, 'RETURN', decider)).toEqual({ ok: false, reasons: ['REASON_REQUIRED'] });
    expect(decide(prepared, 'RETURN', decider, { reason: 'Kalkylen behöver ses över' })).toEqual({ ok: true, to: 'IN_PREPARATION' });
    expect(decide(prepared, 'RETURN', analyst, { reason: 'Kalkylen behöver ses över' })).toEqual({ ok: false, reasons: ['ROLE_REQUIRED'] });
    expect(decide(snapshot({ status: 'IN_PREPARATION', anchoredAt: 'x' }), 'RETURN', decider, { reason: 'x' })).toEqual({ ok: false, reasons: ['WRONG_STATUS'] });
  });

  it('marks personal-data initiatives prepared only when assessed (else the office asks for completion)', () => {
    const base = snapshot({ status: 'IN_PREPARATION', anchoredAt: 'x', handlesPersonalData: true });
    expect(decide(base, 'MARK_PREPARED', analyst)).toEqual({ ok: false, reasons: ['PERSONAL_DATA_UNASSESSED'] });
    expect(decide({ ...base, informationClassified: true, dpiaSettled: true }, 'MARK_PREPARED', analyst)).toEqual({ ok: true, to: 'PREPARED' });
  });

  it('marks an initiative prepared only with a complete benefit realisation plan', () => {
    const base = snapshot({ status: 'IN_PREPARATION', anchoredAt: 'x', realisationPlanComplete: false });
    expect(decide(base, 'MARK_PREPARED', analyst)).toEqual({ ok: false, reasons: ['REALISATION_PLAN_INCOMPLETE'] });
    expect(availableActions(base, analyst).find((a) => a.action === 'MARK_PREPARED')).toMatchObject({ allowed: false, reasons: ['REALISATION_PLAN_INCOMPLETE'] });
    expect(decide({ ...base, realisationPlanComplete: true }, 'MARK_PREPARED', analyst)).toEqual({ ok: true, to: 'PREPARED' });
    // the plan is not asked for by the other steps
    expect(decide(snapshot({ status: 'SUBMITTED', anchoredAt: 'x', realisationPlanComplete: false }), 'START_PREPARATION', analyst)).toEqual({ ok: true, to: 'IN_PREPARATION' });
  });

  it('grants personal-data initiatives only with classification and DPIA settled', () => {
    const base = snapshot({ status: 'PREPARED', anchoredAt: 'x', handlesPersonalData: true });
    expect(decide(base, 'GRANT', decider)).toEqual({ ok: false, reasons: ['PERSONAL_DATA_UNASSESSED'] });
    expect(decide({ ...base, informationClassified: true }, 'GRANT', decider)).toEqual({ ok: false, reasons: ['PERSONAL_DATA_UNASSESSED'] });
    expect(decide({ ...base, informationClassified: true, dpiaSettled: true }, 'GRANT', decider)).toEqual({ ok: true, to: 'GRANTED' });
  });

  it('collects every reason at once', () => {
    const prepared = snapshot({ status: 'PREPARED', handlesPersonalData: true });
    expect(decide(prepared, 'GRANT', applicant)).toEqual({ ok: false, reasons: ['ROLE_REQUIRED', 'NOT_ANCHORED', 'PERSONAL_DATA_UNASSESSED'] });
  });
});

describe('availableActions', () => {
  it('lists what applies now, with why the others are unavailable', () => {
    const list = availableActions(snapshot({ status: 'AWAITING_ANCHORING' }), applicant);
    expect(list.map((a) => [a.action, a.allowed])).toEqual([
      ['DECLINE_ANCHORING', false],
      ['ANCHOR', false],
      ['WITHDRAW', true],
    ]);
    expect(list.find((a) => a.action === 'ANCHOR')?.reasons).toEqual(['ROLE_REQUIRED']);
  });

  it('offers nothing in a terminal state', () => {
    for (const s of TERMINAL_STATUSES) {
      for (const role of ROLES) expect(availableActions(snapshot({ status: s }), actor(role))).toEqual([]);
    }
  });

  it('never lets an auditor, a management group member or an object owner move anything', () => {
    for (const status of STATUSES) {
      for (const role of ['AUDITOR', 'MANAGEMENT_GROUP', 'OBJECT_OWNER', 'ADMINISTRATOR'] as const) {
        const allowed = availableActions(snapshot({ status, anchoredAt: 'x' }), actor(role)).filter((a) => a.allowed);
        expect(allowed).toEqual([]);
      }
    }
  });
});

describe('REASON_REQUIRED_ACTIONS', () => {
  it('lists the actions whose precondition is a written reason', () => {
    expect([...REASON_REQUIRED_ACTIONS].sort()).toEqual(['DECLINE_ANCHORING', 'DEFER', 'REJECT', 'REQUEST_COMPLETION', 'RETURN', 'WITHDRAW']);
  });
});

describe('the process graph', () => {
  it('reaches every state from a draft', () => {
    expect([...reachableStatuses()].sort()).toEqual([...STATUSES].sort());
  });

  it('lets every open state be withdrawn and no closed one', () => {
    const withdraw = TRANSITIONS.find((t) => t.action === 'WITHDRAW');
    expect(withdraw?.from).toEqual(OPEN_STATUSES);
    for (const s of ['GRANTED', 'IN_PROGRESS', 'COMPLETED', ...TERMINAL_STATUSES] as Status[]) expect(withdraw?.from).not.toContain(s);
  });
});

// ---------- properties ----------

const arbActor: fc.Arbitrary<Actor> = fc
  .array(fc.record({ role: fc.constantFrom(...ROLES), departmentId: fc.constantFrom<string | null>(DEPT, OTHER, null) }), { minLength: 0, maxLength: 3 })
  .map((roles) => ({ userId: 'u', roles }));

const arbStep = fc.record({
  action: fc.constantFrom(...ACTIONS),
  actor: arbActor,
  reason: fc.option(fc.constantFrom('', '  ', 'Skäl'), { nil: undefined }),
  fillFields: fc.boolean(),
  assessPersonalData: fc.boolean(),
  completePlan: fc.boolean(),
});

describe('properties: no sequence of actions breaks the rules', () => {
  it('only allowed transitions happen, and each one keeps the invariants', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(arbStep, { maxLength: 40 }), (personal, steps) => {
        let i = snapshot({ handlesPersonalData: personal, missingMandatoryFields: ['title'], realisationPlanComplete: false });
        for (const s of steps) {
          // between actions the applicant may fill in the form or the office may assess personal data
          if (s.fillFields) i = { ...i, missingMandatoryFields: [] };
          if (s.assessPersonalData) i = { ...i, informationClassified: true, dpiaSettled: true };
          if (s.completePlan) i = { ...i, realisationPlanComplete: true };
          const before = i;
          const d = decide(i, s.action, s.actor, { reason: s.reason });
          if (!d.ok) {
            expect(d.reasons.length).toBeGreaterThan(0);
            continue;
          }
          const rule = TRANSITIONS.find((t) => t.action === s.action)!;
          // the state moved along an edge of the graph
          expect(rule.from).toContain(before.status);
          expect(d.to).toBe(rule.to);
          // someone with the right role (in the initiative's department when scoped) acted
          expect(
            rule.roles.some((r) =>
              s.actor.roles.some((g) => g.role === r && (!['APPLICANT', 'DEPARTMENT_HEAD'].includes(r) || g.departmentId === DEPT)),
            ),
          ).toBe(true);
          // terminal states are never left
          expect(TERMINAL_STATUSES).not.toContain(before.status);
          // submission needs the department head and complete fields
          if (d.to === 'SUBMITTED') {
            expect(s.action).toBe('ANCHOR');
            expect(before.missingMandatoryFields).toEqual([]);
          }
          // a grant needs anchoring and, with personal data, classification and DPIA
          if (d.to === 'GRANTED') {
            expect(before.anchoredAt).not.toBeNull();
            if (before.handlesPersonalData) expect(before.informationClassified && before.dpiaSettled).toBe(true);
          }
          // prepared by the office needs a complete benefit realisation plan
          if (s.action === 'MARK_PREPARED') expect(before.realisationPlanComplete).toBe(true);
          // refusals that need a reason were given one
          if (['REJECTED', 'DEFERRED', 'WITHDRAWN', 'AWAITING_COMPLETION'].includes(d.to)) expect(s.reason?.trim()).toBeTruthy();
          i = { ...i, status: d.to, anchoredAt: s.action === 'ANCHOR' ? '2026-11-20T10:00:00Z' : i.anchoredAt };
        }
        expect(reachableStatuses().has(i.status)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('decide and availableActions agree', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), arbActor, fc.boolean(), (status, who, anchored) => {
        const i = snapshot({ status, anchoredAt: anchored ? 'x' : null });
        for (const a of availableActions(i, who)) {
          expect(decide(i, a.action, who, { reason: 'skäl' }).ok).toBe(a.allowed);
        }
        const listed = new Set(availableActions(i, who).map((a) => a.action));
        for (const action of ACTIONS) {
          if (!listed.has(action)) expect(decide(i, action, who, { reason: 'skäl' })).toEqual({ ok: false, reasons: ['WRONG_STATUS'] });
        }
      }),
      { numRuns: 300 },
    );
  });
});
