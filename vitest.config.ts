import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// tsconfig paths → vite aliases, so every test resolves `@dp/...` the way tsc does
const base = JSON.parse(readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(base.compilerOptions.paths).map(([key, [target]]) => ({
  find: new RegExp(`^${key.replace(/[/.]/g, '\\$&')}$`),
  replacement: fileURLToPath(new URL(`./${target}`, import.meta.url)),
}));

/** API code: Nest and MikroORM decorators with their metadata (SWC), and one copy of graphql */
const nodeWithDecorators = {
  // graphql 16 ships CJS (main) and ESM (module); Nest loads the CJS one, so our code must too
  // (one GraphQLScalarType class, or `instanceof` checks fail)
  resolve: { alias: [...alias, { find: /^graphql$/, replacement: require.resolve('graphql') }] },
  plugins: [swc.vite({ module: { type: 'es6' }, tsconfigFile: 'tsconfig.base.json' })],
};

export default defineConfig({
  test: {
    projects: [
      {
        // SWC too: API libs' pure functions import @dp/api/common, whose index carries Nest decorators
        ...nodeWithDecorators,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['libs/domain/**/*.spec.ts', 'tools/**/*.spec.ts', 'libs/api/**/*.spec.ts', 'apps/api/src/**/*.spec.ts'],
        },
      },
      {
        ...nodeWithDecorators,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['libs/api/**/*.integration-spec.ts', 'apps/api/**/*.integration-spec.ts'],
          globalSetup: ['apps/api/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...nodeWithDecorators,
        test: {
          // the built app as a process (run after `npm run build`)
          name: 'smoke',
          environment: 'node',
          include: ['apps/api/e2e/**/*.e2e-spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['libs/web/**/*.spec.tsx', 'apps/web/**/*.spec.tsx', 'libs/web/**/*.spec.ts'],
          setupFiles: ['tools/test/web-setup.ts'],
        },
      },
    ],
  },
});
