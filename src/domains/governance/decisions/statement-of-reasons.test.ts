import { describe, expect, it } from 'vitest';
import { defaultViolationCatalogue } from './default-violation-catalogue.js';
import { buildStatement } from './statement-of-reasons.js';

describe('statement of reasons', () => {
  const catalogue = defaultViolationCatalogue();
  const base = {
    decisionId: 'dec_1',
    facts: '商品详情页写有“加微信下单更便宜”。',
    actions: [{ type: 'remove_listing' as const }, { type: 'forbid_new_listings' as const, days: 7 }],
    automatic: [
      {
        track: 'general' as const,
        points: 12,
        actions: [{ type: 'warn' as const }, { type: 'restrict_traffic' as const, days: 3 }],
      },
    ],
    points: 6,
    decidedAt: new Date('2026-12-03T08:00:00Z'),
    appealDays: 180,
    currency: 'CNY',
  };

  it('writes the template, facts, measures, points and how to appeal in Chinese', () => {
    const text = buildStatement({ ...base, language: 'zh-CN', violation: catalogue.violations.diversion! });
    expect(text).toContain('引导买家脱离平台');
    expect(text).toContain('加微信下单更便宜');
    expect(text).toContain('一般违规，扣6分');
    expect(text).toContain('处理措施：下架商品；禁止发布新商品7天');
    expect(text).toContain('累计扣分达到12分，另予：警告；限制店铺流量3天');
    expect(text).toContain('dec_1');
    expect(text).toContain('180天内');
    expect(text).not.toContain('{facts}');
  });

  it('writes it in English, money in major units', () => {
    const text = buildStatement({
      ...base,
      language: 'en',
      facts: 'The listing sold replica watches.',
      violation: catalogue.violations.counterfeit!,
      actions: [{ type: 'deduct_deposit', amount: 123_456 }],
      automatic: [],
      points: 12,
    });
    expect(text).toContain('counterfeits of a registered trademark. The listing sold replica watches.');
    expect(text).toContain('serious violation, 12 penalty points');
    expect(text).toContain('deduction from the deposit: 1234.56 CNY');
    expect(text).toContain('appeal within 180 days');
  });

  it('says so when there was no violation', () => {
    const text = buildStatement({
      ...base,
      language: 'en',
      facts: 'The claim is supported.',
      violation: null,
      actions: [{ type: 'restore_listing' }],
      automatic: [],
      points: 0,
    });
    expect(text).toMatch(/^After review, no violation was found\. The claim is supported\./);
    expect(text).toContain('Measures: listing restored');
  });
});
