// The one test command (`npm test`): every check, in order, stopping at the first red.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const reports = mkdtempSync(path.join(os.tmpdir(), 'dp-test-reports-'));
let passed = 0;
let failed = 0;
let skipped = 0;

function vitest(name, args) {
  const out = path.join(reports, `${name}.json`);
  return { name, cmd: 'vitest', args: ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], report: out };
}

const steps = [
  { name: 'type-check', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'drift (schema.gql and generated client code)', cmd: 'npm', args: ['run', '--silent', 'drift'] },
  vitest('unit', ['--project', 'unit']),
  vitest('integration', ['--project', 'integration']),
  vitest('web', ['--project', 'web']),
  { name: 'build (api and web)', cmd: 'npm', args: ['run', '--silent', 'build'] },
  vitest('smoke', ['--project', 'smoke']),
  { name: 'chromium', cmd: 'node', args: ['tools/scripts/ensure-chromium.mjs'] },
  vitest('e2e', ['--config', 'apps/web-e2e/vitest.config.ts']),
];

const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
  if (step.report && existsSync(step.report)) {
    const j = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += j.numPassedTests ?? 0;
    failed += j.numFailedTests ?? 0;
    skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${step.name} failed after ${secs} s`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    rmSync(reports, { recursive: true, force: true });
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${step.name} (${secs} s)`);
}
rmSync(reports, { recursive: true, force: true });
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(skipped ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
