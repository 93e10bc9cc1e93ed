import { z } from 'zod';
import { LEXICON_OPERATIONS } from '../domains/screening/lexicon-store/lexicon-operations.js';
import { POLICY_OPERATIONS } from '../domains/screening/policy/policy-operations.js';
import { verifyAuditChain } from '../platform/audit/audit.service.js';
import { ROLES, SCOPES } from '../platform/auth/roles.js';
import type { Platform } from '../platform/platform.js';

// The CLI commands that touch data, each as one function of the platform. The CLI runs them
// against the database directly, or, when a server holds the embedded PGlite database, inside
// that server through the local bridge; either way the same code runs.
export const CLI_OPERATIONS = {
  'user.add': {
    args: z.object({
      username: z.string().min(2).max(64),
      role: z.enum(ROLES),
      subjectId: z.string().optional(),
      password: z.string().min(10).optional(),
    }),
    run: (p: Platform, a: { username: string; role: (typeof ROLES)[number]; subjectId?: string; password?: string }) =>
      p.auth.createUser({ ...a, actor: 'cli' }),
  },
  'apikey.create': {
    args: z.object({
      name: z.string().min(1).max(100),
      scopes: z.array(z.enum(SCOPES)).min(1),
      subjectId: z.string().optional(),
    }),
    run: (p: Platform, a: { name: string; scopes: (typeof SCOPES)[number][]; subjectId?: string }) =>
      p.auth.createApiKey({ ...a, actor: 'cli' }),
  },
  'apikey.revoke': {
    args: z.object({ id: z.string().min(1) }),
    run: (p: Platform, a: { id: string }) => p.auth.revokeApiKey(a.id, 'cli'),
  },
  'audit.verify': {
    args: z.object({}),
    run: (p: Platform) => verifyAuditChain(p.db),
  },
  ...LEXICON_OPERATIONS,
  ...POLICY_OPERATIONS,
} as const;

export type CliOperation = keyof typeof CLI_OPERATIONS;

export function isCliOperation(name: string): name is CliOperation {
  return Object.hasOwn(CLI_OPERATIONS, name);
}

export async function runCliOperation(platform: Platform, name: CliOperation, rawArgs: unknown): Promise<unknown> {
  const op = CLI_OPERATIONS[name];
  const args = op.args.parse(rawArgs);
  return (op.run as (p: Platform, a: unknown) => Promise<unknown>)(platform, args);
}
