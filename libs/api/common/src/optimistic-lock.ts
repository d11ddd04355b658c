import { OptimisticLockError } from '@mikro-orm/core';
import { conflict } from './app-error.js';

/**
 * Runs a versioned write. A concurrent writer that slipped in between our version check and the
 * flush makes MikroORM's versioned UPDATE hit no row: that becomes the same CONFLICT error, with the
 * version now stored.
 */
export async function withOptimisticLock<T>(
  entity: string,
  id: string,
  version: number,
  write: () => Promise<T>,
  currentVersion: () => Promise<number | undefined>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof OptimisticLockError) throw conflict(entity, id, (await currentVersion()) ?? version);
    throw e;
  }
}
