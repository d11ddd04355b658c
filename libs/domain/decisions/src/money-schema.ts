import { z } from 'zod';

/**
 * Whole kronor as a zod number: REQUIRED (not a finite number), NOT_WHOLE_KRONOR (a fraction),
 * NOT_SAFE_INTEGER (beyond Number.MAX_SAFE_INTEGER, where whole numbers are no longer exact).
 * (zod's own `.int()` refuses unsafe integers as not whole, which would hide the second code.)
 */
export const wholeKronor = () =>
  z
    .number({ error: 'REQUIRED' })
    .refine(Number.isInteger, { error: 'NOT_WHOLE_KRONOR' })
    .refine(Number.isSafeInteger, { error: 'NOT_SAFE_INTEGER' });
