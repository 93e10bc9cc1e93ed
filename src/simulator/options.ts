import { z } from 'zod';

/** The simulator's settings, as the CLI and `startSimulator` take them. */
export const SimulatorSettings = z.object({
  url: z.string().url().default('http://127.0.0.1:8080'),
  apiKey: z.string().min(1, 'an API key is needed (--api-key or XINREN_API_KEY)'),
  /** Events per second. */
  rate: z.number().min(0).max(100_000).default(20),
  seed: z.number().int().min(0).max(0xffff_ffff).default(42),
  problemShare: z.number().min(0).max(1).default(0.08),
  webhookPort: z.number().int().min(0).max(65_535).default(0),
  webhookHost: z.string().min(1).default('127.0.0.1'),
  /** The URL Xinren should call, when it differs from http://<webhookHost>:<port>/webhooks (a proxy, a container). */
  webhookUrl: z.string().url().optional(),
  /** A run name: the same seed with another run name gets fresh ids against the same Xinren. */
  run: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,32}$/, 'letters, digits and _ only, at most 32')
    .optional(),
  /** How often generated events are batched and sent, in ms. */
  intervalMs: z.number().int().min(10).max(60_000).default(250),
  /** Share of decisions (with a measure on a merchant or host) that the party appeals. */
  appealShare: z.number().min(0).max(1).default(0.2),
  /** The party appeals after a delay drawn uniformly from [min, max] ms. */
  appealDelayMinMs: z.number().int().min(0).max(3_600_000).default(3_000),
  appealDelayMaxMs: z.number().int().min(0).max(3_600_000).default(20_000),
  /**
   * A key with the admin scope, to create the keys merchants and hosts appeal with (Xinren takes
   * an appeal only from the party). Default: apiKey; without the admin scope, no appeals are filed.
   */
  adminApiKey: z.string().min(1).optional(),
  /** How long startup waits for Xinren to answer the webhook registration, in ms. */
  startupTimeoutMs: z.number().int().min(0).default(30_000),
});
export type SimulatorSettings = z.infer<typeof SimulatorSettings>;
export type SimulatorSettingsInput = z.input<typeof SimulatorSettings>;
