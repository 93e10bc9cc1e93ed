import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from './support/platform-fixture.js';

// Malformed bodies against the public endpoints: never a 500, never a change.

const TABLES = [
  'auth_users',
  'auth_sessions',
  'auth_api_keys',
  'evt_events',
  'wh_endpoints',
  'outbox_messages',
  'wh_deliveries',
  'job_jobs',
  'audit_entries',
];

const jsonish = fc.oneof(
  fc.jsonValue(),
  fc.array(fc.dictionary(fc.constantFrom('specversion', 'id', 'source', 'type', 'data', 'time', 'x'), fc.jsonValue()), {
    maxLength: 5,
  }),
  fc
    .record({
      specversion: fc.constant('1.0'),
      id: fc.string(),
      source: fc.string(),
      type: fc.constantFrom('order.paid', 'listing.upserted', 'live.segment'),
      data: fc.jsonValue(),
    })
    .map((e) => [e]),
);
const rawBody = fc.oneof(
  jsonish.map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 50 }).map((s) => `[{"id": ${s}`),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/cloudevents-batch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
);

describe('fuzzing the public endpoints with malformed bodies', () => {
  let f: PlatformFixture;
  let key: string;
  let cookie: string;
  beforeAll(async () => {
    f = await platformFixture();
    key = await f.apiKey(['admin']);
    cookie = await f.login('admin');
  });
  afterAll(() => f.close());

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of TABLES) {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(f.platform.db);
      out[t] = Number(r.rows[0]!.n);
    }
    return out;
  }

  const routes = [
    { method: 'POST', url: '/v1/events', auth: 'key' },
    { method: 'POST', url: '/v1/auth/login', auth: 'none' },
    { method: 'POST', url: '/v1/webhooks/endpoints', auth: 'cookie' },
    { method: 'PATCH', url: '/v1/webhooks/endpoints/whe_nope', auth: 'cookie' },
    { method: 'POST', url: '/v1/users', auth: 'cookie' },
    { method: 'POST', url: '/v1/api-keys', auth: 'key' },
  ] as const;

  for (const route of routes) {
    it(`${route.method} ${route.url} answers 4xx and changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(rawBody, contentType, async (body, type) => {
          const before = await counts();
          const res = await f.app.inject({
            method: route.method,
            url: route.url,
            payload: body,
            headers: {
              'content-type': type,
              ...(route.auth === 'key' ? { authorization: `Bearer ${key}` } : {}),
              ...(route.auth === 'cookie' ? { cookie } : {}),
            },
          });
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(typeof res.json().error.code).toBe('string');
            expect(await counts()).toEqual(before);
          } else {
            // Only the event route answers 200 to a body it partly refuses; nothing random is valid.
            expect(res.json().accepted).toBe(0);
            expect(await counts()).toEqual(before);
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});
