export default {
  displayName: 'api',
  preset: '../../jest.preset.js',
  // unit tests of the composition root; the integration and smoke tests have configs of their own
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
