import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129165240 } from './Migration20261129165240.js';
import { Migration20261129172339 } from './Migration20261129172339.js';
import { Migration20261129173410 } from './Migration20261129173410.js';
import { Migration20261129173620 } from './Migration20261129173620.js';
import { Migration20261129175359 } from './Migration20261129175359.js';
import { Migration20261129181740 } from './Migration20261129181740.js';
import { Migration20261129192511 } from './Migration20261129192511.js';
import { Migration20261129212017 } from './Migration20261129212017.js';
import { Migration20261129220009 } from './Migration20261129220009.js';
import { Migration20261130003444 } from './Migration20261130003444.js';
import { Migration20261130015955 } from './Migration20261130015955.js';

/**
 * Every committed migration, in order. `npm run db:migration:create` generates a file here and
 * prints the line to add to this list.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129165240', class: Migration20261129165240 },
  { name: 'Migration20261129172339', class: Migration20261129172339 }, // accounts, sessions, append-only audit log
  { name: 'Migration20261129173410', class: Migration20261129173410 }, // workflow states, status history, anchoring
  { name: 'Migration20261129173620', class: Migration20261129173620 }, // optimistic lock on users
  { name: 'Migration20261129175359', class: Migration20261129175359 }, // comments
  { name: 'Migration20261129181740', class: Migration20261129181740 }, // the application's fields
  { name: 'Migration20261129192511', class: Migration20261129192511 }, // benefit calculations, round parameters
  { name: 'Migration20261129212017', class: Migration20261129212017 }, // the initiative's figures are read from its calculations
  { name: 'Migration20261129220009', class: Migration20261129220009 }, // criteria sets, assessments, eligibility, scenarios, yearly budgets and staff capacity
  { name: 'Migration20261130003444', class: Migration20261130003444 }, // meetings, decisions, notifications, delegation
  { name: 'Migration20261130015955', class: Migration20261130015955 }, // notification retries
];
