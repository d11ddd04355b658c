export default {
  displayName: 'web-feature-decisions',
  preset: '../../../jest.preset.web.js',
};
