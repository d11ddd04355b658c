import { describe, expect, it } from '@jest/globals';
import { expectWithMessage } from '@dp/testing';
import { ROLES, type AccessRefusal } from '@dp/domain/workflow';
import { createI18n } from '@dp/web/ui';

const REFUSALS: AccessRefusal[] = ['ROLE_REQUIRED', 'OTHER_DEPARTMENT', 'NOT_EDITABLE'];

describe('translations of roles, sign-in failures and refusals', () => {
  it.each(['sv', 'en'] as const)('has a text for every role, sign-in code and refusal reason in %s', (language) => {
    const i18n = createI18n(language);
    for (const role of ROLES) expectWithMessage(i18n.exists(`roles.${role}`), role).toBe(true);
    for (const code of ['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED_WITHOUT_TIME', 'TOO_MANY_ATTEMPTS_WITHOUT_TIME']) {
      expectWithMessage(i18n.exists(`login.errors.${code}`), code).toBe(true);
    }
    expect(i18n.t('login.errors.TOO_MANY_ATTEMPTS', { count: 1 })).not.toMatch(/login\.|{{/);
    for (const reason of [...REFUSALS, 'UNKNOWN']) expectWithMessage(i18n.exists(`forbidden.${reason}`), reason).toBe(true);
    for (const reason of REFUSALS) expectWithMessage(i18n.exists(`initiatives.readOnly.${reason}`), reason).toBe(true);
  });

  it('uses the glossary’s Swedish role names', () => {
    const i18n = createI18n('sv');
    expect(ROLES.map((role) => i18n.t(`roles.${role}`))).toEqual([
      'Sökande',
      'Förvaltningsledning',
      'Portföljkontoret',
      'Ledningsgrupp',
      'Beslutsfattare (kommundirektör)',
      'Objektägare',
      'Revisor',
      'Administratör',
    ]);
    expect(i18n.t('login.errors.TOO_MANY_ATTEMPTS', { count: 1 })).toContain('Vänta 1 minut och');
  });
});
