import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Platform } from '../../platform/platform.js';
import { shippedEngineSource } from './engine/default-engine.js';
import type { ScreenContext } from './engine/screen-text.js';
import { CONTENT_KINDS, type ContentKind } from './lexicon/lexicon-entry.js';
import { defaultPolicy } from './policy/default-policy.js';
import { evaluatePolicy } from './policy/evaluate-policy.js';
import type { PolicySnapshot } from './policy/policy-runtime.js';
import { screeningSourcesFor } from './policy/screening-sources.js';
import { ScreeningError, ScreeningErrorCode } from './screening.errors.js';

export const MAX_SCREEN_BYTES = 1024 * 1024;

const ScreenBody = z.object({
  kind: z.string().max(50),
  text: z.string(),
  context: z.record(z.string(), z.unknown()).optional(),
});

interface ScreenResponse {
  outcome: string;
  score: number;
  findings: unknown[];
  policy: { version: number | null; name: string };
  rules: readonly unknown[];
  shadow?: { version: number; outcome: string };
}

function contentKind(kind: string): ContentKind {
  // Live-room chat reads like comments and is screened as one.
  const k = kind === 'chat' ? 'comment' : kind;
  if (!(CONTENT_KINDS as readonly string[]).includes(k)) {
    throw new ScreeningError(
      ScreeningErrorCode.UnknownKind,
      `unknown kind ${kind}; kinds are ${[...CONTENT_KINDS, 'chat'].join(', ')}`,
    );
  }
  return k as ContentKind;
}

export interface ScreeningRoutesOptions {
  /** Screens with the database's policies and engine source; without it, the shipped defaults. */
  platform?: Platform;
}

export const screeningRoutes: FastifyPluginAsyncZod<ScreeningRoutesOptions> = async (app, opts) => {
  const sources = opts.platform
    ? screeningSourcesFor(opts.platform.db, opts.platform.clock)
    : {
        engines: shippedEngineSource,
        policies: { current: async (): Promise<PolicySnapshot> => ({ active: defaultPolicy(), shadow: null }) },
      };

  app.post(
    '/v1/screen',
    {
      // Room for a text of 1 MiB after JSON escaping; larger texts get our own 413 below.
      bodyLimit: 8 * MAX_SCREEN_BYTES,
      schema: {
        tags: ['screening'],
        summary: 'Screen one text: outcome, score and findings with exact offsets',
        description:
          'Findings point at the original text (UTF-16 start/end, 1-based line). The outcome is decided by the active policy (docs/policies.md), which names the rules that fired; when a shadow policy runs, `shadow` says what it would have decided.',
        body: ScreenBody,
      },
      config: { access: { roles: ['admin', 'lead', 'reviewer', 'analyst'], scopes: ['screen'] } },
    },
    async (req) => {
      const kind = contentKind(req.body.kind);
      const bytes = Buffer.byteLength(req.body.text, 'utf8');
      if (bytes > MAX_SCREEN_BYTES) {
        throw new ScreeningError(
          ScreeningErrorCode.TextTooLarge,
          `the text is ${bytes} bytes; at most ${MAX_SCREEN_BYTES} are screened`,
        );
      }
      const [{ engine }, policies] = await Promise.all([sources.engines.current(), sources.policies.current()]);
      const context = req.body.context as ScreenContext | undefined;
      // The engine's own outcome is its built-in default; the policy decides.
      const { score, findings } = engine.screen({ kind, text: req.body.text, context });
      const input = { kind, context, findings, score };
      const active = evaluatePolicy(policies.active, input);
      const body: ScreenResponse = {
        outcome: active.outcome,
        score,
        findings,
        policy: { version: policies.active.version, name: policies.active.name },
        rules: active.rules,
      };
      if (policies.shadow) {
        body.shadow = {
          version: policies.shadow.version ?? 0,
          outcome: evaluatePolicy(policies.shadow, input).outcome,
        };
      }
      return body;
    },
  );
};
