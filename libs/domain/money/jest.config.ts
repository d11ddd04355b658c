export default {
  displayName: 'domain-money',
  preset: '../../../jest.preset.js',
};
