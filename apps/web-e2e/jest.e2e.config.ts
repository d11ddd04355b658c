// Browser journeys against the built app (api and web built first) in Debian's Chromium, driven by
// playwright-core (tools/scripts/ensure-chromium.mjs installs it). One file at a time: each starts its own
// server with its own PostgreSQL.
export default {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  maxWorkers: 1,
};
