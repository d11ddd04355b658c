export default {
  displayName: 'domain-decisions',
  preset: '../../../jest.preset.js',
};
