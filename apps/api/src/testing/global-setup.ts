import type { TestProject } from 'vitest/node';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, prepareDatabase, startEmbeddedPostgres, withDatabase } from '@dp/api/database';
import { TEMPLATE_DATABASE, TEMPLATE_DATABASE_DEMO } from '@dp/api/database/testing';
import { hashPassword } from '@dp/api/auth';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

/**
 * One embedded PostgreSQL per test run. Migrations are applied once to a template database (and once
 * more with the demo data); each test file clones a fresh database from a template.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dp-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir });
  const log = () => undefined;
  await ensureDatabase(pg.serverUrl, TEMPLATE_DATABASE);
  await prepareDatabase({ url: withDatabase(pg.serverUrl, TEMPLATE_DATABASE), seedDemo: false, hashPassword, log });
  await ensureDatabase(pg.serverUrl, TEMPLATE_DATABASE_DEMO);
  await prepareDatabase({ url: withDatabase(pg.serverUrl, TEMPLATE_DATABASE_DEMO), seedDemo: true, hashPassword, log });
  project.provide('pgServerUrl', pg.serverUrl);
  return async () => {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
