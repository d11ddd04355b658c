export default {
  displayName: 'web-feature-admin',
  preset: '../../../jest.preset.web.js',
};
