export default {
  displayName: 'domain-workflow',
  preset: '../../../jest.preset.js',
};
