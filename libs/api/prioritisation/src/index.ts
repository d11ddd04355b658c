export * from './prioritisation.module.js';
export * from './criteria.service.js';
export * from './assessments.service.js';
export * from './portfolio.service.js';
export * from './dto/prioritisation.types.js';
export * from './prioritisation.resolver.js';
