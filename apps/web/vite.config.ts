import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const repoRoot = new URL('../../', import.meta.url);

// tsconfig paths → vite aliases, so `@dp/...` resolves the way tsc does
const base = JSON.parse(readFileSync(new URL('tsconfig.base.json', repoRoot), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const alias = Object.entries(base.compilerOptions.paths).map(([find, [target]]) => ({
  find,
  replacement: fileURLToPath(new URL(target ?? '', repoRoot)),
}));

/** The API (NestJS) listens on 3001 in development (API_PORT overrides); in production it serves this build itself. */
const api = `http://localhost:${process.env['API_PORT'] ?? '3001'}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias },
  build: {
    outDir: fileURLToPath(new URL('dist/apps/web', repoRoot)),
    emptyOutDir: true,
    sourcemap: true,
    // one application bundle (~250 kB gzipped, mostly React, Mantine, zod and the router) is fine here
    chunkSizeWarningLimit: 1000,
  },
  // the optimiser's Web Worker (the efficient frontier) is an ES module: it shares chunks with the app
  worker: { format: 'es' },
  server: {
    port: 3000,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
      '/api': { target: api, changeOrigin: true },
    },
  },
  preview: { port: 3000 },
});
