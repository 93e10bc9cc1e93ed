import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { defaultScreeningEngine } from './engine/default-engine.js';
import type { ScreenContext } from './engine/screen-text.js';
import { CONTENT_KINDS, type ContentKind } from './lexicon/lexicon-entry.js';
import { ScreeningError, ScreeningErrorCode } from './screening.errors.js';

export const MAX_SCREEN_BYTES = 1024 * 1024;

const ScreenBody = z.object({
  kind: z.string().max(50),
  text: z.string(),
  context: z.record(z.string(), z.unknown()).optional(),
});

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

export const screeningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/v1/screen',
    {
      // Room for a text of 1 MiB after JSON escaping; larger texts get our own 413 below.
      bodyLimit: 8 * MAX_SCREEN_BYTES,
      schema: {
        tags: ['screening'],
        summary: 'Screen one text: outcome, score and findings with exact offsets',
        description:
          'Findings point at the original text (UTF-16 start/end, 1-based line). The outcome follows the default policy until policies arrive: severity 5 blocks (stops a live stream), 3 and above goes to review.',
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
      const engine = await defaultScreeningEngine();
      const result = engine.screen({
        kind,
        text: req.body.text,
        context: req.body.context as ScreenContext | undefined,
      });
      return { ...result, policy: 'default' };
    },
  );
};
