export * from './initiatives.module.js';
export * from './initiatives.service.js';
export * from './initiatives.resolver.js';
export * from './dto/initiative.inputs.js';
export * from './dto/initiative-connection.js';
export * from './workflow.service.js';
export * from './dto/workflow.types.js';
export * from './comments.service.js';
