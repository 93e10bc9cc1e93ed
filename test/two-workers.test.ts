import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/platform/clock.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../src/platform/db/test-database.js';
import { publishWebhook } from '../src/platform/outbox/publish.js';
import { createPlatform } from '../src/platform/platform.js';
import { type ServerProcess, startServerProcess } from './support/cli-process.js';
import { WebhookReceiver } from './support/webhook-receiver.js';

// Two `xinren worker` processes on one PostgreSQL share the queue: every message is sent once.
describe.runIf(testDbKind() === 'postgres')('two worker processes on PostgreSQL', () => {
  let t: TestDatabase;
  let receiver: WebhookReceiver;
  const workers: ServerProcess[] = [];
  beforeAll(async () => {
    t = await createTestDatabase();
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await receiver.stop();
    await t.close();
  });

  it('deliver each of 300 queued messages exactly once between them', async () => {
    const platform = createPlatform(t.db, systemClock, pino({ level: 'silent' }));
    await platform.webhooks.createEndpoint({ url: receiver.url, eventTypes: ['*'], actor: 'test' });
    const ids = new Set<string>();
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 300; i++) {
        ids.add(
          await publishWebhook(trx, systemClock, 'stream.stop_requested', {
            sessionId: `s${i}`,
            hostId: 'h',
            reason: 'load',
          }),
        );
      }
    });
    const env = { DATABASE_URL: t.url!, XINREN_LOG_LEVEL: 'warn' };
    // A worker has no HTTP port to poll: the deliveries themselves show it is running.
    workers.push(
      ...(await Promise.all([0, 1].map(() => startServerProcess(env, ['worker'], { waitForHealth: false })))),
    );
    const until = Date.now() + 60_000;
    while (receiver.received.length < 300 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    // A little longer, to catch a late double send.
    await new Promise((r) => setTimeout(r, 500));
    const got = receiver.received.map((r) => r.headers['webhook-id']!);
    expect(got).toHaveLength(300);
    expect(new Set(got)).toEqual(ids);
    const states = await t.db.selectFrom('whDeliveries').select('status').distinct().execute();
    expect(states).toEqual([{ status: 'succeeded' }]);
  });
});
