import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../platform/clock.js';
import { Simulation } from '../generator/simulation.js';
import { newSendCounters } from '../stats.js';
import { FakeXinren, until } from '../testing/fake-xinren.js';
import { silentLogger } from '../testing/sim-driver.js';
import { EventPump } from './event-pump.js';
import { postEvents } from './events-client.js';

const fakes: FakeXinren[] = [];
const pumps: EventPump[] = [];
afterEach(async () => {
  await Promise.all(pumps.splice(0).map((p) => p.stop(0)));
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function setup(options: { apiKey?: string; logger?: pino.Logger; onFatal?: (e: Error) => void } = {}) {
  const fake = await new FakeXinren().listen();
  fakes.push(fake);
  const counters = newSendCounters();
  const connection = { url: fake.url, apiKey: options.apiKey ?? fake.apiKey };
  const pump = new EventPump({
    source: new Simulation({ seed: 3, rate: 200, problemShare: 0.08 }),
    post: (envelopes) => postEvents(connection, envelopes),
    clock: systemClock,
    counters,
    logger: options.logger ?? silentLogger,
    intervalMs: 20,
    initialBackoffMs: 20,
    maxBackoffMs: 100,
    ...(options.onFatal ? { onFatal: options.onFatal } : {}),
  });
  pumps.push(pump);
  return { fake, counters, pump };
}

describe('EventPump', () => {
  it('posts CloudEvents batches of at most 1000 with the batch content type', async () => {
    const { fake, pump, counters } = await setup();
    pump.start();
    await until(() => fake.accepted.length >= 100);
    await pump.stop();
    expect(fake.contentTypes.every((t) => t === 'application/cloudevents-batch+json')).toBe(true);
    expect(fake.batches.every((b) => b.envelopes.length <= 1000)).toBe(true);
    expect(fake.accepted[0]).toMatchObject({ specversion: '1.0', source: 'sim://3' });
    expect(counters.accepted).toBe(fake.accepted.length);
    expect(counters.queued).toBe(0);
  });

  it('retries a failed POST with the same event ids until it is accepted', async () => {
    const { fake, pump, counters } = await setup();
    fake.failNext = [503, 500, 429];
    pump.start();
    await until(() => fake.batches.filter((b) => b.status === 200).length >= 1);
    await pump.stop();
    const [first, second, third, fourth] = fake.batches;
    const ids = (b: typeof first) => b?.envelopes.map((e) => e.id);
    expect(first?.status).toBe(503);
    // A retry starts with the same events; what was generated meanwhile may follow them.
    for (const retry of [second, third, fourth]) expect(ids(retry)?.slice(0, ids(first)?.length)).toEqual(ids(first));
    expect(fourth?.status).toBe(200);
    expect(counters.postsFailed).toBe(3);
    expect(counters.dropped).toBe(0);
  });

  it('counts as duplicates the events of a retry that Xinren had stored before its answer was lost', async () => {
    const { fake, pump, counters } = await setup();
    fake.failAfterStoring = [502];
    pump.start();
    await until(() => fake.batches.length >= 2);
    await pump.stop();
    const firstBatch = fake.batches[0]?.envelopes.length ?? 0;
    expect(firstBatch).toBeGreaterThan(0);
    expect(counters.duplicates).toBe(firstBatch);
    expect(counters.accepted).toBe(fake.accepted.length - firstBatch);
    expect(new Set(fake.accepted.map((e) => e.id)).size).toBe(fake.accepted.length);
  });

  it('counts and logs the events Xinren rejects', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const { fake, pump, counters } = await setup({ logger });
    fake.reject.add('sim3-evt-00000002');
    pump.start();
    await until(() => counters.rejected === 1);
    await pump.stop();
    const logged = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'event rejected by Xinren');
    expect(logged).toMatchObject({ eventId: 'sim3-evt-00000002', code: 'event_invalid' });
  });

  it('drops a batch Xinren refuses as a whole and goes on', async () => {
    const { fake, pump, counters } = await setup();
    fake.failNext = [400];
    pump.start();
    await until(() => fake.accepted.length > 0);
    await pump.stop();
    expect(counters.dropped).toBe(fake.batches[0]?.envelopes.length);
    expect(fake.accepted.map((e) => e.id)).not.toContain(fake.batches[0]?.envelopes[0]?.id);
  });

  it('stops sending and reports once when the API key is refused', async () => {
    const fatal: Error[] = [];
    const { fake, pump } = await setup({ apiKey: 'wrong', onFatal: (e) => fatal.push(e) });
    pump.start();
    await until(() => fatal.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.batches).toEqual([]);
    expect(fatal).toHaveLength(1);
    expect(pump.fatalError?.message).toMatch(/API key/);
  });
});
