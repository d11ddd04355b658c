export default {
  displayName: 'web',
  preset: '../../jest.preset.web.js',
};
