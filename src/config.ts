import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  XINREN_DATA_DIR: z.string().min(1).default('./data/db'),
  XINREN_ADMIN_PASSWORD: z.string().min(10).optional(),
  XINREN_PUBLIC_URL: z.string().url().optional(),
  XINREN_SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  XINREN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  XINREN_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // The key of the identity fingerprints (HMAC-SHA256); unset means a development key.
  XINREN_IDENTITY_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  XINREN_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = z.infer<typeof Env>;

export class ConfigError extends Error {}

/** Reads the environment once; a bad value ends the process with a one-line message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return parsed.data;
}
