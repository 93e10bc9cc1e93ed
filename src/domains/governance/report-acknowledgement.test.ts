import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';
import { registerDomains } from '../register-domains.js';

describe('report acknowledgement', () => {
  let f: PlatformFixture;
  let key: string;
  beforeAll(async () => {
    f = await platformFixture();
    registerDomains(f.platform);
    key = await f.apiKey(['events:write']);
    await f.platform.webhooks.createEndpoint({
      url: 'http://127.0.0.1:1/hook',
      eventTypes: ['report.acknowledged'],
      actor: 'test',
    });
  });
  afterAll(() => f.close());

  const report = (id: string) =>
    cloudEvent(
      'report.filed',
      {
        reportId: id,
        targetType: 'listing',
        targetId: 'l-1',
        category: 'counterfeit',
        explanation: '疑似高仿',
        goodFaith: true,
      },
      id,
    );

  it('queues one report.acknowledged webhook per new report, and none for a retried one', async () => {
    const send = () =>
      f.app.inject({
        method: 'POST',
        url: '/v1/events',
        headers: { authorization: `Bearer ${key}` },
        payload: [report('r-1'), report('r-2')],
      });
    expect((await send()).json().accepted).toBe(2);
    expect((await send()).json().duplicates).toEqual([0, 1]);
    const deliveries = await f.platform.webhooks.listDeliveries({ limit: 10 });
    expect(deliveries.map((d) => d.eventType)).toEqual(['report.acknowledged', 'report.acknowledged']);
    const payloads = await Promise.all(deliveries.map((d) => f.platform.webhooks.getDelivery(d.id)));
    expect(payloads.map((p) => (p.payload as { data: { reportId: string } }).data.reportId).sort()).toEqual([
      'r-1',
      'r-2',
    ]);
  });
});
