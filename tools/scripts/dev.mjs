// `npm run dev`: the API recompiles and restarts on change (port 3001), Vite serves the web client
// with hot reload on http://localhost:3000 and proxies /graphql and /health to the API.
import { execFileSync, spawn } from 'node:child_process';

execFileSync('node', ['tools/scripts/build-api.mjs'], { stdio: 'inherit' });
const env = { ...process.env, PORT: process.env.API_PORT ?? '3001', NODE_ENV: 'development', LOG_FORMAT: 'pretty' };
const child = spawn(
  'concurrently',
  [
    '--kill-others',
    '--names', 'tsc,alias,api,web',
    '--prefix-colors', 'gray,gray,blue,magenta',
    'tsc -p apps/api/tsconfig.app.json --watch --preserveWatchOutput',
    'tsc-alias -p apps/api/tsconfig.app.json --watch',
    'node --watch-path=dist/apps/api dist/apps/api/apps/api/src/main.js',
    'vite --config apps/web/vite.config.ts',
  ],
  { stdio: 'inherit', env },
);
child.on('exit', (code) => process.exit(code ?? 0));
