import { describe, expect, it } from 'vitest';
import {
  appealStateOf,
  daysLeft,
  isAttachmentUrl,
  toAppealAttachments,
  windowDays,
} from '../../console/src/features/portal/appeal-state';
import type { Appeal } from '../../console/src/features/portal/portal.types';

const now = new Date('2026-12-03T10:00:00Z');
const decision = { id: 'dec_1', status: 'in_effect' as const, appealClosesAt: '2027-06-01T10:00:00Z' };

const appeal = (over: Partial<Appeal>): Appeal => ({
  id: 'apl_1',
  decisionId: 'dec_1',
  caseId: 'case_1',
  subject: { kind: 'merchant', id: 'm-1' },
  text: 'not so',
  attachments: [],
  language: 'zh-CN',
  status: 'open',
  filedAt: '2026-12-03T09:00:00Z',
  dueAt: '2026-12-06T09:00:00Z',
  decision: null,
  ...over,
});

describe('the appeal state of a decision in the portal', () => {
  it('offers the form inside the window and not after it', () => {
    expect(appealStateOf(decision, [], now)).toEqual({ kind: 'can_appeal', closesAt: decision.appealClosesAt });
    expect(appealStateOf(decision, [], new Date('2027-06-01T10:00:00.001Z'))).toEqual({
      kind: 'window_closed',
      closedAt: decision.appealClosesAt,
    });
  });

  it('offers nothing on a reversed decision', () => {
    expect(appealStateOf({ ...decision, status: 'reversed', appealClosesAt: null }, [], now)).toEqual({
      kind: 'not_appealable',
    });
  });

  it('shows an open appeal, or the newest decided one, of this decision only', () => {
    const other = appeal({ id: 'apl_other', decisionId: 'dec_2' });
    expect(appealStateOf(decision, [other], now).kind).toBe('can_appeal');
    const open = appeal({});
    expect(appealStateOf(decision, [other, open], now)).toEqual({ kind: 'pending', appeal: open });
    const decided = appeal({ id: 'apl_2', status: 'upheld', filedAt: '2026-12-03T09:30:00Z' });
    expect(appealStateOf(decision, [open, decided], now)).toEqual({ kind: 'decided', appeal: decided });
    // The deadline having passed does not hide an appeal filed in time.
    expect(appealStateOf(decision, [decided], new Date('2028-01-01T00:00:00Z')).kind).toBe('decided');
  });

  it('counts whole days left, rounded up, and the window length', () => {
    expect(daysLeft('2026-12-04T09:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-12-05T10:00:00Z', now)).toBe(2);
    expect(daysLeft('2026-12-01T00:00:00Z', now)).toBe(0);
    expect(windowDays('2026-12-03T08:00:00Z', '2027-06-01T08:00:00Z')).toBe(180);
    expect(windowDays(null, '2027-06-01T08:00:00Z')).toBeNull();
  });
});

describe('appeal attachments from the form', () => {
  it('drops rows without a link and names the rest after their file', () => {
    expect(
      toAppealAttachments([
        { name: ' 授权书 ', url: ' https://files.example.com/a/licence.pdf ' },
        { url: 'https://files.example.com/a/%E5%8F%91%E7%A5%A8.png' },
        { name: 'empty', url: '  ' },
        undefined,
      ]),
    ).toEqual([
      { name: '授权书', url: 'https://files.example.com/a/licence.pdf' },
      { name: '发票.png', url: 'https://files.example.com/a/%E5%8F%91%E7%A5%A8.png' },
    ]);
  });

  it('accepts only http and https links', () => {
    expect(isAttachmentUrl('https://x.example/a')).toBe(true);
    expect(isAttachmentUrl('http://x.example/a')).toBe(true);
    expect(isAttachmentUrl('javascript:alert(1)')).toBe(false);
    expect(isAttachmentUrl('files/a.pdf')).toBe(false);
  });
});
