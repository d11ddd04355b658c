import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createOrmConfig, ensureDatabase, MIGRATIONS_SOURCE_DIR, startEmbeddedPostgres, withDatabase } from '@dp/api/database';

/**
 * Generates a migration from the difference between the committed migrations and the entities,
 * on a throw-away embedded PostgreSQL. Run from the repository root: `npm run db:migration:create`.
 */
async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dp-migrate-'));
  const pg = await startEmbeddedPostgres({ dataDir });
  try {
    await ensureDatabase(pg.serverUrl, 'migrations');
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: withDatabase(pg.serverUrl, 'migrations') }));
    try {
      await orm.migrator.up();
      const result = await orm.migrator.create(path.resolve(MIGRATIONS_SOURCE_DIR));
      if (!result.fileName) {
        process.stdout.write('No changes: the entities match the migrations.\n');
      } else {
        const name = result.fileName.replace(/\.ts$/, '');
        process.stdout.write(
          `Wrote ${path.join(MIGRATIONS_SOURCE_DIR, result.fileName)}.\nAdd it to libs/api/database/src/migrations/index.ts:\n  import { ${name} } from './${name}.js';\n  { name: '${name}', class: ${name} },\n`,
        );
      }
    } finally {
      await orm.close(true);
    }
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
