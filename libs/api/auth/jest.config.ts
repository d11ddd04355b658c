export default {
  displayName: 'api-auth',
  preset: '../../../jest.preset.js',
  // no tests yet: the target passes until the first spec is written
  passWithNoTests: true,
};
