import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

// tsconfig paths → vite aliases, so every test resolves `@dp/...` the way tsc does
const base = JSON.parse(readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(base.compilerOptions.paths).map(([find, [target]]) => ({
  find,
  replacement: fileURLToPath(new URL(`./${target}`, import.meta.url)),
}));

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['libs/domain/**/*.spec.ts', 'tools/**/*.spec.ts', 'libs/api/**/*.spec.ts'],
        },
      },
      {
        resolve: { alias },
        // decorator metadata for Nest and MikroORM
        plugins: [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2023' } })],
        test: {
          name: 'integration',
          environment: 'node',
          include: ['libs/api/**/*.integration-spec.ts', 'apps/api/**/*.integration-spec.ts'],
          globalSetup: ['libs/api/database/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
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
