import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { actorOf, principalOf, STAFF_READ } from '../../../platform/http/principal.js';
import { allowEntrySchema, LEXICON_CATEGORIES, lexiconEntrySchema } from '../lexicon/lexicon-entry.js';
import { LEXICON_FORMATS } from '../lexicon/lexicon-io.js';
import { LEXICON_KINDS, tidyEntry } from './lexicon-diff.js';
import {
  diffLexiconVersions,
  EXPORT_CONTENT_TYPES,
  editLexicon,
  exportLexicon,
  getLexiconSnapshot,
  importLexicon,
  LEXICON_NAME,
  listLexicons,
  listLexiconVersions,
  seedDefaultLexicons,
} from './lexicon-store.js';

const WRITE = { roles: ['admin', 'lead'], scopes: ['admin'] } as const;

const NameParams = z.object({ name: z.string().regex(LEXICON_NAME, 'not a lexicon name') });
const version = z.coerce.number().int().min(1);
const format = z.enum(LEXICON_FORMATS as ['txt', 'csv', 'json']);

const ChangeFields = {
  baseVersion: z
    .number()
    .int()
    .min(0)
    .describe('The version the change was made against; 0 creates a lexicon that does not exist yet'),
  note: z.string().max(1_000).optional(),
  kind: z
    .enum(LEXICON_KINDS as ['terms', 'allow'])
    .optional()
    .describe('Kind of a lexicon created with baseVersion 0'),
};

const EditBody = z.object({
  ...ChangeFields,
  upsert: z
    .array(z.union([lexiconEntrySchema, allowEntrySchema]))
    .max(100_000)
    .optional(),
  remove: z
    .array(z.object({ term: z.string().min(1).max(100), category: z.string().max(100).optional() }).strict())
    .max(100_000)
    .optional(),
});

const ImportBody = z.object({
  ...ChangeFields,
  format,
  content: z.string().max(32 * 1024 * 1024),
  mode: z.enum(['merge', 'replace']),
});

export const lexiconStoreRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = async (app, { db, clock }) => {
  // A store that was never used gets the shipped defaults before its first request, whichever
  // process (server, worker, CLI) comes first; later requests skip this.
  let seeded: Promise<unknown> | undefined;
  app.addHook('preHandler', async () => {
    seeded ??= seedDefaultLexicons(db, { clock }).catch((err: unknown) => {
      seeded = undefined;
      throw err;
    });
    await seeded;
  });

  app.get(
    '/v1/screening/lexicons',
    {
      schema: { tags: ['screening'], summary: 'Lexicons with their current version' },
      config: { access: STAFF_READ },
    },
    async () => ({ items: await listLexicons(db) }),
  );

  app.get(
    '/v1/screening/lexicons/:name',
    {
      schema: {
        tags: ['screening'],
        summary: 'Entries of one lexicon version (default: the current one), filtered and paged',
        params: NameParams,
        querystring: z.object({
          version: version.optional(),
          q: z.string().max(100).optional().describe('Part of the term, case-insensitive'),
          category: z.enum(LEXICON_CATEGORIES).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      config: { access: STAFF_READ },
    },
    async (req) => {
      const { version: v, q, category, limit, offset } = req.query;
      const snap = await getLexiconSnapshot(db, req.params.name, v);
      const needle = q?.toLowerCase();
      const matching = snap.entries.filter(
        (e) =>
          (needle === undefined || e.term.toLowerCase().includes(needle)) &&
          (category === undefined || ('category' in e && e.category === category)),
      );
      return {
        name: snap.name,
        kind: snap.kind,
        version: snap.version,
        total: matching.length,
        entries: matching.slice(offset, offset + limit).map((e) => tidyEntry(snap.kind, e)),
      };
    },
  );

  app.get(
    '/v1/screening/lexicons/:name/versions',
    {
      schema: { tags: ['screening'], summary: 'Versions of a lexicon, newest first', params: NameParams },
      config: { access: STAFF_READ },
    },
    async (req) => ({ items: await listLexiconVersions(db, req.params.name) }),
  );

  app.get(
    '/v1/screening/lexicons/:name/diff',
    {
      schema: {
        tags: ['screening'],
        summary: 'Entries added, removed and changed between two versions',
        description: 'Defaults: `to` the current version, `from` the one before `to` (0 means empty).',
        params: NameParams,
        querystring: z.object({ from: z.coerce.number().int().min(0).optional(), to: version.optional() }),
      },
      config: { access: STAFF_READ },
    },
    async (req) => diffLexiconVersions(db, req.params.name, req.query),
  );

  app.post(
    '/v1/screening/lexicons/:name/edits',
    {
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags: ['screening'],
        summary: 'Upsert and remove entries, making a new version',
        description:
          'Entries are identified by (term, category) in a terms lexicon and by term in an allow list; a removal without category removes the term from every category. 409 screening.version_conflict when baseVersion is not the current version. A change that changes nothing makes no version.',
        params: NameParams,
        body: EditBody,
      },
      config: { access: WRITE },
    },
    async (req) => editLexicon(db, clock, { ...req.body, name: req.params.name, actor: actorOf(principalOf(req)) }),
  );

  app.post(
    '/v1/screening/lexicons/:name/import',
    {
      bodyLimit: 40 * 1024 * 1024,
      schema: {
        tags: ['screening'],
        summary: 'Import a txt, csv or json file, merged into the lexicon or replacing it',
        params: NameParams,
        body: ImportBody,
      },
      config: { access: WRITE },
    },
    async (req) => importLexicon(db, clock, { ...req.body, name: req.params.name, actor: actorOf(principalOf(req)) }),
  );

  app.get(
    '/v1/screening/lexicons/:name/export',
    {
      schema: {
        tags: ['screening'],
        summary: 'One version of a lexicon as a txt, csv or json file',
        params: NameParams,
        querystring: z.object({ format: format.default('csv'), version: version.optional() }),
      },
      config: { access: STAFF_READ },
    },
    async (req, reply) => {
      const { format: f, version: v } = req.query;
      const out = await exportLexicon(db, req.params.name, f, v);
      return reply
        .type(EXPORT_CONTENT_TYPES[f])
        .header('content-disposition', `attachment; filename="${req.params.name}-v${out.version}.${f}"`)
        .send(out.text);
    },
  );
};
