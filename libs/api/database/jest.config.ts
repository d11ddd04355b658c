export default {
  displayName: 'api-database',
  preset: '../../../jest.preset.js',
};
