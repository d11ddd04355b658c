import { describe, expect, it } from '@jest/globals';
import { expectWithMessage } from '@dp/testing';
import { loginPath, safeNextPath } from './next-path';

describe('loginPath and safeNextPath', () => {
  it('remembers the page the visitor wanted', () => {
    expect(loginPath({ pathname: '/initiatives/i-1', search: '?tab=2' })).toBe('/login?next=%2Finitiatives%2Fi-1%3Ftab%3D2');
    expect(loginPath({ pathname: '/' })).toBe('/login');
  });

  it('only returns to paths of this application', () => {
    expect(safeNextPath('/initiatives/i-1?tab=2')).toBe('/initiatives/i-1?tab=2');
    for (const unsafe of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'initiatives', '/login', '/login?next=/x']) {
      expectWithMessage(safeNextPath(unsafe), String(unsafe)).toBe('/initiatives');
    }
  });
});
