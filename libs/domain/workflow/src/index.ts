export * from './roles.js';
export * from './workflow.js';
export * from './lead-time.js';
export * from './access.js';
