export default {
  displayName: 'web-feature-public',
  preset: '../../../jest.preset.web.js',
};
