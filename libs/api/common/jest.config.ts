export default {
  displayName: 'api-common',
  preset: '../../../jest.preset.js',
};
