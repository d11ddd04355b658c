export default {
  displayName: 'domain-benefits',
  preset: '../../../jest.preset.js',
};
