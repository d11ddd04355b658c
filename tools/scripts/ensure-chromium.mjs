#!/usr/bin/env node
// Makes sure Debian's Chromium is available for the browser journeys (apps/web-e2e).
// Uses CHROMIUM_PATH when set, otherwise /usr/bin/chromium. Installs it with apt-get when it can
// (running as root on a Debian/Ubuntu machine); otherwise says in one line how to get it.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function aptGetAvailable() {
  return ['/usr/bin/apt-get', '/bin/apt-get'].some((p) => existsSync(p));
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

if (isExecutable(executable)) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!process.env.CHROMIUM_PATH && isRoot && aptGetAvailable()) {
  console.log(`ensure-chromium: ${executable} not found, installing Debian's chromium with apt-get …`);
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && isExecutable(executable)) {
    console.log(`ensure-chromium: installed ${executable}`);
    process.exit(0);
  }
  console.error(`ensure-chromium: apt-get could not install chromium; install it by hand (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable.`);
  process.exit(1);
}

console.error(
  `ensure-chromium: Chromium not found at ${executable}. Install it with \`sudo apt-get install -y chromium\` or set CHROMIUM_PATH to a Chromium executable.`,
);
process.exit(1);
