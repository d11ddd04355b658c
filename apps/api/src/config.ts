import { z } from 'zod';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const configSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be between 0 and 65535' })
    .max(65535, { error: 'must be between 0 and 65535' })
    .default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), {
      error: 'must be a PostgreSQL URL like postgresql://user:password@host:5432/database',
    })
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  SEED_DEMO: booleanish.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  WEB_DIST: z.string().min(1).optional(),
  /** e-mail of decisions to applicants: smtp://user:password@host:587 or smtps://…; unset = no e-mail */
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/[^\s]+$/.test(v) && URL.canParse(v), { error: 'must be an SMTP URL like smtp://user:password@mail.example.se:587' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Digitaliseringsportföljen <noreply@kommun.example>'),
  /** pretty for a terminal, json for log collectors; default: pretty when stdout is a terminal */
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
});

export type AppConfig = z.output<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads and validates the environment; an invalid value is one clear line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => {
      const key = String(i.path[0] ?? '');
      return `${key} ${i.message} (got "${env[key] ?? ''}")`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
}
