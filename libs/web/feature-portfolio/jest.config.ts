export default {
  displayName: 'web-feature-portfolio',
  preset: '../../../jest.preset.web.js',
};
