import { describe, expect, it } from 'vitest';
import {
  actionRequests,
  allowedActions,
  missingInputs,
  NO_VIOLATION,
} from '../../console/src/features/governance/decision-form';
import type { ViolationCatalogue } from '../../console/src/features/governance/governance.types';
import { latestDecisionId } from '../../console/src/features/governance/latest-decision';
import { pointsTimeline } from '../../console/src/features/governance/points-timeline';

const catalogue: ViolationCatalogue = {
  violations: [
    {
      type: 'diversion',
      track: 'general',
      points: 6,
      actions: ['remove_listing', 'stop_stream', 'suspend_live', 'deduct_deposit'],
      default: ['remove_listing'],
      name: { 'zh-CN': '引导站外交易', en: 'Diversion' },
    },
  ],
  actions: [
    { type: 'remove_listing', appliesTo: 'target', targetKind: 'listing', days: 'none', amount: false, oneOff: false },
    { type: 'restore_listing', appliesTo: 'target', targetKind: 'listing', days: 'none', amount: false, oneOff: true },
    { type: 'stop_stream', appliesTo: 'target', targetKind: 'live_session', days: 'none', amount: false, oneOff: true },
    { type: 'suspend_live', appliesTo: 'subject', days: 'required', amount: false, oneOff: false },
    { type: 'deduct_deposit', appliesTo: 'subject', days: 'none', amount: true, oneOff: true },
  ],
  fourEyes: { actions: [], depositDeductionAbove: 50_000, currency: 'CNY' },
  pointsExpiryDays: 365,
};

describe('the decision form', () => {
  it("offers the type's actions that fit the case's target kind", () => {
    const types = (kind: string) => allowedActions(catalogue, 'diversion', kind).map((r) => r.type);
    expect(types('listing')).toEqual(['remove_listing', 'suspend_live', 'deduct_deposit']);
    expect(types('live_session')).toEqual(['stop_stream', 'suspend_live', 'deduct_deposit']);
    expect(allowedActions(catalogue, NO_VIOLATION, 'listing').map((r) => r.type)).toEqual(['restore_listing']);
    expect(allowedActions(catalogue, undefined, 'listing')).toEqual([]);
  });

  it('sends days and amounts only for the actions that take them, and says what is missing', () => {
    const rules = allowedActions(catalogue, 'diversion', 'listing');
    const requests = actionRequests(
      ['remove_listing', 'suspend_live', 'deduct_deposit'],
      rules,
      { remove_listing: 3, suspend_live: 7 },
      { deduct_deposit: 10_000, remove_listing: 5 },
    );
    expect(requests).toEqual([
      { type: 'remove_listing' },
      { type: 'suspend_live', days: 7 },
      { type: 'deduct_deposit', amount: 10_000 },
    ]);
    expect(missingInputs(requests, rules)).toBe(false);
    expect(missingInputs(actionRequests(['suspend_live'], rules, {}, {}), rules)).toBe(true);
    expect(missingInputs(actionRequests(['deduct_deposit'], rules, {}, {}), rules)).toBe(true);
  });
});

describe('latestDecisionId', () => {
  it('finds the decision the history names last', () => {
    const event = (id: string, data: unknown) => ({
      id,
      type: 'x',
      actor: 'user:1',
      at: '2026-12-03T08:00:00Z',
      fromState: null,
      toState: null,
      data,
    });
    expect(latestDecisionId([event('1', null)])).toBeNull();
    expect(
      latestDecisionId([event('1', { decisionId: 'd1' }), event('2', { decisionId: 'd2' }), event('3', { text: 'n' })]),
    ).toBe('d2');
  });
});

describe('pointsTimeline', () => {
  it('adds up the points in force of one track in the order they were decided', () => {
    const entry = (id: string, track: 'general' | 'serious', points: number, decidedAt: string, inForce = true) => ({
      id,
      decisionId: id,
      violationType: 'diversion',
      track,
      points,
      decidedAt,
      expiresAt: '2027-12-01T00:00:00Z',
      reversed: !inForce,
      inForce,
    });
    const entries = [
      entry('b', 'general', 6, '2026-12-02T00:00:00Z'),
      entry('a', 'general', 3, '2026-12-01T00:00:00Z'),
      entry('c', 'serious', 12, '2026-12-01T12:00:00Z'),
      entry('d', 'general', 9, '2026-12-03T00:00:00Z', false),
    ];
    const now = '2026-12-05T00:00:00Z';
    expect(pointsTimeline(entries, 'general', now)).toEqual([
      { at: '2026-12-01T00:00:00Z', total: 3 },
      { at: '2026-12-02T00:00:00Z', total: 9 },
      { at: now, total: 9 },
    ]);
    expect(pointsTimeline(entries, 'serious', now)).toEqual([
      { at: '2026-12-01T12:00:00Z', total: 12 },
      { at: now, total: 12 },
    ]);
    expect(pointsTimeline([], 'serious', now)).toEqual([]);
  });
});
