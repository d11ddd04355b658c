export default {
  displayName: 'domain-prioritisation',
  preset: '../../../jest.preset.js',
};
