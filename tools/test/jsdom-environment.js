// The jsdom test environment of the web projects (jest.preset.web.js), on the workspace's own jsdom (the
// version the client's tests were written against) instead of the older copy jest-environment-jsdom
// bundles. A browser has fetch, TextEncoder, streams and structuredClone; jsdom does not, so Node's are
// lent to the window where it lacks them. Not MessageChannel: React's scheduler would take it, and its open
// port keeps the test process from exiting.
import JSDOMEnvironment from '@jest/environment-jsdom-abstract';
import * as jsdom from 'jsdom';

const Base = JSDOMEnvironment.default ?? JSDOMEnvironment;

const FROM_NODE = [
  'fetch', 'Request', 'Response', 'Headers', 'FormData', 'AbortController', 'AbortSignal',
  'TextEncoder', 'TextDecoder', 'ReadableStream', 'WritableStream', 'TransformStream',
  'structuredClone',
];

export default class WorkspaceJsdomEnvironment extends Base {
  constructor(config, context) {
    super(config, context, jsdom);
    for (const name of FROM_NODE) {
      if (this.global[name] === undefined && globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}
