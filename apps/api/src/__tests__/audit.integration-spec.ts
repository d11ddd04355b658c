import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type Session, type TestApp } from '../testing/test-app.js';

let app: TestApp;
let applicant: Session;
let db: pg.Client;

interface AuditRow {
  actor_id: string | null;
  actor_name: string | null;
  entity_type: string;
  entity_id: string;
  operation: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

beforeAll(async () => {
  app = await startTestApp({ demo: true });
  applicant = await app.login('sokande@demo.example');
  // the same database and role the application connects with
  db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await app?.close();
});

async function eventsFor(entityId: string): Promise<AuditRow[]> {
  const r = await db.query<AuditRow>('select * from audit_event where entity_id = $1 order by id', [entityId]);
  return r.rows;
}

describe('audit log', () => {
  it('records who created and changed an initiative, with before and after per field, in the same transaction', async () => {
    const ref = await app.gql<{ departments: { id: string; code: string }[]; goalAreas: { id: string }[]; fundRounds: { id: string; code: string }[] }>(
      '{ departments { id code } goalAreas { id } fundRounds { id code } }',
    );
    const input = {
      title: 'Granskningsbart initiativ',
      description: 'Varje ändring ska synas i ändringsloggen.',
      departmentId: ref.data!.departments.find((d) => d.code === 'BUF')!.id,
      fundRoundId: ref.data!.fundRounds.find((r) => r.code === 'DP2027')!.id,
      goalAreaIds: [ref.data!.goalAreas[0]!.id],
      requestedAmount: 200_000,
    };
    const created = await applicant.gql<{ createInitiative: { id: string; version: number } }>(
      'mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id version } }',
      { i: input },
    );
    const id = created.data!.createInitiative.id;
    await applicant.gql('mutation($id: ID!, $i: UpdateInitiativeInput!) { updateInitiative(id: $id, version: 1, input: $i) { id } }', {
      id,
      i: { title: 'Granskningsbart initiativ, ändrat', requestedAmount: 250_000 },
    });
    const me = await applicant.gql<{ me: { id: string } }>('{ me { id } }');

    const events = await eventsFor(id);
    expect(events.map((e) => [e.entity_type, e.operation, e.actor_id, e.actor_name])).toEqual([
      ['Initiative', 'CREATE', me.data!.me.id, 'Sara Sökande'],
      ['Initiative', 'UPDATE', me.data!.me.id, 'Sara Sökande'],
    ]);
    expect(events[0]!.changes).toMatchObject({
      title: { before: null, after: 'Granskningsbart initiativ' },
      requestedAmount: { before: null, after: 200_000 },
      department: { before: null, after: input.departmentId },
    });
    expect(events[1]!.changes).toEqual({
      title: { before: 'Granskningsbart initiativ', after: 'Granskningsbart initiativ, ändrat' },
      requestedAmount: { before: 200_000, after: 250_000 },
    });

    // a change of goal areas alone (a many-to-many collection) is recorded with both id lists
    const otherGoal = ref.data!.goalAreas[1]!.id;
    const again = await applicant.gql('mutation($id: ID!, $i: UpdateInitiativeInput!) { updateInitiative(id: $id, version: 2, input: $i) { id } }', {
      id,
      i: { goalAreaIds: [otherGoal] },
    });
    expect(again.errors).toBeUndefined();
    const last = (await eventsFor(id)).at(-1)!;
    expect(last.operation).toBe('UPDATE');
    expect(last.changes).toEqual({ goalAreas: { before: [input.goalAreaIds[0]], after: [otherGoal] } });
  });

  it('writes nothing for a refused change', async () => {
    const before = (await db.query<{ n: string }>('select count(*) as n from audit_event')).rows[0]!.n;
    const r = await applicant.gql('mutation { createInitiative(input: { title: "", description: "", departmentId: "x", fundRoundId: "y", goalAreaIds: [], requestedAmount: 0 }) { id } }');
    expect(r.errors?.length).toBeGreaterThan(0);
    expect((await db.query<{ n: string }>('select count(*) as n from audit_event')).rows[0]!.n).toBe(before);
  });

  it('cannot be changed or removed through the application’s database connection', async () => {
    const { rows } = await db.query<{ id: string }>('select id from audit_event order by id limit 1');
    const id = rows[0]!.id;
    await expect(db.query(`update audit_event set actor_name = 'Någon annan' where id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(db.query('delete from audit_event where id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(db.query('truncate audit_event')).rejects.toThrow(/append-only/);
    const still = await db.query<{ actor_name: string | null }>('select actor_name from audit_event where id = $1', [id]);
    expect(still.rows[0]!.actor_name).not.toBe('Någon annan');
  });
});

describe('reading the audit log', () => {
  it('lets auditors and administrators search it, newest first, and nobody else', async () => {
    const auditor = await app.login('revisor@demo.example');
    const all = await auditor.gql<{ auditLog: { totalCount: number; edges: { node: { operation: string; actorName: string | null; entityType: string } }[] } }>(
      '{ auditLog(first: 5, filter: { search: "Sara", entityType: "Initiative" }) { totalCount edges { node { operation actorName entityType } } } }',
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.auditLog.totalCount).toBeGreaterThanOrEqual(3);
    expect(all.data!.auditLog.edges.every((e) => e.node.actorName === 'Sara Sökande')).toBe(true);
    expect(all.data!.auditLog.edges[0]!.node.operation).toBe('UPDATE');

    // the free text also finds changed values
    const byValue = await auditor.gql<{ auditLog: { totalCount: number; edges: { node: { changes: { after: string | null }[] } }[] } }>(
      '{ auditLog(first: 5, filter: { search: "ändrat" }) { totalCount edges { node { changes { after } } } } }',
    );
    expect(byValue.errors).toBeUndefined();
    expect(byValue.data!.auditLog.edges.some((e) => e.node.changes.some((c) => c.after?.includes('Granskningsbart initiativ, ändrat')))).toBe(true);

    const admin = await app.login('admin@demo.example');
    expect((await admin.gql('{ auditLog(first: 1) { totalCount } }')).errors).toBeUndefined();
    for (const email of ['sokande@demo.example', 'portfoljkontor@demo.example', 'kommundirektor@demo.example']) {
      const s = await app.login(email);
      expect((await s.gql('{ auditLog(first: 1) { totalCount } }')).errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    }
    expect((await app.gql('{ auditLog(first: 1) { totalCount } }')).errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('shows an initiative its own history to those who may see it', async () => {
    const r = await applicant.gql<{ initiatives: { edges: { node: { title: string; history: { operation: string; changes: { field: string; before: string | null; after: string | null }[] }[] } }[] } }>(
      '{ initiatives(first: 1) { edges { node { title history { operation changes { field before after } } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const node = r.data!.initiatives.edges[0]!.node;
    expect(node.history[0]!.operation).toBe('CREATE');
    expect(node.history.at(-1)!.changes).toContainEqual({ field: 'goalAreas', before: expect.any(String), after: expect.any(String) });
  });

  it('exports CSV that Swedish Excel opens: BOM, semicolons, one row per field change', async () => {
    const auditor = await app.login('revisor@demo.example');
    const res = await fetch(`${app.baseUrl}/api/audit-log.csv?entityType=Initiative&search=Sara`, { headers: { cookie: auditor.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Tidpunkt (UTC);Användare;Posttyp;Post-id;Åtgärd;Fält;Före;Efter');
    expect(lines.some((l) => /;Sara Sökande;Initiative;[^;]+;UPDATE;requestedAmount;200000;250000$/.test(l))).toBe(true);

    const applicantRes = await fetch(`${app.baseUrl}/api/audit-log.csv`, { headers: { cookie: applicant.cookie } });
    expect(applicantRes.status).toBe(403);
    expect((await fetch(`${app.baseUrl}/api/audit-log.csv`)).status).toBe(401);
  });
});
