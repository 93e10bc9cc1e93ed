import { afterEach, describe, expect, it } from 'vitest';
import type { EventData } from '../platform/events/event-types.js';
import type { GeneratedEvent } from './ground-truth.js';
import { type RunningSimulator, startSimulator } from './index.js';
import { FakeXinren, until } from './testing/fake-xinren.js';
import { silentLogger } from './testing/sim-driver.js';

const fakes: FakeXinren[] = [];
const sims: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.stop()));
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function run(options: { registrationStatus?: number } = {}) {
  const fake = await new FakeXinren().listen();
  fakes.push(fake);
  if (options.registrationStatus) fake.registrationStatus = options.registrationStatus;
  const generated: GeneratedEvent[] = [];
  const sim = await startSimulator({
    url: fake.url,
    apiKey: fake.apiKey,
    seed: 11,
    rate: 200,
    intervalMs: 25,
    logger: silentLogger,
    onGenerated: (events) => generated.push(...events),
  });
  sims.push(sim);
  return { fake, sim, generated };
}

const dataOf = <T extends GeneratedEvent['envelope']['type']>(fake: FakeXinren, type: T) =>
  fake.accepted.filter((e) => e.type === type).map((e) => e.data as EventData<T>);

describe('startSimulator', () => {
  it('registers its webhook endpoint, sends events, applies a signed stop request, and unregisters on stop', async () => {
    const { fake, sim, generated } = await run();
    expect(fake.registrations).toEqual([
      { url: sim.webhookUrl, eventTypes: ['*'], description: 'marketplace simulator' },
    ]);
    expect(sim.webhookUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhooks$/);

    await until(() => dataOf(fake, 'live.segment').length > 20);
    const ended = new Set(dataOf(fake, 'live.ended').map((d) => d.sessionId));
    const target = dataOf(fake, 'live.started').find((s) => !ended.has(s.sessionId));
    if (!target) throw new Error('no live session');

    expect(
      await fake.sendWebhook('stream.stop_requested', {
        sessionId: target.sessionId,
        hostId: target.hostId,
        reason: '紧急关播',
      }),
    ).toBe(204);
    expect(await fake.sendWebhook('mystery.type', { x: 1 })).toBe(204);
    const comment = dataOf(fake, 'comment.posted')[0];
    if (!comment) throw new Error('no comment');
    expect(
      await fake.sendWebhook('comment.blocked', {
        commentId: comment.commentId,
        authorId: comment.authorId,
        targetType: comment.targetType,
        targetId: comment.targetId,
        reason: '评论含违规内容',
      }),
    ).toBe(204);
    await until(() => dataOf(fake, 'live.ended').some((d) => d.sessionId === target.sessionId));
    const stoppedAt = fake.accepted.findIndex((e) => e.type === 'live.ended' && e.data.sessionId === target.sessionId);
    const countBefore = fake.accepted.length;
    await until(() => fake.accepted.length > countBefore + 200);

    expect(fake.accepted[stoppedAt]?.data).toMatchObject({ reason: 'stopped', hostId: target.hostId });
    const laterSegments = fake.accepted
      .slice(stoppedAt + 1)
      .filter((e) => e.type === 'live.segment' && e.data.sessionId === target.sessionId);
    expect(laterSegments).toEqual([]);

    const stats = sim.stats();
    expect(stats.webhooks).toMatchObject({ received: 3, verified: 3, badSignature: 0, applied: 2, unknownType: 1 });
    expect(stats.world.streamsStopped).toBe(1);
    expect(stats.world.commentsHidden).toBe(1);

    await sim.stop();
    expect(fake.deletions).toEqual(['whe_1']);
    expect(generated.map((e) => e.envelope.id).slice(0, fake.accepted.length)).toEqual(fake.accepted.map((e) => e.id));
    expect(sim.stats().events.queued).toBe(0);
    // Read after stop: before it, a POST may be stored by the fake and not yet answered.
    expect(sim.stats().events.accepted).toBe(fake.accepted.length);
  });

  it('fails to start when the key may not register webhooks', async () => {
    const fake = await new FakeXinren().listen();
    fakes.push(fake);
    fake.registrationStatus = 403;
    await expect(startSimulator({ url: fake.url, apiKey: fake.apiKey, logger: silentLogger })).rejects.toThrow(
      /webhooks:write/,
    );
  });
});
