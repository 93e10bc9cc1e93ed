import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_ACTIONS,
  CASE_ACTORS,
  CASE_TRANSITIONS,
  type CaseAction,
  type CaseActor,
  type CaseLifecycle,
  DEFAULT_APPEAL_WINDOW_MS,
  transitionCase,
} from './case-state-machine.js';

const DAY = 24 * 3_600_000;
const start = new Date('2026-12-03T08:00:00Z');
const opened: CaseLifecycle = { state: 'open', decidedAt: null };

interface Step {
  action: CaseAction;
  actor: CaseActor;
  /** How far the clock moves before this step; up to a year, so the appeal window can pass. */
  advanceMs: number;
}

const step: fc.Arbitrary<Step> = fc.record({
  action: fc.constantFrom(...CASE_ACTIONS),
  actor: fc.constantFrom(...CASE_ACTORS),
  advanceMs: fc.oneof(fc.integer({ min: 0, max: 3_600_000 }), fc.integer({ min: 0, max: 365 * DAY })),
});

/** Plays steps on a moving clock; returns every lifecycle with the time it was reached. */
function play(steps: readonly Step[]) {
  let now = start.getTime();
  let lifecycle = opened;
  const trail: { step: Step; before: CaseLifecycle; at: Date; result: ReturnType<typeof transitionCase> }[] = [];
  for (const s of steps) {
    now += s.advanceMs;
    const at = new Date(now);
    const result = transitionCase(lifecycle, s.action, s.actor, at);
    trail.push({ step: s, before: lifecycle, at, result });
    if (result.ok) lifecycle = result.lifecycle;
  }
  return { lifecycle, trail, now: new Date(now) };
}

describe('the case state machine', () => {
  it('moves only along declared transitions, by the actors each allows', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        for (const { step: s, before, result } of play(steps).trail) {
          const rule = CASE_TRANSITIONS[s.action];
          if (!result.ok) continue;
          expect(rule.from).toContain(before.state);
          expect(rule.actors).toContain(s.actor);
          expect(result.lifecycle.state).toBe(rule.to);
        }
      }),
    );
  });

  it('keeps a decision time exactly while a decision stands, never later than now', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        for (const { at, result } of play(steps).trail) {
          if (!result.ok) continue;
          const { state, decidedAt } = result.lifecycle;
          expect(decidedAt !== null).toBe(state === 'decided' || state === 'appealed' || state === 'closed');
          if (decidedAt) expect(decidedAt.getTime()).toBeLessThanOrEqual(at.getTime());
        }
      }),
    );
  });

  it('lets the affected party appeal inside the window and never after it', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        for (const { step: s, before, at, result } of play(steps).trail) {
          if (s.action !== 'appeal' || s.actor !== 'subject' || before.state !== 'decided') continue;
          const elapsed = at.getTime() - before.decidedAt!.getTime();
          expect(result.ok).toBe(elapsed <= DEFAULT_APPEAL_WINDOW_MS);
          if (!result.ok) expect(result.refusal).toBe('appeal_window_closed');
        }
      }),
    );
  });

  it('closes a decided case on its own only after the appeal window', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        for (const { step: s, before, at, result } of play(steps).trail) {
          if (s.action !== 'close' || s.actor !== 'system' || before.state !== 'decided') continue;
          expect(result.ok).toBe(at.getTime() - before.decidedAt!.getTime() > DEFAULT_APPEAL_WINDOW_MS);
        }
      }),
    );
  });

  it('never lets the affected party do anything but appeal, nor the system decide', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        for (const { step: s, result } of play(steps).trail) {
          if (!result.ok) continue;
          if (s.actor === 'subject') expect(s.action).toBe('appeal');
          if (s.actor === 'system') expect(['release', 'close']).toContain(s.action);
        }
      }),
    );
  });

  it('lets a lead bring a case from wherever it stands to closed, at any later time', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 400 * DAY }), (steps, later) => {
        const { lifecycle, now } = play(steps);
        const at = new Date(now.getTime() + later);
        const path: Record<string, CaseAction[]> = {
          open: ['claim', 'decide', 'close'],
          in_review: ['decide', 'close'],
          decided: ['close'],
          appealed: ['resolve_appeal'],
          closed: [],
        };
        let l = lifecycle;
        for (const action of path[l.state]!) {
          const r = transitionCase(l, action, 'lead', at);
          expect(r.ok).toBe(true);
          if (r.ok) l = r.lifecycle;
        }
        expect(l.state).toBe('closed');
      }),
    );
  });

  it('refuses a step from the wrong state and leaves the case as it was', () => {
    const r = transitionCase(opened, 'decide', 'reviewer', start);
    expect(r).toEqual({ ok: false, refusal: 'wrong_state' });
    expect(transitionCase(opened, 'claim', 'subject', start)).toEqual({ ok: false, refusal: 'actor_not_allowed' });
  });

  it('rejects an appeal filed 181 days after the decision, and takes one filed on day 180', () => {
    const decided: CaseLifecycle = { state: 'decided', decidedAt: start };
    expect(transitionCase(decided, 'appeal', 'subject', new Date(start.getTime() + 180 * DAY)).ok).toBe(true);
    expect(transitionCase(decided, 'appeal', 'subject', new Date(start.getTime() + 181 * DAY))).toEqual({
      ok: false,
      refusal: 'appeal_window_closed',
    });
  });

  it('forgets the decision when a lead reopens the case', () => {
    const closed: CaseLifecycle = { state: 'closed', decidedAt: start };
    expect(transitionCase(closed, 'reopen', 'lead', start)).toEqual({
      ok: true,
      lifecycle: { state: 'open', decidedAt: null },
    });
    expect(transitionCase(closed, 'reopen', 'reviewer', start).ok).toBe(false);
  });
});
