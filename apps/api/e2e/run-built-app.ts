import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const MAIN = 'dist/apps/api/apps/api/src/main.js';
/** the repository root, where the built app is started from (the tests run with the project as cwd) */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningApp {
  baseUrl: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM and wait; resolves with the exit code */
  stop(): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'SEED_DEMO', 'PORT', 'HOST', 'WEB_DIST']) delete clean[k];
  return { ...clean, LOG_FORMAT: 'json', LOG_LEVEL: 'info', ...env };
}

/** Runs the built API until it exits (for start-up failures). */
export async function runToExit(env: Record<string, string>, timeoutMs = 180_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env: baseEnv(env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

/** Starts the built API and waits until /health answers 200. */
export async function startBuiltApp(env: Record<string, string>): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env: baseEnv({ PORT: String(port), ...env }) });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not become healthy within 180 s:\n${out}`);
    }
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export async function gql<T>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  cookie?: string,
): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

/** Signs in a demo user (password `demo`) and returns the session cookie. */
export async function login(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!) { login(email: $e, password: "demo") { id } }', variables: { e: email } }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login as ${email} failed: ${await res.text()}`);
  return cookie;
}
