// Jest's module resolution for the workspace (jest.preset.js `resolver`): `@dp/*` through the preset's
// workspacePaths (tsconfig.base.json's paths), and the sources' sibling imports `./x.js` (nodenext) to `./x.ts`.
// A resolver rather than moduleNameMapper entries, so that Nx does not take every library's index.ts as an
// input of every project's test target (which made `nx affected` take all projects for a change to one).
const path = require('node:path');
// the preset is an ES module without top-level await: require(esm)
const { workspacePaths } = require('../../jest.preset.js');

module.exports = function resolve(request, options) {
  const mapped = workspacePaths.get(request);
  if (mapped) return mapped;
  if (/^\.{1,2}\//.test(request) && request.endsWith('.js') && !options.basedir.includes(`${path.sep}node_modules${path.sep}`)) {
    try {
      return options.defaultResolver(request.slice(0, -'.js'.length), options);
    } catch {
      // a real .js file: resolved below
    }
  }
  return options.defaultResolver(request, options);
};
