import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../testing/test-app.js';

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
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: email, p: password } }),
  });
  return { res, body: (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] } };
}

describe('administering users', () => {
  const USERS = '{ users { id email displayName active version roles { role department { code } } } }';
  const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id email version roles { role department { code } } } }';
  const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $i) { id active version displayName roles { role } } }';

  it('lets administrators list, create and change accounts, and nobody else', async () => {
    const admin = await app.login('admin@demo.example');
    const list = await admin.gql<{ users: { email: string }[] }>(USERS);
    expect(list.errors).toBeUndefined();
    expect(list.data!.users.map((u) => u.email)).toContain('revisor@demo.example');

    const ref = await app.gql<{ departments: { id: string; code: string }[] }>('{ departments { id code } }');
    const soc = ref.data!.departments.find((d) => d.code === 'SOC')!.id;
    const created = await admin.gql<{ createUser: { id: string; email: string; version: number } }>(CREATE, {
      i: { email: 'Ny.Sokande@Demo.Example', displayName: 'Nina Ny', password: 'ett-långt-lösenord', roles: [{ role: 'APPLICANT', departmentId: soc }] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser).toMatchObject({ email: 'ny.sokande@demo.example', version: 1 });
    const nina = await app.login('ny.sokande@demo.example', 'ett-långt-lösenord');
    expect((await nina.gql<{ me: { roles: unknown[] } }>(ME)).data!.me.roles).toEqual([{ role: 'APPLICANT', department: { code: 'SOC' } }]);

    const deactivated = await admin.gql<{ updateUser: { active: boolean; version: number } }>(UPDATE, {
      id: created.data!.createUser.id,
      v: 1,
      i: { active: false },
    });
    expect(deactivated.data!.updateUser).toMatchObject({ active: false, version: 2 });
    // deactivation ends the sessions and refuses new sign-ins
    expect((await nina.gql(ME)).data).toEqual({ me: null });
    expect((await rawLogin('ny.sokande@demo.example', 'ett-långt-lösenord')).body.errors?.[0]?.extensions?.['code']).toBe('INVALID_CREDENTIALS');

    for (const email of ['revisor@demo.example', 'portfoljkontor@demo.example']) {
      const s = await app.login(email);
      expect((await s.gql(USERS)).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
      expect((await s.gql(CREATE, { i: { email: 'x@demo.example', displayName: 'X', password: 'ett-långt-lösenord', roles: [] } })).errors?.[0]?.extensions).toEqual({
        code: 'FORBIDDEN',
        reason: 'ROLE_REQUIRED',
      });
    }
  });

  it('validates accounts with field codes and keeps one administrator', async () => {
    const admin = await app.login('admin@demo.example');
    const bad = await admin.gql(CREATE, { i: { email: 'sokande@demo.example', displayName: 'Dubblett', password: 'ett-långt-lösenord', roles: [{ role: 'DEPARTMENT_HEAD' }] } });
    expect(bad.errors?.map((e) => [e.extensions?.['field'], e.extensions?.['reason']])).toEqual([['roles.0.departmentId', 'DEPARTMENT_REQUIRED']]);
    const taken = await admin.gql(CREATE, { i: { email: 'sokande@demo.example', displayName: 'Dubblett', password: 'ett-långt-lösenord', roles: [] } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ field: 'email', reason: 'TAKEN' });

    const me = await admin.gql<{ users: { id: string; email: string; version: number }[] }>(USERS);
    const self = me.data!.users.find((u) => u.email === 'admin@demo.example')!;
    const last = await admin.gql(UPDATE, { id: self.id, v: self.version, i: { roles: [{ role: 'AUDITOR' }] } });
    expect(last.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'LAST_ADMINISTRATOR' });
    const stale = await admin.gql(UPDATE, { id: self.id, v: self.version + 5, i: { displayName: 'Adam' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('gives a user the delegation levels of the delegation order, and refuses levels no order names', async () => {
    const admin = await app.login('admin@demo.example');
    const input = { email: 'ekonomichef@demo.example', displayName: 'Elin Ekonomichef', password: 'ett-långt-lösenord', roles: [{ role: 'DECISION_MAKER' }] };
    const unknown = await admin.gql(CREATE, { i: { ...input, delegations: ['DIGITALISATION_MANAGER', 'KOMMUNSTYRELSEN'] } });
    expect((unknown.errors ?? []).map((e) => `${String(e.extensions?.['field'])}:${String(e.extensions?.['reason'])}`)).toEqual(['delegations.1:UNKNOWN_REFERENCE']);
    const twice = await admin.gql(CREATE, { i: { ...input, delegations: ['DIGITALISATION_MANAGER', 'DIGITALISATION_MANAGER'] } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'delegations', reason: 'DUPLICATE' });

    const created = await admin.gql<{ createUser: { id: string; version: number } }>(CREATE, { i: { ...input, delegations: ['DIGITALISATION_MANAGER'] } });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createUser;
    const raised = await admin.gql<{ updateUser: { version: number } }>(UPDATE, { id, v: version, i: { delegations: ['MUNICIPAL_DIRECTOR'] } });
    expect(raised.errors).toBeUndefined();
    const badUpdate = await admin.gql(UPDATE, { id, v: raised.data!.updateUser.version, i: { delegations: ['KOMMUNFULLMÄKTIGE'] } });
    expect(badUpdate.errors?.[0]?.extensions).toMatchObject({ field: 'delegations.0', reason: 'UNKNOWN_REFERENCE' });
    const users = await admin.gql<{ users: { email: string; delegations: string[] }[] }>('{ users { email delegations } }');
    expect(users.data!.users.find((u) => u.email === 'ekonomichef@demo.example')?.delegations).toEqual(['MUNICIPAL_DIRECTOR']);
    expect(users.data!.users.find((u) => u.email === 'kommundirektor@demo.example')?.delegations).toEqual(['MUNICIPAL_DIRECTOR']);
  });
});
