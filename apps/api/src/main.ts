import 'reflect-metadata';
import { pino } from 'pino';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  ensureDatabase,
  prepareDatabase,
  startEmbeddedPostgres,
  StartupError,
  withDatabase,
  type EmbeddedDatabase,
} from '@dp/api/database';
import { hashPassword } from '@dp/api/auth';
import { ConfigError, loadConfig } from './config.js';
import { createApp } from './bootstrap.js';

const DATABASE_NAME = 'digitaliseringsportfoljen';
// dist/apps/api/apps/api/src/main.js → dist/apps/web
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../../web', import.meta.url));

/** Fails fast, before starting PostgreSQL, when the port is taken. */
async function assertPortFree(port: number, host?: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'EADDRINUSE'
          ? new StartupError(`Port ${port} is already in use. Stop the program that uses it or start with PORT=<another port>.`)
          : e.code === 'EACCES'
            ? new StartupError(`Port ${port} needs more privileges. Start with PORT=<a port above 1024>.`)
            : e,
      );
    });
    probe.listen({ port, host }, () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const pretty = config.LOG_FORMAT ? config.LOG_FORMAT === 'pretty' : Boolean(process.stdout.isTTY);
  const log = pino({
    level: config.LOG_LEVEL,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  });

  await assertPortFree(config.PORT, config.HOST);

  let embedded: EmbeddedDatabase | undefined;
  let shuttingDown = false;
  const stopDatabase = async () => {
    await embedded?.stop().catch((e: unknown) => log.error({ err: e }, 'stopping the embedded PostgreSQL failed'));
  };

  try {
    let url = config.DATABASE_URL;
    if (!url) {
      log.info(`starting the embedded PostgreSQL in ${config.DATA_DIR}`);
      embedded = await startEmbeddedPostgres({
        dataDir: config.DATA_DIR,
        log: (m) => log.debug({ pg: m }),
        notice: (m) => log.warn(m),
      });
      await ensureDatabase(embedded.serverUrl, DATABASE_NAME);
      url = withDatabase(embedded.serverUrl, DATABASE_NAME);
    }
    await prepareDatabase({ url, seedDemo: config.SEED_DEMO, hashPassword, log: (m) => log.info(m) });

    const app = await createApp({
      databaseUrl: url,
      logLevel: config.LOG_LEVEL,
      prettyLogs: pretty,
      webDist: config.WEB_DIST ?? DEFAULT_WEB_DIST,
      mail: { smtpUrl: config.SMTP_URL ?? null, from: config.MAIL_FROM },
    });

    const shutdown = async (signal: string) => {
      if (shuttingDown) return;
      shuttingDown = true;
      log.info(`${signal}: shutting down`);
      const force = setTimeout(() => {
        log.error('shutdown took longer than 20 s, exiting');
        process.exit(1);
      }, 20_000);
      force.unref();
      await app.close().catch((e: unknown) => log.error({ err: e }, 'closing the API failed'));
      await stopDatabase();
      log.info('stopped');
      process.exit(0);
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void shutdown(signal));

    try {
      await app.listen(config.PORT, config.HOST ?? '::');
    } catch (e) {
      await app.close().catch(() => undefined);
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new StartupError(`Port ${config.PORT} is already in use. Stop the program that uses it or start with PORT=<another port>.`);
      }
      throw e;
    }
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info(`Digitaliseringsportföljen is running on http://localhost:${port} (GraphQL /graphql, health /health)`);
  } catch (e) {
    await stopDatabase();
    throw e;
  }
}

main().catch((e: unknown) => {
  if (e instanceof StartupError || e instanceof ConfigError) {
    process.stderr.write(`Digitaliseringsportföljen could not start: ${e.message}\n`);
  } else {
    process.stderr.write(`Digitaliseringsportföljen could not start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  process.exit(1);
});
