export * from './initiative-input.js';
export * from './initiative-status.js';
export * from './application.js';
