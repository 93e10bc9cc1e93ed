import { z } from 'zod';
import type { Platform } from '../../../platform/platform.js';
import { BACKTEST_KINDS, finishBacktest, startBacktest, stepBacktest } from './backtest.js';
import { createPolicy, getPolicy, listPolicies, setPolicyStatus, TARGET_STATUSES } from './policy.service.js';
import { policyRuntimeFor } from './policy-runtime.js';

// The data side of `xinren policy …`, run by the CLI against the database or inside the server
// that holds the embedded one (see src/cli/operations.ts). The CLI acts as `cli`.

const CLI_ACTOR = 'cli';
const version = z.number().int().min(1);

/** The seeded default exists before anything is listed or changed. */
async function ready(p: Platform) {
  return policyRuntimeFor(p.db, p.clock).current();
}

export const POLICY_OPERATIONS = {
  'policy.list': {
    args: z.object({}),
    run: async (p: Platform) => {
      await ready(p);
      return listPolicies(p.db);
    },
  },
  'policy.show': {
    args: z.object({ version }),
    run: async (p: Platform, a: { version: number }) => {
      await ready(p);
      return getPolicy(p.db, a.version);
    },
  },
  'policy.create': {
    args: z.object({ source: z.string().min(1), note: z.string().max(1_000).optional() }),
    run: async (p: Platform, a: { source: string; note?: string }) => {
      await ready(p);
      return createPolicy(p.db, p.clock, { source: a.source, note: a.note ?? null, actor: CLI_ACTOR });
    },
  },
  'policy.set-status': {
    args: z.object({ version, status: z.enum(TARGET_STATUSES) }),
    run: async (p: Platform, a: { version: number; status: (typeof TARGET_STATUSES)[number] }) => {
      const runtime = policyRuntimeFor(p.db, p.clock);
      await runtime.current();
      const result = await setPolicyStatus(p.db, p.clock, { ...a, actor: CLI_ACTOR });
      runtime.invalidate();
      return result;
    },
  },
  'policy.backtest.start': {
    args: z.object({
      version,
      from: z.iso.datetime({ offset: true }).optional(),
      to: z.iso.datetime({ offset: true }).optional(),
      kind: z.enum(BACKTEST_KINDS).optional(),
      examples: z.number().int().min(0).max(100).default(5),
    }),
    run: (
      p: Platform,
      a: { version: number; from?: string; to?: string; kind?: (typeof BACKTEST_KINDS)[number]; examples: number },
    ) =>
      startBacktest(p.db, p.clock, {
        version: a.version,
        from: a.from ? new Date(a.from) : undefined,
        to: a.to ? new Date(a.to) : undefined,
        kind: a.kind,
        examples: a.examples,
      }),
  },
  'policy.backtest.step': {
    args: z.object({
      runId: z.string().min(1).max(100),
      maxEvents: z.number().int().min(1).max(10_000).default(1_000),
    }),
    run: (p: Platform, a: { runId: string; maxEvents: number }) => stepBacktest(p.db, a.runId, a.maxEvents),
  },
  'policy.backtest.finish': {
    args: z.object({ runId: z.string().min(1).max(100) }),
    run: async (_p: Platform, a: { runId: string }) => finishBacktest(a.runId),
  },
} as const;
