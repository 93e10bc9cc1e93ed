import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { newWebhookCounters } from '../stats.js';
import { SimDriver, silentLogger } from '../testing/sim-driver.js';
import { WebhookApplier } from './webhook-applier.js';
import { WebhookReceiver } from './webhook-receiver.js';

const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const receivers: WebhookReceiver[] = [];

/** `secret` null: a receiver that has not registered yet. */
async function start(secret: string | null = SECRET) {
  const driver = new SimDriver({ seed: 4 });
  const counters = newWebhookCounters();
  const applier = new WebhookApplier(driver.sim, counters, () => driver.now, silentLogger);
  const receiver = new WebhookReceiver({
    host: '127.0.0.1',
    port: 0,
    counters,
    apply: (type, data) => applier.apply(type, data),
    logger: silentLogger,
    ...(secret ? { secret } : {}),
  });
  receivers.push(receiver);
  const { port } = await receiver.listen();
  return { driver, counters, receiver, url: `http://127.0.0.1:${port}/webhooks` };
}

afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

function signed(type: string, data: unknown, msgId = `msg_${randomBytes(6).toString('hex')}`, secret = SECRET) {
  const payload = JSON.stringify({ type, timestamp: new Date().toISOString(), data });
  const now = new Date();
  const signature = new Webhook(secret).sign(msgId, now, payload);
  return {
    body: payload,
    headers: {
      'content-type': 'application/json',
      'webhook-id': msgId,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signature,
    },
  };
}

const post = (url: string, message: { body: string; headers: Record<string, string> }) =>
  fetch(url, { method: 'POST', body: message.body, headers: message.headers });

describe('WebhookReceiver over HTTP', () => {
  it('accepts a message signed with the endpoint secret and applies it', async () => {
    const { url, counters, driver } = await start();
    driver.advance(5);
    const listingId = driver.sim.world.listings.values()[0]?.id as string;
    const res = await post(url, signed('listing.flagged', { listingId, merchantId: 'm', reason: '待复核' }));
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
    expect(counters).toMatchObject({ received: 1, verified: 1, badSignature: 0, applied: 1 });
  });

  it('refuses with 401 a message signed with another secret, or tampered with, or unsigned, and counts it', async () => {
    const { url, counters } = await start();
    const other = `whsec_${randomBytes(24).toString('base64')}`;
    expect((await post(url, signed('webhook.test', { endpointId: 'e', message: 'hi' }, 'msg_1', other))).status).toBe(
      401,
    );

    const tampered = signed('webhook.test', { endpointId: 'e', message: 'hi' }, 'msg_2');
    expect((await post(url, { ...tampered, body: tampered.body.replace('hi', 'ho') })).status).toBe(401);

    const unsigned = signed('webhook.test', { endpointId: 'e', message: 'hi' }, 'msg_3');
    const { 'webhook-signature': _dropped, ...headers } = unsigned.headers;
    expect((await post(url, { body: unsigned.body, headers })).status).toBe(401);

    expect(counters).toMatchObject({ received: 3, verified: 0, badSignature: 3, applied: 0, noop: 0 });
  });

  it('applies a message delivered twice with the same webhook-id once', async () => {
    const { url, counters, driver } = await start();
    driver.advance(5);
    const listingId = driver.sim.world.listings.values()[0]?.id as string;
    const message = signed('listing.flagged', { listingId, merchantId: 'm', reason: '待复核' }, 'msg_dup');
    expect((await post(url, message)).status).toBe(204);
    expect((await post(url, message)).status).toBe(204);
    expect(driver.sim.world.listings.get(listingId)?.flags).toBe(1);
    expect(counters).toMatchObject({ received: 2, verified: 2, duplicates: 1, applied: 1 });
  });

  it('turns a stop request into live.ended and silence for that stream', async () => {
    const { url, driver } = await start();
    driver.advance(20);
    const session = driver.sim.world.liveSessions.values()[0];
    if (!session) throw new Error('no live session');
    const res = await post(
      url,
      signed('stream.stop_requested', { sessionId: session.id, hostId: session.hostId, reason: '紧急关播' }),
    );
    expect(res.status).toBe(204);
    const after = driver.advance(60);
    // Reviews may still mention the stream; the stream itself says nothing more.
    const mine = after.filter(
      (e) =>
        e.envelope.type.startsWith('live.') && (e.envelope.data as { sessionId?: string }).sessionId === session.id,
    );
    expect(mine.map((e) => e.envelope.type)).toEqual(['live.ended']);
    expect(mine[0]?.envelope.data).toMatchObject({ reason: 'stopped' });
  });

  it('acknowledges a message of an unknown type and counts it', async () => {
    const { url, counters } = await start();
    const res = await post(url, signed('claim.paid', { claimId: 'c1' }));
    expect(res.status).toBe(204);
    expect(counters).toMatchObject({ verified: 1, unknownType: 1, applied: 0 });
  });

  it('answers 400 to a signed message whose data does not fit its type', async () => {
    const { url, counters } = await start();
    expect((await post(url, signed('listing.blocked', { listing: 'x' }))).status).toBe(400);
    expect(counters.malformed).toBe(1);
  });

  it('answers 503 until it knows its secret', async () => {
    const { url, receiver } = await start(null);
    expect((await post(url, signed('webhook.test', { endpointId: 'e', message: 'hi' }))).status).toBe(503);
    receiver.setSecret(SECRET);
    expect((await post(url, signed('webhook.test', { endpointId: 'e', message: 'hi' }))).status).toBe(204);
  });

  it('answers 404 elsewhere and 200 on /health', async () => {
    const { url } = await start();
    expect((await fetch(url.replace('/webhooks', '/health'))).status).toBe(200);
    expect((await fetch(url.replace('/webhooks', '/nope'), { method: 'POST' })).status).toBe(404);
  });
});
