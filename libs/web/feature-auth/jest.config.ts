export default {
  displayName: 'web-feature-auth',
  preset: '../../../jest.preset.web.js',
};
