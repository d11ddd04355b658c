export * from './audit.module.js';
export * from './audit.service.js';
export * from './audit.resolver.js';
export * from './audit-event.types.js';
export * from './audit-csv.js';
