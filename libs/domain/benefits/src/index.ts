export * from './benefits.js';
export * from './sheet.js';
