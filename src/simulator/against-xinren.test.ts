import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, type SimulatorStats, startSimulator } from './index.js';
import { until } from './testing/fake-xinren.js';
import { type InProcessXinren, startInProcessXinren } from './testing/in-process-xinren.js';
import { type CaseToDecide, type DecisionPlan, ReviewDesk } from './testing/review-desk.js';
import { silentLogger } from './testing/sim-driver.js';

// The simulator against a real Xinren in this process: events in, cases opened, a reviewer's
// decision, its enforcement webhooks applied, the party's appeal filed with its own key, and the
// reversal's lifts applied.
describe('the simulator against a real Xinren', () => {
  let xinren: InProcessXinren;
  let sim: RunningSimulator;
  let desk: ReviewDesk;

  beforeAll(async () => {
    xinren = await startInProcessXinren();
    const [simKey, adminKey, reviewerKey, secondKey] = await Promise.all([
      xinren.apiKey(['events:write', 'webhooks:write']),
      xinren.apiKey(['admin']),
      xinren.apiKey(['admin']),
      xinren.apiKey(['admin']),
    ]);
    desk = new ReviewDesk({ url: xinren.url, apiKey: reviewerKey }, { url: xinren.url, apiKey: secondKey });
    sim = await startSimulator({
      url: xinren.url,
      apiKey: simKey,
      adminApiKey: adminKey,
      seed: 5,
      rate: 60,
      problemShare: 0.3,
      intervalMs: 50,
      appealShare: 1,
      appealDelayMinMs: 0,
      appealDelayMaxMs: 50,
      logger: silentLogger,
    });
  }, 30_000);
  afterAll(async () => {
    await sim?.stop();
    await xinren?.close();
  });

  const waitFor = (check: (s: SimulatorStats) => boolean) => until(() => check(sim.stats()), 30_000);

  it('applies a decision’s measures, appeals it with the merchant’s key, and applies the reversal', async () => {
    // The first case about a merchant gets two measures (and the points ladder a third); any other is dismissed.
    let decided: Record<string, any> | null = null;
    const plan = (c: CaseToDecide): DecisionPlan =>
      // A case opened from a report on a listing may not know its merchant yet ('unknown').
      c.subject.kind === 'merchant' && c.subject.id.startsWith('sim5-') && !decided
        ? {
            violationType: 'counterfeit',
            actions: [
              { type: 'forbid_new_listings', days: 3 },
              { type: 'deduct_deposit', amount: 20_000 },
            ],
            facts: '销售假冒注册商标的商品。',
          }
        : { violationType: 'none', actions: [], facts: '未发现违规。' };
    const giveUpAt = Date.now() + 60_000;
    while (!decided && Date.now() < giveUpAt) {
      const d = await desk.decideNext(plan);
      if (d?.subject.kind === 'merchant' && d.subject.id.startsWith('sim5-') && d.violationType !== null) decided = d;
      else if (!d) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!decided) throw new Error('no case about a merchant was opened');
    const merchantId = decided!.subject.id as string;

    await waitFor((s) => s.appeals.filed === 1 && s.appeals.received === 1 && s.world.depositDeducted === 20_000);
    const during = sim.stats();
    expect(during.webhooks.enforcementByAction).toMatchObject({ forbid_new_listings: 1, deduct_deposit: 1 });
    expect(during.world.measuresInForce.merchant).toMatchObject({ forbid_new_listings: 1 });
    expect(during.webhooks.ignoredActions).toBe(0);
    expect(during.appeals).toMatchObject({ decisionsSeen: 1, planned: 1, filed: 1, refused: 0, noCredential: 0 });

    expect((await desk.decideNextAppeal('reversed'))?.appeal).toMatchObject({ decisionId: decided!.id });
    await waitFor((s) => s.appeals.accepted === 1 && s.world.depositRefunded === 20_000);
    const after = sim.stats();
    expect(after.webhooks.enforcementByAction).toMatchObject({ lift_forbid_new_listings: 1, lift_deduct_deposit: 1 });
    expect(after.world.measuresInForce.merchant.forbid_new_listings).toBeUndefined();
    expect(after.webhooks.badSignature).toBe(0);
    // Reports come about one a second; each is acknowledged.
    await waitFor((s) => s.webhooks.reportsAcknowledged > 0);
    expect(after.reports.trustedFlagger).toBe(true);
    expect(merchantId).toMatch(/^sim5-mer-/);
  }, 120_000);
});
