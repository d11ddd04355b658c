export default {
  displayName: 'api-decisions',
  preset: '../../../jest.preset.js',
};
