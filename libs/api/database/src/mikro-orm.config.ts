import { DataloaderType, type LoggerNamespace } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { entities } from './entities/index.js';
import { migrationsList } from './migrations/index.js';
import { AuditSubscriber } from './audit/audit.subscriber.js';

/** Where migration sources and the schema snapshot live, relative to the repository root (used when creating migrations). */
export const MIGRATIONS_SOURCE_DIR = 'libs/api/database/src/migrations';

export interface OrmConfigOptions {
  clientUrl: string;
  /** SQL logging for development */
  debug?: boolean | LoggerNamespace[];
  /** where ORM log lines go (pino in the app) */
  logger?: (message: string) => void;
  /** connection pool size */
  poolMax?: number;
}

/**
 * The one ORM configuration: the app, the migration runner, the schema generator and the tests use it.
 * Migrations are an explicit list (no globbing), so the compiled app and the tests run exactly the same files.
 */
export function createOrmConfig(options: OrmConfigOptions): Options {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: options.clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    dataloader: DataloaderType.ALL,
    debug: options.debug ?? false,
    logger: options.logger,
    pool: { min: 0, max: options.poolMax ?? 10 },
    forceUtcTimezone: true,
    migrations: {
      tableName: 'mikro_orm_migrations',
      silent: true,
      // generated files and the snapshot go here; the app runs the explicit list below
      path: MIGRATIONS_SOURCE_DIR,
      pathTs: MIGRATIONS_SOURCE_DIR,
      migrationsList,
      snapshot: true,
      snapshotOnMigrate: false,
      snapshotName: '.snapshot-digitaliseringsportfoljen',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
  });
}
