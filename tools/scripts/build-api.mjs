// Compiles the API (and the libs it imports) with tsc, which emits the decorator metadata Nest and
// MikroORM need, then rewrites the @dp/* path aliases to relative imports (tsc-alias).
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

rmSync('dist/apps/api', { recursive: true, force: true });
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('tsc', ['-p', 'apps/api/tsconfig.app.json']);
run('tsc-alias', ['-p', 'apps/api/tsconfig.app.json']);
