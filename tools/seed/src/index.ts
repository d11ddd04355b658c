export * from './types.js';
export * from './demo-data.js';
export * from './calculations.js';
export * from './assessments.js';
