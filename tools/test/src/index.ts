export * from './poll.js';
export * from './expect-with-message.js';
