export default {
  displayName: 'web-data-access',
  preset: '../../../jest.preset.web.js',
};
