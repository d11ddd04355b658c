import { randomUUID } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '../database-admin.js';
import { TEMPLATE_DATABASE, TEMPLATE_DATABASE_DEMO } from './templates.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template (`CREATE DATABASE … TEMPLATE`). */
export async function createTestDatabase(serverUrl: string, options: { demo?: boolean } = {}): Promise<TestDatabase> {
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await ensureDatabase(serverUrl, name, options.demo ? TEMPLATE_DATABASE_DEMO : TEMPLATE_DATABASE);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => dropDatabase(serverUrl, name),
  };
}
