import { describe, expect, it } from '@jest/globals';
import { validateCreateUser, validateUpdateUser } from './accounts.js';

const valid = {
  email: ' Ny.Handlaggare@Kommun.se ',
  displayName: 'Ny Handläggare',
  password: 'ett-långt-lösenord',
  roles: [{ role: 'APPLICANT', departmentId: 'd1' }, { role: 'AUDITOR' }],
};

describe('account rules', () => {
  it('accepts a complete account and normalises the e-mail address', () => {
    const r = validateCreateUser(valid);
    expect(r.ok && r.value.email).toBe('ny.handlaggare@kommun.se');
  });

  it('names each problem with a code', () => {
    const r = validateCreateUser({
      email: 'inte-en-adress',
      displayName: ' ',
      password: 'kort',
      roles: [{ role: 'APPLICANT' }, { role: 'AUDITOR', departmentId: 'd1' }, { role: 'KUNG' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'email', code: 'INVALID_EMAIL' },
      { field: 'displayName', code: 'REQUIRED' },
      { field: 'password', code: 'TOO_SHORT' },
      { field: 'roles.0.departmentId', code: 'DEPARTMENT_REQUIRED' },
      { field: 'roles.1.departmentId', code: 'DEPARTMENT_NOT_ALLOWED' },
      { field: 'roles.2.role', code: 'UNKNOWN_ROLE' },
    ]);
  });

  it('refuses the same role twice', () => {
    const r = validateCreateUser({ ...valid, roles: [{ role: 'AUDITOR' }, { role: 'AUDITOR' }] });
    expect(r).toEqual({ ok: false, errors: [{ field: 'roles', code: 'DUPLICATE' }] });
  });

  it('validates only what an edit changes', () => {
    expect(validateUpdateUser({ active: false, displayName: null })).toEqual({ ok: true, value: { active: false } });
    expect(validateUpdateUser({ password: 'kort' })).toEqual({ ok: false, errors: [{ field: 'password', code: 'TOO_SHORT' }] });
  });
});
