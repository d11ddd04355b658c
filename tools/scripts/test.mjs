// The one test command (`npm test`): every check, in order, stopping at the first red step, and at the end
// one line with the tests that passed and failed (`N passed, N failed`).
//
// The tests run on Jest through Nx, each project's own targets (README, "Testing"):
//   test         every project's unit and component tests   nx run-many -t test
//   integration  the API through GraphQL on PostgreSQL       nx run api:integration
//   smoke        the built app as a process                  nx run api:smoke
//   e2e          browser journeys in Chromium                nx run web-e2e:e2e
// Extra arguments go to each Nx command, e.g. `npm test -- --skip-nx-cache`.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const nxArgs = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };

const nx = (...args) => ({ cmd: 'nx', args: [...args, '--output-style=stream', ...nxArgs], counts: true });
const steps = [
  { name: 'type-check', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'drift (schema.gql and generated client code)', cmd: 'npm', args: ['run', '--silent', 'drift'] },
  { name: 'unit and component tests (every project)', ...nx('run-many', '-t', 'test') },
  { name: 'integration (GraphQL on the embedded PostgreSQL)', ...nx('run', 'api:integration') },
  { name: 'build (api and web)', cmd: 'npm', args: ['run', '--silent', 'build'] },
  { name: 'smoke (the built app)', ...nx('run', 'api:smoke') },
  { name: 'browser journeys (Chromium)', ...nx('run', 'web-e2e:e2e') },
];

// Jest's summary line, e.g. "Tests:       1 failed, 2 skipped, 40 passed, 43 total" (replayed by Nx on a cache hit)
function count(line) {
  const summary = /Tests:\s+(.*\d+ total)/.exec(stripVTControlCharacters(line));
  if (!summary) return;
  for (const [, n, kind] of summary[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
    totals[kind === 'todo' ? 'skipped' : kind] += Number(n);
  }
}

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TZ: 'UTC', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    });
    for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      let rest = '';
      stream.on('data', (chunk) => {
        out.write(chunk);
        if (!step.counts) return;
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        lines.forEach(count);
      });
      stream.on('end', () => step.counts && count(rest));
    }
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const summary = () => `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const status = await run(step);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✗ ${step.name} failed after ${secs} s`);
    if (totals.failed === 0) totals.failed = 1;
    console.log(summary());
    process.exit(status);
  }
  console.log(`✓ ${step.name} (${secs} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(summary());
