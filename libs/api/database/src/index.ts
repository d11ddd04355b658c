export * from './entities/index.js';
export * from './mikro-orm.config.js';
export * from './embedded-postgres.js';
export * from './database-admin.js';
export * from './prepare-database.js';
export * from './startup-error.js';
export * from './seed/demo-seed.js';
