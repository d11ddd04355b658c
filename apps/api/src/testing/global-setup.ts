import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, prepareDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedDatabase } from '@dp/api/database';
import { TEMPLATE_DATABASE, TEMPLATE_DATABASE_DEMO, TEST_POSTGRES_URL_VARIABLE } from '@dp/api/database/testing';
import { hashPassword } from '@dp/api/auth';

let running: { pg: EmbeddedDatabase; dataDir: string } | undefined;

/**
 * One embedded PostgreSQL per integration run. Migrations are applied once to a template database (and
 * once more with the demo data); each test file clones a fresh database from a template. The server's
 * address reaches the test workers (child processes) through the environment.
 */
export async function setup(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dp-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir });
  running = { pg, dataDir };
  const log = () => undefined;
  await ensureDatabase(pg.serverUrl, TEMPLATE_DATABASE);
  await prepareDatabase({ url: withDatabase(pg.serverUrl, TEMPLATE_DATABASE), seedDemo: false, hashPassword, log });
  await ensureDatabase(pg.serverUrl, TEMPLATE_DATABASE_DEMO);
  await prepareDatabase({ url: withDatabase(pg.serverUrl, TEMPLATE_DATABASE_DEMO), seedDemo: true, hashPassword, log });
  process.env[TEST_POSTGRES_URL_VARIABLE] = pg.serverUrl;
}

export async function teardown(): Promise<void> {
  if (!running) return;
  await running.pg.stop();
  await rm(running.dataDir, { recursive: true, force: true });
  running = undefined;
}
