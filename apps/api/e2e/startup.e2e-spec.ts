import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedDatabase } from '@dp/api/database';
import { freePort, gql, login, runToExit, startBuiltApp } from './run-built-app.js';

// The built app (`npm run build`) as a user starts it: start-up failures, DATABASE_URL, shutdown, restart.

const tmpDirs: string[] = [];
async function tmp(prefix: string): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), prefix));
  tmpDirs.push(d);
  return d;
}

afterAll(async () => {
  await Promise.all(tmpDirs.map((d) => rm(d, { recursive: true, force: true })));
});

function expectOneClearLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

function postgresRunningFor(dataDir: string): boolean {
  try {
    return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).includes(path.join(dataDir, 'postgres'));
  } catch {
    return false;
  }
}

describe('start-up failures give one clear line and exit 1', () => {
  it('a port already in use', async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(port, () => r()));
    try {
      const r = await runToExit({ PORT: String(port), DATA_DIR: await tmp('dp-port-') });
      expect(r.code).toBe(1);
      expectOneClearLine(r.stderr, new RegExp(`Port ${port} is already in use.*PORT=`));
    } finally {
      blocker.close();
    }
  });

  it('an unreachable DATABASE_URL', async () => {
    const r = await runToExit({ PORT: String(await freePort()), DATABASE_URL: 'postgresql://nobody:secret@127.0.0.1:1/none' });
    expect(r.code).toBe(1);
    expectOneClearLine(r.stderr, /Cannot connect to PostgreSQL at postgresql:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none.*Check DATABASE_URL/);
    expect(r.stderr).not.toContain('secret');
  });

  it('a malformed DATABASE_URL', async () => {
    const r = await runToExit({ DATABASE_URL: 'not a url' });
    expect(r.code).toBe(1);
    expectOneClearLine(r.stderr, /Invalid configuration: DATABASE_URL must be a PostgreSQL URL/);
  });

  it('a data directory that cannot be written', async () => {
    const r = await runToExit({ PORT: String(await freePort()), DATA_DIR: '/etc/hostname/data' });
    expect(r.code).toBe(1);
    expectOneClearLine(r.stderr, /The data directory \/etc\/hostname\/data is not writable.*DATA_DIR/);
  });
});

describe('with DATABASE_URL another PostgreSQL is used, same code path', () => {
  let server: EmbeddedDatabase;
  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir: await tmp('dp-external-pg-') });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('migrates and seeds an empty database, and SEED_DEMO=false leaves it empty', async () => {
    await ensureDatabase(server.serverUrl, 'external_demo');
    await ensureDatabase(server.serverUrl, 'external_empty');
    const demo = await startBuiltApp({ DATABASE_URL: withDatabase(server.serverUrl, 'external_demo') });
    const empty = await startBuiltApp({ DATABASE_URL: withDatabase(server.serverUrl, 'external_empty'), SEED_DEMO: 'false' });
    try {
      const q = '{ fundRounds { name } initiatives(first: 1) { totalCount } }';
      const cookie = await login(demo.baseUrl, 'portfoljkontor@demo.example');
      const a = await gql<{ fundRounds: { name: string }[]; initiatives: { totalCount: number } }>(demo.baseUrl, q, undefined, cookie);
      expect(a.data?.fundRounds.map((r) => r.name)).toContain('Digitaliseringspotten 2027');
      expect(a.data?.initiatives.totalCount).toBeGreaterThanOrEqual(18);
      // no demo data: no departments, rounds, initiatives or users (so nobody can sign in)
      const b = await gql<{ fundRounds: unknown[]; departments: unknown[] }>(empty.baseUrl, '{ fundRounds { name } departments { id } }');
      expect(b.data).toEqual({ fundRounds: [], departments: [] });
      await expect(login(empty.baseUrl, 'portfoljkontor@demo.example')).rejects.toThrow(/INVALID_CREDENTIALS/);
    } finally {
      expect(await demo.stop()).toBe(0);
      expect(await empty.stop()).toBe(0);
    }
  });
});

/** only as root: the embedded PostgreSQL's own user, created and let through private directories */
const asRoot = process.getuid?.() === 0 ? it : it.skip;

describe('the embedded PostgreSQL', () => {
  asRoot('starts as root with its data inside a private (0700) directory, saying what it opened', async () => {
    const privateDir = await tmp('dp-private-');
    const dataDir = path.join(privateDir, 'checkout', '.data');
    const app = await startBuiltApp({ DATA_DIR: dataDir });
    try {
      expect(app.output()).toContain(`allowed it to pass through (o+x, no reading) `);
      expect(app.output()).toContain(privateDir);
    } finally {
      expect(await app.stop()).toBe(0);
    }
  });

  it('stops cleanly on SIGTERM and keeps the data for the next start', async () => {
    const dataDir = await tmp('dp-restart-');
    const first = await startBuiltApp({ DATA_DIR: dataDir });
    const cookie = await login(first.baseUrl, 'sokande@demo.example');
    const rounds = await gql<{ fundRounds: { id: string; code: string }[]; departments: { id: string; code: string }[]; goalAreas: { id: string }[] }>(
      first.baseUrl,
      '{ fundRounds { id code } departments { id code } goalAreas { id } }',
    );
    const input = {
      title: 'Sparas över en omstart',
      description: 'Ett initiativ som ska finnas kvar när tjänsten har startats om.',
      departmentId: rounds.data!.departments.find((d) => d.code === 'BUF')!.id,
      fundRoundId: rounds.data!.fundRounds.find((r) => r.code === 'DP2027')!.id,
      goalAreaIds: [rounds.data!.goalAreas[0]!.id],
      requestedAmount: 123_456,
    };
    const created = await gql<{ createInitiative: { id: string } }>(
      first.baseUrl,
      'mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }',
      { input },
      cookie,
    );
    expect(created.errors).toBeUndefined();
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain('stopped');
    expect(postgresRunningFor(dataDir)).toBe(false);

    const second = await startBuiltApp({ DATA_DIR: dataDir });
    try {
      // the session is stored in PostgreSQL, so it survives the restart too
      const again = await gql<{ initiative: { title: string; requestedAmount: number } | null; initiatives: { totalCount: number } }>(
        second.baseUrl,
        'query($id: ID!) { initiative(id: $id) { title requestedAmount } initiatives(first: 1) { totalCount } }',
        { id: created.data!.createInitiative.id },
        cookie,
      );
      expect(again.data?.initiative).toEqual({ title: 'Sparas över en omstart', requestedAmount: 123_456 });
      // the demo data is loaded once, not again on the second start
      expect(second.output()).not.toContain('loaded demo data');
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
