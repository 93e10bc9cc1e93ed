import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../test/support/platform-fixture.js';
import { WebhookReceiver } from '../../test/support/webhook-receiver.js';
import { ManualClock } from './clock.js';
import { publishWebhook } from './outbox/publish.js';
import { workBell } from './work-bell.js';
import { startWorkerLoop, type WorkerLoop } from './worker-loop.js';

describe('the worker loop and the work bell', () => {
  const clock = new ManualClock(new Date());
  let f: PlatformFixture;
  let receiver: WebhookReceiver;
  let loop: WorkerLoop;
  let rounds = 0;

  beforeAll(async () => {
    f = await platformFixture({ clock });
    receiver = await new WebhookReceiver().start();
    await f.platform.webhooks.createEndpoint({ url: receiver.url, eventTypes: ['*'], actor: 'test' });
    const runOnce = f.platform.dispatcher.runOnce.bind(f.platform.dispatcher);
    f.platform.dispatcher.runOnce = () => {
      rounds++;
      return runOnce();
    };
    // Ten minutes of idle sleep: anything delivered within the test was delivered because of the bell.
    loop = startWorkerLoop(f.platform, { idleMs: 600_000 });
    await vi.waitFor(() => expect(rounds).toBeGreaterThan(0));
  });
  afterAll(async () => {
    await loop.stop();
    await receiver.stop();
    await f.close();
  });

  const stop = (sessionId: string) => ({ sessionId, hostId: 'h1', reason: 'test' });

  it('wakes a sleeping loop when a webhook is published', async () => {
    await f.platform.db.transaction().execute((trx) => publishWebhook(trx, clock, 'stream.stop_requested', stop('s1')));
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 5_000 });
  });

  it('finds a delivery whose transaction commits a while after the ring', async () => {
    await f.platform.db.transaction().execute(async (trx) => {
      await publishWebhook(trx, clock, 'stream.stop_requested', stop('s2'));
      // The loop looks, finds nothing yet, and looks again shortly after.
      await new Promise((resolve) => setTimeout(resolve, 30));
    });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 5_000 });
    expect(receiver.received.map((r) => JSON.parse(r.body).data.sessionId)).toEqual(['s1', 's2']);
  });

  it('rings once after the commit for a transaction run through afterCommit', async () => {
    await workBell.afterCommit((watch) =>
      f.platform.db.transaction().execute(async (tx) => {
        await publishWebhook(watch(tx), clock, 'stream.stop_requested', stop('s3'));
        // No ring yet: inside the scope the bell waits for the commit.
        await new Promise((resolve) => setTimeout(resolve, 30));
      }),
    );
    await vi.waitFor(() => expect(receiver.received).toHaveLength(3), { timeout: 5_000 });
    expect(JSON.parse(receiver.received[2]!.body).data.sessionId).toBe('s3');
  });
});
