export default {
  displayName: 'web-feature-applications',
  preset: '../../../jest.preset.web.js',
};
