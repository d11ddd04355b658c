export * from './decision.js';
export * from './delegation.js';
export * from './commitment.js';
export * from './snapshot.js';
export * from './meeting.js';
