import type { VerdictNotice } from '../../screening/index.js';

let seq = 0;

/** A screening verdict notice for tests: a listing under review by default. */
export function verdictNotice(overrides: Partial<VerdictNotice> = {}): VerdictNotice {
  seq++;
  return {
    verdictId: `vrd_test${String(seq).padStart(6, '0')}`,
    contentKind: 'listing',
    contentId: `lst-${seq}`,
    subjectKind: 'merchant',
    subjectId: 'mch-1',
    outcome: 'review',
    score: 0.4,
    findings: [
      {
        category: 'diversion',
        severity: 3,
        term: '加微信',
        section: 'text',
        line: 1,
        start: 4,
        end: 7,
        text: '加微信',
      },
    ],
    policy: 'default',
    text: '全新正品加微信下单更便宜',
    at: new Date('2026-12-03T08:00:00Z'),
    ...overrides,
  };
}

/** A live segment that stops the stream: the segment's transcript is the snippet. */
export function stopStreamNotice(sessionId: string, hostId: string, seqNo = 1): VerdictNotice {
  const text = '家人们这个能治高血压，不用吃药了，加我微信私聊';
  return verdictNotice({
    contentKind: 'live_segment',
    contentId: `${sessionId}:${seqNo}`,
    sessionId,
    subjectKind: 'host',
    subjectId: hostId,
    outcome: 'stop_stream',
    score: 0.7,
    text,
    findings: [
      {
        category: 'medical_claim',
        severity: 5,
        term: '治高血压',
        section: 'text',
        line: 1,
        start: 6,
        end: 10,
        text: text.slice(6, 10),
      },
    ],
  });
}
