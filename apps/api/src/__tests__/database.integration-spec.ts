import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig, Department, Initiative, seedDemoData } from '@dp/api/database';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '@dp/api/database/testing';
import { hashPassword } from '@dp/api/auth';

let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase(testPostgresUrl(), { demo: false });
  orm = await MikroORM.init(createOrmConfig({ clientUrl: db.url, poolMax: 2 }));
});

afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

describe('migrations', () => {
  it('leave no difference between the entities and the database schema', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('are all applied and none is pending', async () => {
    expect(await orm.migrator.getPending()).toEqual([]);
    expect((await orm.migrator.getExecuted()).length).toBeGreaterThan(0);
  });
});

describe('demo seed', () => {
  it('loads the demo municipality once and is a no-op the second time', async () => {
    const first = await seedDemoData(orm.em.fork(), hashPassword);
    expect(first.seeded).toBe(true);
    expect(first.initiatives).toBeGreaterThanOrEqual(18);
    const second = await seedDemoData(orm.em.fork(), hashPassword);
    expect(second.seeded).toBe(false);
    const em = orm.em.fork();
    expect(await em.count(Department, {})).toBe(first.departments);
    expect(await em.count(Initiative, {})).toBe(first.initiatives);
  });
});
