// The Jest preset every Nx project's jest.config.ts extends (`preset: '<relative path>/jest.preset.js'`).
//
// Native ES modules: the repository is ESM ("type": "module") and NestJS 12 and MikroORM 7 ship only ESM, so
// Jest runs with Node's `--experimental-vm-modules` (set in the test targets, see nx.json) and SWC turns
// TypeScript into ES modules with the decorator metadata Nest and MikroORM read (legacy decorators,
// `useDefineForClassFields: false`, as tsconfig.base.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const workspaceRoot = fileURLToPath(new URL('.', import.meta.url));

/** `@dp/*` → the absolute path of its source, from tsconfig.base.json's paths (the one place they are read) */
const { compilerOptions } = JSON.parse(readFileSync(path.join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
export const workspacePaths = new Map(Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, path.join(workspaceRoot, target)]));

/** SWC for the API, the domain and the tools: ES modules, legacy decorators with their metadata */
export const swcForNode = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
    keepClassNames: true,
    experimental: { keepImportAttributes: true },
  },
  sourceMaps: 'inline',
};

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  // `@dp/*` through workspacePaths, and `./x.js` imports to the `./x.ts` sources
  resolver: `${workspaceRoot}tools/test/resolver.cjs`,
  transform: { '^.+\\.tsx?$': ['@swc/jest', swcForNode] },
  // as apps/api/src/main.ts does first: decorators record their metadata only once Reflect.metadata exists
  setupFiles: ['reflect-metadata'],
  // unit tests; integration, smoke and e2e specs have configs of their own
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.spec.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // No per-test limit a slow machine could hit: a test waits on conditions, and CI watches the run's
  // time. This only ends a test that hangs for good.
  testTimeout: 600_000,
  // Every test file runs in a worker process, recycled once it holds more than 1 GB after a file (a memory
  // limit makes Jest use workers even for one file): never in the parent, where the API's integration
  // setup has loaded the app's modules outside Jest's module registry.
  workerIdleMemoryLimit: '1GB',
  cacheDirectory: `${workspaceRoot}node_modules/.cache/jest`,
  errorOnDeprecated: true,
};
