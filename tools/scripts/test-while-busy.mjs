#!/usr/bin/env node
// Proves that the suite's verdict does not depend on the machine's speed: runs `npm test` here while a
// second copy of it runs at the same time in a fresh clone of this checkout's HEAD on the same machine,
// both without Nx's cache, and reports both results. Exit code 0 only when both pass.
//
//   node tools/scripts/test-while-busy.mjs            (about twice as long as one `npm test`)
//
// The copy gets this checkout's node_modules as hard links (no second install), without Jest's cache.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const here = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(path.join(os.tmpdir(), 'dp-busy-copy-'));
const logs = mkdtempSync(path.join(os.tmpdir(), 'dp-busy-logs-'));

console.log(`cloning HEAD into ${copy}`);
execFileSync('git', ['clone', '--quiet', '--no-hardlinks', here, copy], { stdio: 'inherit' });
execFileSync('cp', ['-al', path.join(here, 'node_modules'), path.join(copy, 'node_modules')]);
rmSync(path.join(copy, 'node_modules', '.cache'), { recursive: true, force: true });
// both copies need Chromium: install it once, before they start
execFileSync('node', [path.join(here, 'tools/scripts/ensure-chromium.mjs')], { stdio: 'inherit' });

function runSuite(name, cwd) {
  const log = path.join(logs, `${name}.log`);
  const out = createWriteStream(log);
  const started = Date.now();
  const child = spawn('npm', ['test', '--', '--skip-nx-cache'], { cwd, env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      out.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
  }
  return new Promise((resolve) =>
    child.on('close', (code) => {
      out.end();
      const summary = stripVTControlCharacters(tail).split('\n').reverse().find((l) => /^\d+ passed, \d+ failed/.test(l.trim())) ?? '(no summary line)';
      resolve({ name, code, seconds: Math.round((Date.now() - started) / 1000), summary: summary.trim(), log });
    }),
  );
}

console.log(`running npm test here and in the copy at the same time (logs in ${logs})`);
const results = await Promise.all([runSuite('here', here), runSuite('copy', copy)]);
for (const r of results) {
  console.log(`${r.name}: ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${r.seconds} s – ${r.summary} – ${r.log}`);
}
rmSync(copy, { recursive: true, force: true });
const ok = results.every((r) => r.code === 0);
console.log(ok ? 'Both runs passed side by side.' : 'A run failed: see its log.');
process.exit(ok ? 0 : 1);
