import { type DynamicModule, Logger as NestLogger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { LoggerModule } from 'nestjs-pino';
import { createOrmConfig } from '@dp/api/database';
import { OrganisationModule } from '@dp/api/organisation';
import { InitiativesModule } from '@dp/api/initiatives';
import { PrioritisationModule } from '@dp/api/prioritisation';
import { AuthModule } from '@dp/api/auth';
import { AuditModule } from '@dp/api/audit';
import { DecisionsModule, type MailOptions } from '@dp/api/decisions';
import { HealthController } from './health/health.controller.js';
import { createFormatError, expandFieldErrorsPlugin } from './graphql/format-error.js';

export interface AppModuleOptions {
  databaseUrl: string;
  logLevel: string;
  /** human-readable logs for a developer's terminal */
  prettyLogs: boolean;
  /** SQL statement logging, for tests that count queries */
  onQuery?: (sql: string) => void;
  /** e-mail of decisions to applicants; without an SMTP URL they are shown in the application only */
  mail?: MailOptions;
}

export const DEFAULT_MAIL_FROM = 'Digitaliseringsportföljen <noreply@kommun.example>';

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const errorLogger = new NestLogger('GraphQL');
    return {
      module: AppModule,
      controllers: [HealthController],
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: options.logLevel,
            autoLogging: { ignore: (req) => req.url === '/health' },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            ...(options.prettyLogs ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
          },
        }),
        MikroOrmModule.forRoot({
          ...createOrmConfig({
            clientUrl: options.databaseUrl,
            debug: options.onQuery ? ['query'] : false,
            logger: options.onQuery,
          }),
          registerRequestContext: true,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: true,
          playground: false,
          graphiql: true,
          formatError: createFormatError((e) => errorLogger.error(e)),
          plugins: [expandFieldErrorsPlugin],
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        }),
        AuthModule,
        OrganisationModule,
        InitiativesModule,
        PrioritisationModule,
        AuditModule,
        DecisionsModule.forRoot(options.mail ?? { smtpUrl: null, from: DEFAULT_MAIL_FROM }),
      ],
    };
  }
}
