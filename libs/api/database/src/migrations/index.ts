import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129165240 } from './Migration20261129165240.js';

/**
 * Every committed migration, in order. `npm run db:migration:create` generates a file here and
 * prints the line to add to this list.
 */
export const migrationsList: MigrationObject[] = [{ name: 'Migration20261129165240', class: Migration20261129165240 }];
