export * from './test-database.js';
export * from './templates.js';
