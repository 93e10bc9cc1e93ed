import { describe, expect, it } from 'vitest';
import { priorityFor, raisedPriority } from './case-priority.js';
import { DEFAULT_SLA, dueAtAfterRaise, dueAtFor, slaStateOf } from './case-sla.js';

const t0 = new Date('2026-12-03T08:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

describe('case SLA', () => {
  it('gives emergencies 15 minutes, high 2 hours, normal 24 hours and low 72 hours', () => {
    expect(dueAtFor('emergency', t0)).toEqual(plus(15 * MIN));
    expect(dueAtFor('high', t0)).toEqual(plus(120 * MIN));
    expect(dueAtFor('normal', t0)).toEqual(plus(24 * 60 * MIN));
    expect(dueAtFor('low', t0)).toEqual(plus(72 * 60 * MIN));
  });

  it('calls a case due soon in the last quarter of its time, and breached at its due time', () => {
    const due = dueAtFor('high', t0);
    expect(slaStateOf(due, 'high', plus(89 * MIN))).toBe('ok');
    expect(slaStateOf(due, 'high', plus(90 * MIN))).toBe('due_soon');
    expect(slaStateOf(due, 'high', plus(119 * MIN))).toBe('due_soon');
    expect(slaStateOf(due, 'high', plus(120 * MIN))).toBe('breached');
  });

  it('shortens the deadline when priority rises, and never lengthens it', () => {
    const lowDue = dueAtFor('low', t0);
    expect(dueAtAfterRaise(lowDue, 'emergency', plus(MIN))).toEqual(plus(16 * MIN));
    const soon = plus(5 * MIN);
    expect(dueAtAfterRaise(soon, 'normal', t0)).toEqual(soon);
    expect(DEFAULT_SLA.emergency).toBeLessThan(DEFAULT_SLA.high);
  });
});

describe('case priority', () => {
  it('makes stopped streams emergencies, blocks and severe findings high, the rest by severity', () => {
    expect(priorityFor({ source: 'emergency', severity: 1, automatedAction: true })).toBe('emergency');
    expect(priorityFor({ source: 'screening', severity: 2, automatedAction: true })).toBe('high');
    expect(priorityFor({ source: 'screening', severity: 4, automatedAction: false })).toBe('high');
    expect(priorityFor({ source: 'screening', severity: 3, automatedAction: false })).toBe('normal');
    expect(priorityFor({ source: 'report', severity: 2, automatedAction: false })).toBe('low');
  });

  it('raises one step at a time up to emergency', () => {
    expect(raisedPriority('low')).toBe('normal');
    expect(raisedPriority('high')).toBe('emergency');
    expect(raisedPriority('emergency')).toBe('emergency');
  });
});
