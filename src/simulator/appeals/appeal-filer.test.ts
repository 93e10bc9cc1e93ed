import { describe, expect, it } from 'vitest';
import { Random } from '../random.js';
import { newAppealCounters } from '../stats.js';
import { silentLogger } from '../testing/sim-driver.js';
import type { DecisionMeasure } from '../webhooks/webhook-applier.js';
import type { FileAppealOutcome } from '../xinren/decisions-client.js';
import type { PartyKeyOutcome } from '../xinren/party-keys.js';
import { AppealFiler } from './appeal-filer.js';

function setup(options: { share?: number; key?: (id: string) => PartyKeyOutcome; answers?: FileAppealOutcome[] } = {}) {
  const counters = newAppealCounters();
  const filed: { key: string; decisionId: string; text: string }[] = [];
  const keysAsked: string[] = [];
  const answers = [...(options.answers ?? [])];
  const filer = new AppealFiler({
    share: options.share ?? 1,
    delayMinMs: 0,
    delayMaxMs: 5,
    rng: new Random(7),
    keyFor: async (_kind, id) => {
      keysAsked.push(id);
      return options.key?.(id) ?? { kind: 'ok', key: `key-${id}` };
    },
    file: async (key, decisionId, text) => {
      filed.push({ key, decisionId, text });
      return answers.shift() ?? { kind: 'ok', appealId: `apl-${filed.length}` };
    },
    counters,
    logger: silentLogger,
    retryDelayMs: 1,
  });
  return { filer, counters, filed, keysAsked };
}

const measure = (decisionId: string, action = 'suspend_live', partyId = 'mer-1'): DecisionMeasure => ({
  decisionId,
  partyKind: 'merchant',
  partyId,
  action,
  automatic: false,
});

describe('AppealFiler', () => {
  it('appeals a decision once, with the party’s own key and a zh-CN text naming the decision', async () => {
    const { filer, counters, filed } = setup();
    filer.consider(measure('dec_1', 'remove_listing'));
    filer.consider(measure('dec_1', 'suspend_live'));
    filer.consider(measure('dec_2', 'deduct_deposit', 'host-9'));
    await filer.idle();
    expect(filed.map((f) => [f.key, f.decisionId])).toEqual([
      ['key-mer-1', 'dec_1'],
      ['key-host-9', 'dec_2'],
    ]);
    expect(filed[0]?.text).toContain('dec_1');
    expect(filed[0]?.text).toMatch(/[\u4e00-\u9fff]{10}/);
    expect(counters).toMatchObject({ decisionsSeen: 2, planned: 2, filed: 2 });
  });

  it('appeals about the configured share of decisions, the same ones for the same seed', async () => {
    const run = async () => {
      const { filer, filed } = setup({ share: 0.2 });
      for (let i = 0; i < 500; i++) filer.consider(measure(`dec_${i}`));
      await filer.idle();
      return filed.map((f) => f.decisionId).sort();
    };
    const first = await run();
    expect(first.length).toBeGreaterThan(70);
    expect(first.length).toBeLessThan(130);
    expect(await run()).toEqual(first);
    const { filer, filed } = setup({ share: 0 });
    filer.consider(measure('dec_x'));
    await filer.idle();
    expect(filed).toEqual([]);
  });

  it('retries while Xinren is unreachable and counts a refusal without retrying', async () => {
    const { filer, counters, filed } = setup({
      answers: [
        { kind: 'retry', reason: 'HTTP 503' },
        { kind: 'ok', appealId: 'apl_1' },
        { kind: 'refused', status: 409, reason: 'governance.appeal_window_closed' },
      ],
    });
    filer.consider(measure('dec_1'));
    await filer.idle();
    filer.consider(measure('dec_2'));
    await filer.idle();
    expect(filed.map((f) => f.decisionId)).toEqual(['dec_1', 'dec_1', 'dec_2']);
    expect(counters).toMatchObject({ filed: 1, refused: 1, failed: 0 });
  });

  it('counts appeals it cannot file for want of a key', async () => {
    const { filer, counters, filed } = setup({ key: () => ({ kind: 'refused', reason: 'no admin scope' }) });
    filer.consider(measure('dec_1'));
    filer.consider(measure('dec_2'));
    await filer.idle();
    expect(filed).toEqual([]);
    expect(counters).toMatchObject({ planned: 2, filed: 0, noCredential: 2 });
  });

  it('drops the appeals still waiting when it stops, and considers no more', async () => {
    const counters = newAppealCounters();
    const filer = new AppealFiler({
      share: 1,
      delayMinMs: 60_000,
      delayMaxMs: 60_000,
      rng: new Random(1),
      keyFor: async () => ({ kind: 'ok', key: 'k' }),
      file: async () => ({ kind: 'ok', appealId: 'a' }),
      counters,
      logger: silentLogger,
    });
    filer.consider(measure('dec_1'));
    await filer.stop();
    filer.consider(measure('dec_2'));
    expect(counters).toMatchObject({ decisionsSeen: 1, planned: 1, filed: 0, dropped: 1 });
  });
});
