import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  type EvidenceItem,
  emptyEvidence,
  MAX_EVIDENCE_ITEMS,
  MAX_VERDICT_IDS,
  readEvidence,
} from './case-evidence.js';

const item = (n: number): EvidenceItem => ({
  verdictId: `vrd_${n}`,
  contentKind: 'live_segment',
  contentId: `sess:${n}`,
  outcome: 'review',
  score: 0.3,
  policy: 'default',
  text: '家人们',
  truncated: false,
  findings: [],
  at: '2026-12-03T08:00:00.000Z',
});

describe('case evidence', () => {
  it('keeps the first snapshots and verdict ids up to their caps, counting the rest', () => {
    let e = emptyEvidence();
    for (let i = 0; i < MAX_VERDICT_IDS + 7; i += 3) e = addEvidence(e, [item(i), item(i + 1), item(i + 2)]);
    const total = Math.ceil((MAX_VERDICT_IDS + 7) / 3) * 3;
    expect(e.items).toHaveLength(MAX_EVIDENCE_ITEMS);
    expect(e.items.at(-1)!.verdictId).toBe(`vrd_${MAX_EVIDENCE_ITEMS - 1}`);
    expect(e.omittedItems).toBe(total - MAX_EVIDENCE_ITEMS);
    expect(e.verdictIds).toHaveLength(MAX_VERDICT_IDS);
    expect(e.omittedVerdictIds).toBe(total - MAX_VERDICT_IDS);
  });

  it('reads stored evidence, filling what an older row lacks', () => {
    expect(readEvidence(JSON.stringify({ items: [item(1)], verdictIds: ['vrd_1'] }))).toEqual({
      items: [item(1)],
      verdictIds: ['vrd_1'],
      reportIds: [],
      omittedItems: 0,
      omittedVerdictIds: 0,
    });
  });
});
