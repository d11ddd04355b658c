export * from './app-error.js';
export * from './money.scalar.js';
export * from './cursor.js';
export * from './ids.js';
export * from './actor.js';
export * from './optimistic-lock.js';
export * from './year-amount.js';
export * from './swedish-csv.js';
