// The built app (`nx run api:build`) as a process, the way a user starts it: one file at a time, since
// each test starts its own server and PostgreSQL.
export default {
  displayName: 'api-smoke',
  preset: '../../jest.preset.js',
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  maxWorkers: 1,
};
