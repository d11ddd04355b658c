import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import { AppModule, type AppModuleOptions } from './app.module.js';

export interface CreateAppOptions extends AppModuleOptions {
  /** directory of the built web client; served with an SPA fallback when present */
  webDist?: string;
}

/** Builds the Nest application (not yet listening): used by main.ts and by the integration tests. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(cookieParser());
  const webDist = options.webDist;
  const index = webDist ? path.join(webDist, 'index.html') : undefined;
  if (webDist && index && existsSync(index)) {
    app.useStaticAssets(webDist, { index: false, maxAge: '1h', setHeaders: noCacheForHtml });
    app.use((req: Request, res: Response, next: NextFunction) => {
      const isApi = req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/api');
      if ((req.method === 'GET' || req.method === 'HEAD') && !isApi && req.accepts('html')) {
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
        return;
      }
      next();
    });
  }
  return app;
}

function noCacheForHtml(res: Response, filePath: string): void {
  if (filePath.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
