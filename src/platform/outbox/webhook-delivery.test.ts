import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';
import { WebhookReceiver } from '../../../test/support/webhook-receiver.js';
import { ManualClock } from '../clock.js';
import { publishWebhook } from './publish.js';
import { signWebhook } from './signature.js';

describe('webhook signatures', () => {
  it('matches the Standard Webhooks reference vector', () => {
    const vector = JSON.parse(
      readFileSync(
        new URL('../../../../shared/data/specs/standard_webhooks_test_vector.json', import.meta.url),
        'utf8',
      ),
    );
    expect(signWebhook(vector.secret, vector['webhook-id'], vector['webhook-timestamp'], vector.payload)).toBe(
      vector['expected_webhook-signature'],
    );
  });
});

describe('webhook delivery', () => {
  const clock = new ManualClock('2026-11-25T08:00:00Z');
  let f: PlatformFixture;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    f = await platformFixture({ clock, dispatcher: { retryScheduleMs: [1_000, 60_000, 3_600_000], timeoutMs: 2_000 } });
  });
  afterAll(() => f.close());
  afterEach(async () => {
    await receiver?.stop();
    await f.platform.db.updateTable('whEndpoints').set({ status: 'disabled' }).execute();
  });

  async function endpoint(types: string[] = ['*']) {
    receiver = await new WebhookReceiver().start();
    return f.platform.webhooks.createEndpoint({ url: receiver.url, eventTypes: types, actor: 'test' });
  }

  async function publish(sessionId: string) {
    return f.platform.db
      .transaction()
      .execute((trx) =>
        publishWebhook(trx, clock, 'stream.stop_requested', { sessionId, hostId: 'h1', reason: 'test' }),
      );
  }

  it('signs deliveries so that the standardwebhooks verifier accepts them', async () => {
    // The verifier rejects timestamps more than five minutes from the real time.
    clock.set(new Date());
    const { secret } = await endpoint();
    const id = await publish('s1');
    expect(await f.platform.dispatcher.runOnce()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(got.headers['webhook-id']).toBe(id);
    const wh = new Webhook(secret);
    const payload = wh.verify(got.body, got.headers) as { type: string; data: { sessionId: string } };
    expect(payload.type).toBe('stream.stop_requested');
    expect(payload.data.sessionId).toBe('s1');
    expect(() => wh.verify(got.body.replace('s1', 's2'), got.headers)).toThrow();
  });

  it('only sends the types an endpoint subscribed to', async () => {
    await endpoint(['listing.blocked']);
    await publish('s2');
    expect(await f.platform.dispatcher.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(0);
  });

  it('writes nothing when the transaction that publishes rolls back', async () => {
    await endpoint();
    await expect(
      f.platform.db.transaction().execute(async (trx) => {
        await publishWebhook(trx, clock, 'stream.stop_requested', {
          sessionId: 'rolled-back',
          hostId: 'h1',
          reason: 'x',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await f.platform.dispatcher.runOnce()).toBe(0);
  });

  it('retries with backoff while the receiver is down and delivers every message once it is back', async () => {
    await endpoint();
    const ids = [await publish('d1'), await publish('d2'), await publish('d3')];
    await receiver.stop();
    await f.platform.dispatcher.runOnce();
    const failing = await f.platform.webhooks.listDeliveries({ status: 'failing', limit: 10 });
    expect(failing).toHaveLength(3);
    expect(failing[0]!.nextAttemptAt!.getTime()).toBe(clock.now().getTime() + 1_000);
    // Not yet due: nothing is attempted.
    expect(await f.platform.dispatcher.runOnce()).toBe(0);
    clock.advance(1_000);
    expect(await f.platform.dispatcher.runOnce()).toBe(3);
    expect((await f.platform.webhooks.listDeliveries({ status: 'failing', limit: 10 }))[0]!.attempts).toBe(2);
    await receiver.start();
    clock.advance(60_000);
    expect(await f.platform.dispatcher.runOnce()).toBe(3);
    expect(receiver.received.map((r) => r.headers['webhook-id']).sort()).toEqual([...ids].sort());
    const detail = await f.platform.webhooks.getDelivery(failing[0]!.id);
    expect(detail.delivery.status).toBe('succeeded');
    expect(detail.attempts.map((a) => a.statusCode)).toEqual([null, null, 200]);
  });

  it('gives up after the last retry and lets a person redeliver', async () => {
    await endpoint();
    receiver.status = 500;
    await publish('x1');
    for (const wait of [0, 1_000, 60_000, 3_600_000]) {
      clock.advance(wait);
      expect(await f.platform.dispatcher.runOnce()).toBe(1);
    }
    const [dead] = await f.platform.webhooks.listDeliveries({ status: 'dead', limit: 1 });
    expect(dead?.attempts).toBe(4);
    expect(dead?.lastStatusCode).toBe(500);
    receiver.status = 200;
    const res = await f.app.inject({
      method: 'POST',
      url: `/v1/webhooks/deliveries/${dead!.id}/redeliver`,
      headers: { cookie: await f.login('admin') },
    });
    expect(res.statusCode).toBe(202);
    expect(await f.platform.dispatcher.runOnce()).toBe(1);
    expect(receiver.received).toHaveLength(1);
  });

  it('disables the endpoint when the receiver answers 410 Gone', async () => {
    const { endpoint: ep } = await endpoint();
    receiver.status = 410;
    await publish('g1');
    await publish('g2');
    await f.platform.dispatcher.runOnce();
    const after = await f.platform.webhooks.getEndpoint(ep.id);
    expect(after.status).toBe('disabled');
    expect(after.disabledReason).toMatch(/410/);
    // The other message waits for the endpoint to be re-enabled instead of being sent.
    clock.advance(10_000);
    expect(await f.platform.dispatcher.runOnce()).toBe(0);
  });

  it('manages endpoints over the API, with the secret shown only at creation', async () => {
    const cookie = await f.login('admin');
    const bad = await f.app.inject({
      method: 'POST',
      url: '/v1/webhooks/endpoints',
      headers: { cookie },
      payload: { url: 'ftp://x', eventTypes: ['*'] },
    });
    expect(bad.json().error.code).toBe('webhooks.invalid_url');
    const unknown = await f.app.inject({
      method: 'POST',
      url: '/v1/webhooks/endpoints',
      headers: { cookie },
      payload: { url: 'http://127.0.0.1:1/x', eventTypes: ['no.such'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('webhooks.unknown_event_type');
    const created = await f.app.inject({
      method: 'POST',
      url: '/v1/webhooks/endpoints',
      headers: { cookie },
      payload: { url: 'http://127.0.0.1:1/x', eventTypes: ['listing.blocked'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().secret).toMatch(/^whsec_/);
    const list = await f.app.inject({ method: 'GET', url: '/v1/webhooks/endpoints', headers: { cookie } });
    expect(JSON.stringify(list.json())).not.toContain('whsec_');
    const id = created.json().endpoint.id;
    const del = await f.app.inject({ method: 'DELETE', url: `/v1/webhooks/endpoints/${id}`, headers: { cookie } });
    expect(del.statusCode).toBe(204);
    const again = await f.app.inject({ method: 'DELETE', url: `/v1/webhooks/endpoints/${id}`, headers: { cookie } });
    expect(again.json().error.code).toBe('webhooks.endpoint_not_found');
  });
});
