import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScreeningEngine } from '../engine/default-engine.js';
import type { ScreeningEngine } from '../engine/screen-text.js';
import { LiveSessions } from './live-sessions.js';

describe('LiveSessions', () => {
  let engine: ScreeningEngine;
  beforeAll(async () => {
    engine = await defaultScreeningEngine();
  });

  it('maps a straddling finding back into the new segment and keeps the whole term as text', () => {
    const s = new LiveSessions();
    expect(s.screen(engine, { sessionId: 's', seq: 0, text: '今天出售冰' }, 0).findings).toEqual([]);
    const r = s.screen(engine, { sessionId: 's', seq: 1, text: '毒，要的私聊' }, 1_000);
    const f = r.findings.find((x) => x.category === 'drugs');
    expect(f).toMatchObject({ start: 0, end: 1, line: 1 });
    expect(r.stopWorthy).toBe(true);
  });

  it('does not join segments that are not adjacent', () => {
    const s = new LiveSessions();
    s.screen(engine, { sessionId: 's', seq: 0, text: '今天出售冰' }, 0);
    const r = s.screen(engine, { sessionId: 's', seq: 2, text: '毒，要的私聊' }, 1_000);
    expect(r.findings.filter((x) => x.category === 'drugs')).toEqual([]);
  });

  it('screens a segment with the window of talk before it: pressure counts next to earlier drama', () => {
    const pressure = '家人们最后一天了，拍完就下架';
    const calm = new LiveSessions();
    calm.screen(engine, { sessionId: 'a', seq: 0, text: '这款面料是纯棉的，大家看一下细节' }, 0);
    const honest = calm.screen(engine, { sessionId: 'a', seq: 1, text: pressure }, 5_000);
    expect(honest.findings.filter((f) => f.category === 'staged_drama')).toEqual([]);

    const staged = new LiveSessions();
    staged.screen(engine, { sessionId: 'b', seq: 0, text: '老板在旁边一直骂我，说我卖太便宜了' }, 0);
    staged.screen(engine, { sessionId: 'b', seq: 1, text: '这款面料是纯棉的，大家看一下细节' }, 5_000);
    const r = staged.screen(engine, { sessionId: 'b', seq: 2, text: pressure }, 10_000);
    const cue = r.findings.find((f) => f.category === 'staged_drama');
    expect(cue?.text).toBeTruthy();
    expect(pressure).toContain(cue?.text as string);

    // Minutes of silence empty the window.
    const later = new LiveSessions({ windowMs: 120_000 });
    later.screen(engine, { sessionId: 'c', seq: 0, text: '老板在旁边一直骂我，说我卖太便宜了' }, 0);
    const quiet = later.screen(engine, { sessionId: 'c', seq: 1, text: pressure }, 200_000);
    expect(quiet.findings.filter((f) => f.category === 'staged_drama')).toEqual([]);
  });

  it('keeps the window within its size, newest talk last', () => {
    const s = new LiveSessions({ windowChars: 20 });
    for (let seq = 0; seq < 5; seq++)
      s.screen(engine, { sessionId: 'w', seq, text: `第${seq}段话说了一些内容` }, seq * 1_000);
    const recent = s.snapshot('w')?.recent ?? [];
    expect(recent.join('').length).toBeLessThanOrEqual(20);
    expect(recent.at(-1)).toBe('第4段话说了一些内容');
  });

  it('decays the score with a half-life', () => {
    const s = new LiveSessions({ halfLifeMs: 60_000 });
    const a = s.screen(engine, { sessionId: 's', seq: 0, text: '全网最低价' }, 0);
    const b = s.screen(engine, { sessionId: 's', seq: 1, text: '好的' }, 60_000);
    expect(b.sessionScore).toBeCloseTo(a.sessionScore / 2, 5);
  });

  it('counts overlapping findings of one category once per segment', () => {
    // A stub engine: what the lexicons make of a phrase changes, the counting rule does not.
    const finding = (category: 'ad_superlative' | 'diversion', severity: number, start: number, end: number) => ({
      category,
      severity,
      term: 'x',
      section: 'text' as const,
      line: 1,
      start,
      end,
      text: 'x',
    });
    const stub: ScreeningEngine = {
      screen: () => ({
        outcome: 'review',
        score: 0,
        findings: [
          finding('ad_superlative', 3, 2, 7),
          finding('ad_superlative', 2, 4, 7),
          finding('diversion', 1, 0, 1),
        ],
      }),
    };
    const s = new LiveSessions();
    const r = s.screen(stub, { sessionId: 's', seq: 0, text: '今天全网最低价' }, 0);
    expect(r.findings).toHaveLength(3);
    expect(r.severitySum).toBe(4);
  });

  it('decays the score with the half-life it is given, and keeps a shadow score beside it', () => {
    const s = new LiveSessions({ halfLifeMs: 1_000 });
    const live = { halfLifeMs: 10_000, stopScore: 5 };
    const shadow = { halfLifeMs: 1_000, stopScore: 5 };
    const a = s.screen(engine, { sessionId: 'h', seq: 0, text: '今天全网最低价' }, 0, live, shadow);
    expect(a.sessionScore).toBeGreaterThan(0);
    const b = s.screen(engine, { sessionId: 'h', seq: 1, text: '你好' }, 10_000, live, shadow);
    expect(b.sessionScore).toBeCloseTo(a.sessionScore / 2);
    expect(b.shadowSessionScore).toBeCloseTo(a.sessionScore / 1024);
  });

  it('forgets idle sessions and keeps at most maxSessions', () => {
    const s = new LiveSessions({ idleMs: 1_000, maxSessions: 3 });
    for (let i = 0; i < 5; i++) s.screen(engine, { sessionId: `s${i}`, seq: 0, text: '你好' }, i);
    expect(s.size).toBe(3);
    s.screen(engine, { sessionId: 'late', seq: 0, text: '你好' }, 10_000);
    expect(s.size).toBe(1);
  });
});
