export * from './benefits.js';
