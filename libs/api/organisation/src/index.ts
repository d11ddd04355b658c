export * from './organisation.module.js';
export * from './organisation.service.js';
export * from './organisation.resolver.js';
