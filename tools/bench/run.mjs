// `npm run bench [-- options]`: runs tools/bench/bench.ts through Vite's module runner, which compiles
// the TypeScript and resolves the `@dp/*` paths of tsconfig.base.json (Vite builds the web client anyway:
// no extra dependency). See tools/bench/README.md.
import { createServer, createServerModuleRunner } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const base = JSON.parse(readFileSync(new URL('tsconfig.base.json', root), 'utf8'));
const alias = Object.entries(base.compilerOptions.paths).map(([key, [target]]) => ({
  find: new RegExp(`^${key.replace(/[/.]/g, '\\$&')}$`),
  replacement: fileURLToPath(new URL(target, root)),
}));

const server = await createServer({
  configFile: false,
  root: fileURLToPath(root),
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
  resolve: { alias },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  const bench = await runner.import(fileURLToPath(new URL('bench.ts', import.meta.url)));
  process.exitCode = await bench.main(process.argv.slice(2));
} finally {
  await runner.close();
  await server.close();
}
