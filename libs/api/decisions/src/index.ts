// Issue 6: the management group meeting, the decision, the decision basis and the public portfolio.
export * from './decisions.module.js';
export * from './decisions.service.js';
export * from './meetings.service.js';
export * from './notification.service.js';
export * from './decisions.resolver.js';
export * from './dto/decision.types.js';
export * from './open-data.service.js';
export * from './documents.service.js';
export * from './documents.controller.js';
export * from './documents/index.js';
