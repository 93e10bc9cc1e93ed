import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookReceiver } from '../../../test/support/webhook-receiver.js';
import { systemClock } from '../clock.js';
import { publishWebhook } from '../outbox/publish.js';
import { createPlatform, type Platform, platformOptionsFor } from '../platform.js';
import { openDatabase } from './database.js';
import { createTestDatabase, type TestDatabase, testDbKind } from './test-database.js';

// On PostgreSQL the worker loops have connections of their own: a webhook is delivered while
// every connection of the request pool is taken (by slow intake transactions, say).
describe.skipIf(testDbKind() !== 'postgres')('the worker pool', () => {
  let test: TestDatabase;
  let handle: Awaited<ReturnType<typeof openDatabase>>;
  let platform: Platform;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    test = await createTestDatabase();
    handle = await openDatabase({ url: test.url as string, poolSize: 2, workerPoolSize: 2 });
    platform = createPlatform(handle.db, systemClock, pino({ level: 'silent' }), platformOptionsFor(handle));
    receiver = await new WebhookReceiver().start();
    await platform.webhooks.createEndpoint({ url: receiver.url, eventTypes: ['*'], actor: 'test' });
  }, 60_000);
  afterAll(async () => {
    await receiver.stop();
    await handle.close();
    await test.close();
  });

  it('delivers while the request pool is exhausted', async () => {
    await handle.db
      .transaction()
      .execute((trx) =>
        publishWebhook(trx, systemClock, 'stream.stop_requested', { sessionId: 's1', hostId: 'h1', reason: 'test' }),
      );
    // Both request connections held in open transactions until the delivery is done.
    let release: () => void = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    const holders = [0, 1].map(() => handle.db.transaction().execute(() => released));
    try {
      const delivered = await Promise.race([
        platform.dispatcher.runOnce(),
        new Promise<'stuck'>((r) => setTimeout(() => r('stuck'), 5_000)),
      ]);
      expect(delivered).toBe(1);
      expect(receiver.received).toHaveLength(1);
    } finally {
      release();
      await Promise.all(holders);
    }
  });
});
