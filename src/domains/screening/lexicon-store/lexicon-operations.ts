import { z } from 'zod';
import type { Platform } from '../../../platform/platform.js';
import { LEXICON_FORMATS, type LexiconFormat } from '../lexicon/lexicon-io.js';
import { LEXICON_KINDS, type LexiconKind } from './lexicon-diff.js';
import { exportLexicon, importLexicon, LEXICON_NAME, listLexicons, seedDefaultLexicons } from './lexicon-store.js';

// The data side of `xinren lexicon …`, run by the CLI against the database or inside the server
// that holds the embedded one (see src/cli/operations.ts). The CLI acts as `cli`, like its other
// commands; the server's audit log records it so.

const CLI_ACTOR = 'cli';
const name = z.string().regex(LEXICON_NAME, 'not a lexicon name');
const format = z.enum(LEXICON_FORMATS as ['txt', 'csv', 'json']);

async function seeded(p: Platform): Promise<void> {
  await seedDefaultLexicons(p.db, { clock: p.clock });
}

export const LEXICON_OPERATIONS = {
  'lexicon.list': {
    args: z.object({}),
    run: async (p: Platform) => {
      await seeded(p);
      return listLexicons(p.db);
    },
  },
  'lexicon.export': {
    args: z.object({ name, format, version: z.number().int().min(1).optional() }),
    run: async (p: Platform, a: { name: string; format: LexiconFormat; version?: number }) => {
      await seeded(p);
      return exportLexicon(p.db, a.name, a.format, a.version);
    },
  },
  'lexicon.import': {
    args: z.object({
      name,
      format,
      content: z.string(),
      replace: z.boolean().default(false),
      note: z.string().max(1_000).optional(),
      kind: z.enum(LEXICON_KINDS as ['terms', 'allow']).optional(),
    }),
    run: async (
      p: Platform,
      a: { name: string; format: LexiconFormat; content: string; replace: boolean; note?: string; kind?: LexiconKind },
    ) => {
      await seeded(p);
      // The file is the whole intent of the command, so it applies to whatever version is current;
      // a concurrent edit between these two steps still gets a version conflict, not a lost update.
      const current = (await listLexicons(p.db)).find((l) => l.name === a.name);
      return importLexicon(p.db, p.clock, {
        name: a.name,
        baseVersion: current?.version ?? 0,
        format: a.format,
        content: a.content,
        mode: a.replace ? 'replace' : 'merge',
        note: a.note,
        kind: a.kind,
        actor: CLI_ACTOR,
      });
    },
  },
} as const;
