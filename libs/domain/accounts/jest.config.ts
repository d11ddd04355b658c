export default {
  displayName: 'domain-accounts',
  preset: '../../../jest.preset.js',
};
