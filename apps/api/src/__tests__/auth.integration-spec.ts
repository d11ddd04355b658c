import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../testing/test-app.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email displayName roles { role department { code } } } }';
const ME = '{ me { email displayName roles { role department { code } } } }';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ demo: true });
});
afterAll(async () => {
  await app?.close();
});

async function rawLogin(email: string, password: string) {
  const res = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  return { res, body: (await res.json()) as { data?: { login: unknown } | null; errors?: { extensions?: Record<string, unknown> }[] } };
}

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite session cookie and returns the user with roles', async () => {
    const { res, body } = await rawLogin('Sokande@Demo.Example ', 'demo');
    expect(body.errors).toBeUndefined();
    expect(body.data?.login).toEqual({
      email: 'sokande@demo.example',
      displayName: 'Sara Sökande',
      roles: [{ role: 'APPLICANT', department: { code: 'BUF' } }],
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^dp_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('answers me for the session and null without one', async () => {
    const s = await app.login('forvaltningschef@demo.example');
    expect((await s.gql(ME)).data).toEqual({
      me: { email: 'forvaltningschef@demo.example', displayName: 'Frida Förvaltningschef', roles: [{ role: 'DEPARTMENT_HEAD', department: { code: 'BUF' } }] },
    });
    expect((await app.gql(ME)).data).toEqual({ me: null });
  });

  it('refuses a wrong password and an unknown account alike', async () => {
    const wrong = await rawLogin('revisor@demo.example', 'fel');
    const unknown = await rawLogin('ingen@demo.example', 'demo');
    expect(wrong.body.errors?.[0]?.extensions).toEqual({ code: 'INVALID_CREDENTIALS' });
    expect(unknown.body.errors?.[0]?.extensions).toEqual({ code: 'INVALID_CREDENTIALS' });
    expect(wrong.res.headers.get('set-cookie')).toBeNull();
  });

  it('locks the account after five failures in a row, even for the right password', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await rawLogin('objektagare@demo.example', 'fel')).body.errors?.[0]?.extensions?.['code']).toBe('INVALID_CREDENTIALS');
    }
    const fifth = await rawLogin('objektagare@demo.example', 'fel');
    expect(fifth.body.errors?.[0]?.extensions?.['code']).toBe('ACCOUNT_LOCKED');
    expect(Date.parse(String(fifth.body.errors?.[0]?.extensions?.['lockedUntil']))).toBeGreaterThan(Date.now() + 14 * 60_000);
    const right = await rawLogin('objektagare@demo.example', 'demo');
    expect(right.body.errors?.[0]?.extensions?.['code']).toBe('ACCOUNT_LOCKED');
  });

  it('ends the session on logout', async () => {
    const s = await app.login('ledningsgrupp@demo.example');
    expect((await s.gql('{ initiatives(first: 1) { totalCount } }')).errors).toBeUndefined();
    expect((await s.gql('mutation { logout }')).data).toEqual({ logout: true });
    expect((await s.gql(ME)).data).toEqual({ me: null });
    expect((await s.gql('{ initiatives(first: 1) { totalCount } }')).errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('ignores a forged session cookie', async () => {
    const res = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'dp_session=forged-token-value' },
      body: JSON.stringify({ query: ME }),
    });
    expect(await res.json()).toEqual({ data: { me: null } });
  });

  it('slows down an address after twenty failed sign-ins, whatever the account', async () => {
    let attempts = 0;
    let code: unknown;
    do {
      code = (await rawLogin(`gissning${attempts}@demo.example`, 'x')).body.errors?.[0]?.extensions?.['code'];
      attempts++;
    } while (code === 'INVALID_CREDENTIALS' && attempts < 30);
    expect(code).toBe('TOO_MANY_ATTEMPTS');
    // this file failed 8 times from this address before: the 21st failure in the window is refused
    expect(attempts).toBe(20 - 8 + 1);
    const blocked = await rawLogin('admin@demo.example', 'demo');
    expect(blocked.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 });
  });
});
