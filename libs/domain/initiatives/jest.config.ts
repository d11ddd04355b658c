export default {
  displayName: 'domain-initiatives',
  preset: '../../../jest.preset.js',
};
