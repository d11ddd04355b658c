export default {
  displayName: 'api-prioritisation',
  preset: '../../../jest.preset.js',
};
