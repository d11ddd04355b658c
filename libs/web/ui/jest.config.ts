export default {
  displayName: 'web-ui',
  preset: '../../../jest.preset.web.js',
};
