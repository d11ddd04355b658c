import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const repoRoot = new URL('../../', import.meta.url);

// tsconfig paths → vite aliases (the journeys use the shared money formatting)
const base = JSON.parse(readFileSync(new URL('tsconfig.base.json', repoRoot), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(base.compilerOptions.paths).map(([find, [target]]) => ({
  find,
  replacement: fileURLToPath(new URL(target ?? '', repoRoot)),
}));

/**
 * Browser journeys against the built app (`npm run build` first) in Debian's Chromium
 * (tools/scripts/ensure-chromium.mjs installs it). One file at a time: each starts its own server.
 */
export default defineConfig({
  root: fileURLToPath(repoRoot),
  resolve: { alias },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['apps/web-e2e/src/**/*.e2e-spec.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
