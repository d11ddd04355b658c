// The API's integration tests: GraphQL over HTTP against the real Nest app on an embedded PostgreSQL,
// one server per run (globalSetup) and a fresh database per test file cloned from a migrated template.
export default {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/src/testing/jest-global-setup.js',
  globalTeardown: '<rootDir>/src/testing/jest-global-teardown.js',
};
