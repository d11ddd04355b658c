import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** the repository root, where the built app is started from */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** the built API, which also serves the built web client (dist/apps/web) */
export const MAIN = 'dist/apps/api/apps/api/src/main.js';

// generous: a fresh data directory means initdb, migrations and the demo data, on a possibly busy machine
const HEALTH_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

export interface AppServer {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** everything the process wrote so far (stdout and stderr) */
  output(): string;
  /** SIGTERM, then wait for the exit; resolves with the exit code (SIGKILL and an error after 30 s) */
  stop(): Promise<number | null>;
}

/** A TCP port nobody listens on right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export interface StartOptions {
  port: number;
  dataDir: string;
}

/**
 * Starts the built app (`node dist/apps/api/apps/api/src/main.js`) in production mode with the demo
 * data on its own embedded PostgreSQL in `dataDir`, and waits until GET /health answers 200.
 * Fails with the process's output when it exits first or is not healthy within 180 s.
 */
export async function startAppServer({ port, dataDir }: StartOptions): Promise<AppServer> {
  if (!existsSync(path.join(REPO_ROOT, MAIN))) {
    throw new Error(`${MAIN} does not exist: build the app first (npm run build)`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  // always the embedded database in the temporary directory, whatever the developer's shell has
  for (const name of ['DATABASE_URL', 'WEB_DIST', 'HOST']) delete env[name];
  Object.assign(env, { PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'true', NODE_ENV: 'production' });

  const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the app exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${out}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not answer GET /health with 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${out}`);
    }
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    baseUrl,
    port,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`the app did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM:\n${out}`));
        }, STOP_TIMEOUT_MS);
      });
      try {
        return await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
