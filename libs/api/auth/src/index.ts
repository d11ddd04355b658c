export * from './auth.module.js';
export * from './auth.service.js';
export * from './auth.resolver.js';
export * from './auth.constants.js';
export * from './password.js';
export * from './users.service.js';
export * from './users.resolver.js';
export * from './dto/user.inputs.js';
