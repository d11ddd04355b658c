import { describe, expect, it } from '@jest/globals';
import {
  ASSESSMENT_STATUSES,
  canAssess,
  canComment,
  canCreate,
  canEdit,
  canEditCalculation,
  canManageCriteria,
  canManageDelegation,
  canManageMeetings,
  canManageScenarios,
  canRecordDecisions,
  canReviewEligibility,
  canSetCalculationParameters,
  canView,
  canViewPrioritisation,
  REVIEW_STATUSES,
  visibility,
} from './access.js';
import { STATUSES } from './workflow.js';
import { ROLES, type Actor, type Role } from './roles.js';

const actor = (role: Role, departmentId: string | null = 'A'): Actor => ({ userId: 'u', roles: [{ role, departmentId }] });

describe('visibility', () => {
  it('lets portfolio-wide roles see everything and departments their own', () => {
    for (const role of ['PORTFOLIO_ANALYST', 'MANAGEMENT_GROUP', 'DECISION_MAKER', 'OBJECT_OWNER', 'AUDITOR', 'ADMINISTRATOR'] as const) {
      expect(visibility(actor(role, null))).toEqual({ all: true, departmentIds: [] });
    }
    expect(visibility(actor('APPLICANT'))).toEqual({ all: false, departmentIds: ['A'] });
    expect(visibility({ userId: 'u', roles: [] })).toEqual({ all: false, departmentIds: [] });
    expect(canView(actor('DEPARTMENT_HEAD'), { departmentId: 'B' })).toBe(false);
    expect(canView(actor('DEPARTMENT_HEAD'), { departmentId: 'A' })).toBe(true);
  });
});

describe('canCreate and canEdit', () => {
  it('lets only the own department’s applicants create', () => {
    const results = ROLES.map((r) => [r, canCreate(actor(r), 'A').ok]);
    expect(results.filter(([, ok]) => ok).map(([r]) => r)).toEqual(['APPLICANT']);
    expect(canCreate(actor('APPLICANT'), 'B')).toEqual({ ok: false, reason: 'OTHER_DEPARTMENT' });
    expect(canCreate(actor('AUDITOR', null), 'A')).toEqual({ ok: false, reason: 'ROLE_REQUIRED' });
  });

  it('lets the department edit while the application is with it', () => {
    expect(canEdit(actor('APPLICANT'), { departmentId: 'A', status: 'DRAFT' })).toEqual({ ok: true });
    expect(canEdit(actor('DEPARTMENT_HEAD'), { departmentId: 'A', status: 'AWAITING_COMPLETION' })).toEqual({ ok: true });
    expect(canEdit(actor('APPLICANT'), { departmentId: 'A', status: 'IN_PREPARATION' })).toEqual({ ok: false, reason: 'NOT_EDITABLE' });
    expect(canEdit(actor('APPLICANT'), { departmentId: 'B', status: 'DRAFT' })).toEqual({ ok: false, reason: 'OTHER_DEPARTMENT' });
    expect(canEdit(actor('PORTFOLIO_ANALYST', null), { departmentId: 'A', status: 'DRAFT' })).toEqual({ ok: false, reason: 'ROLE_REQUIRED' });
  });
});

describe('canComment', () => {
  it('lets those who see the initiative comment, except auditors', () => {
    expect(canComment(actor('MANAGEMENT_GROUP', null), { departmentId: 'A' })).toEqual({ ok: true });
    expect(canComment(actor('APPLICANT'), { departmentId: 'A' })).toEqual({ ok: true });
    expect(canComment(actor('APPLICANT'), { departmentId: 'B' })).toEqual({ ok: false, reason: 'OTHER_DEPARTMENT' });
    expect(canComment(actor('AUDITOR', null), { departmentId: 'A' })).toEqual({ ok: false, reason: 'ROLE_REQUIRED' });
  });
});

describe('canEditCalculation', () => {
  it('lets the department edit its own calculation exactly when it may edit the application', () => {
    for (const status of STATUSES) {
      for (const role of ROLES) {
        const i = { departmentId: 'A', status };
        expect(canEditCalculation(actor(role), i, 'APPLICANT')).toEqual(canEdit(actor(role), i));
      }
    }
  });

  it('lets only the portfolio office edit the reviewed calculation, and only during preparation', () => {
    const allowed = STATUSES.filter((status) => canEditCalculation(actor('PORTFOLIO_ANALYST', null), { departmentId: 'A', status }, 'REVIEWED').ok);
    expect(allowed).toEqual(['SUBMITTED', 'IN_PREPARATION', 'AWAITING_COMPLETION']);
    expect(allowed).toEqual([...REVIEW_STATUSES]);
    expect(canEditCalculation(actor('PORTFOLIO_ANALYST', null), { departmentId: 'A', status: 'PREPARED' }, 'REVIEWED')).toEqual({ ok: false, reason: 'NOT_EDITABLE' });
    const others = ROLES.filter((r) => r !== 'PORTFOLIO_ANALYST');
    for (const role of others) {
      expect(canEditCalculation(actor(role), { departmentId: 'A', status: 'IN_PREPARATION' }, 'REVIEWED')).toEqual({ ok: false, reason: 'ROLE_REQUIRED' });
    }
  });

  it('lets the portfolio office and administrators set the round parameters', () => {
    const allowed = ROLES.filter((r) => canSetCalculationParameters(actor(r, null)).ok);
    expect(allowed).toEqual(['PORTFOLIO_ANALYST', 'ADMINISTRATOR']);
  });
});

describe('prioritisation access', () => {
  const allowedRoles = (decide: (a: Actor) => { ok: boolean }) => ROLES.filter((r) => decide(actor(r, r === 'APPLICANT' || r === 'DEPARTMENT_HEAD' ? 'A' : null)).ok);

  it('lets the portfolio-wide readers (not object owners or departments) see assessments, the portfolio and scenarios', () => {
    expect(allowedRoles(canViewPrioritisation)).toEqual(['PORTFOLIO_ANALYST', 'MANAGEMENT_GROUP', 'DECISION_MAKER', 'AUDITOR', 'ADMINISTRATOR']);
  });

  it('lets the portfolio office and administrators manage criteria, and the office and the management group manage scenarios', () => {
    expect(allowedRoles(canManageCriteria)).toEqual(['PORTFOLIO_ANALYST', 'ADMINISTRATOR']);
    expect(allowedRoles(canManageScenarios)).toEqual(['PORTFOLIO_ANALYST', 'MANAGEMENT_GROUP']);
  });

  it('lets the office and the management group assess, and only the office answer must-requirements, in the assessment statuses only', () => {
    for (const status of STATUSES) {
      const inWindow = ASSESSMENT_STATUSES.includes(status);
      expect(allowedRoles((a) => canAssess(a, { status }))).toEqual(inWindow ? ['PORTFOLIO_ANALYST', 'MANAGEMENT_GROUP'] : []);
      expect(allowedRoles((a) => canReviewEligibility(a, { status }))).toEqual(inWindow ? ['PORTFOLIO_ANALYST'] : []);
    }
    expect(canAssess(actor('MANAGEMENT_GROUP', null), { status: 'DRAFT' })).toEqual({ ok: false, reason: 'NOT_EDITABLE' });
    expect(canAssess(actor('AUDITOR', null), { status: 'PREPARED' })).toEqual({ ok: false, reason: 'ROLE_REQUIRED' });
  });

  it('lets the office and the decision maker hold meetings, only the decision maker decide and only administrators set the delegation', () => {
    expect(allowedRoles(canManageMeetings)).toEqual(['PORTFOLIO_ANALYST', 'DECISION_MAKER']);
    expect(allowedRoles(canRecordDecisions)).toEqual(['DECISION_MAKER']);
    expect(allowedRoles(canManageDelegation)).toEqual(['ADMINISTRATOR']);
    expect(canRecordDecisions({ userId: 'u', roles: [] })).toEqual({ ok: false, reason: 'ROLE_REQUIRED' });
  });
});
