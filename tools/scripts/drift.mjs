// Fails when the committed generated files differ from what the code generates now.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const GENERATED = ['apps/api/schema.gql', 'libs/web/data-access/src/gql'];

function files(p) {
  if (!existsSync(p)) return [];
  if (statSync(p).isFile()) return [p];
  return readdirSync(p).flatMap((f) => files(path.join(p, f)));
}

function snapshot() {
  const map = new Map();
  for (const f of GENERATED.flatMap(files)) map.set(f, createHash('sha256').update(readFileSync(f)).digest('hex'));
  return map;
}

const before = snapshot();
execFileSync('node', ['tools/scripts/generate.mjs'], { stdio: 'inherit' });
const after = snapshot();

const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
if (changed.length > 0) {
  console.error(`Generated files are out of date: ${changed.join(', ')}`);
  console.error('Run `npm run generate` and commit the result.');
  process.exit(1);
}
console.log(`drift: ${after.size} generated files are up to date`);
