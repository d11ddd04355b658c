// Regenerates what is generated and committed: apps/api/schema.gql (code-first, from the resolvers)
// and the web client's typed documents and introspection (graphql-codegen, from that file).
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('node', ['tools/scripts/build-api.mjs']);
run('node', ['dist/apps/api/apps/api/src/cli/generate-schema.js', 'apps/api/schema.gql']);
run('graphql-codegen', ['--config', 'codegen.ts', '--silent']);
