import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from './mikro-orm.config.js';
import { seedDemoData, type PasswordHasher, type SeedResult } from './seed/demo-seed.js';
import { StartupError } from './startup-error.js';
import { redactUrl, withClient } from './database-admin.js';

export interface PrepareOptions {
  url: string;
  seedDemo: boolean;
  hashPassword: PasswordHasher;
  log: (message: string) => void;
}

export interface PrepareResult {
  migrationsApplied: string[];
  seed: SeedResult | null;
}

/** Applies pending migrations and, when asked and the database is empty, loads the demo data. */
export async function prepareDatabase(options: PrepareOptions): Promise<PrepareResult> {
  // a clear line for a bad URL before the ORM produces a stack trace
  await withClient(options.url, async (c) => {
    await c.query('SELECT 1');
  });
  let orm: MikroORM;
  try {
    orm = await MikroORM.init(createOrmConfig({ clientUrl: options.url, poolMax: 2 }));
  } catch (e) {
    throw new StartupError(`Cannot open the database at ${redactUrl(options.url)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const applied = await orm.migrator.up();
    const migrationsApplied = applied.map((m) => m.name);
    if (migrationsApplied.length > 0) options.log(`applied migrations: ${migrationsApplied.join(', ')}`);
    const seed = options.seedDemo ? await seedDemoData(orm.em.fork(), options.hashPassword) : null;
    if (seed?.seeded) {
      options.log(
        `loaded demo data: ${seed.departments} departments, ${seed.goalAreas} goal areas, ${seed.fundRounds} fund rounds, ${seed.initiatives} initiatives, ${seed.users} users (password "demo")`,
      );
    }
    return { migrationsApplied, seed };
  } finally {
    await orm.close(true);
  }
}
