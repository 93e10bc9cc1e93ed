import { describe, expect, it } from 'vitest';
import { appealDeciderBlock } from '../../console/src/features/governance/appeals/appeal-decider';
import {
  appealDecisionInput,
  emptyDraft,
  type NewDecisionDraft,
  newDecisionInput,
} from '../../console/src/features/governance/appeals/appeal-decision-input';
import { appealSla } from '../../console/src/features/governance/appeals/appeal-sla';
import { attachmentLink } from '../../console/src/features/governance/appeals/attachment-link';
import type { ActionRule } from '../../console/src/features/governance/governance.types';

const HOUR = 3_600_000;

describe('appealSla', () => {
  const filedAt = '2026-12-01T00:00:00.000Z';
  const dueAt = new Date(Date.parse(filedAt) + 72 * HOUR).toISOString();
  const at = (hours: number) => new Date(Date.parse(filedAt) + hours * HOUR);

  it('is on time before the last quarter of the 72 hours, due soon in it, breached at the due time', () => {
    expect(appealSla({ status: 'open', filedAt, dueAt }, at(1))).toBe('ok');
    expect(appealSla({ status: 'open', filedAt, dueAt }, at(53.9))).toBe('ok');
    expect(appealSla({ status: 'open', filedAt, dueAt }, at(54))).toBe('due_soon');
    expect(appealSla({ status: 'open', filedAt, dueAt }, at(71.9))).toBe('due_soon');
    expect(appealSla({ status: 'open', filedAt, dueAt }, at(72))).toBe('breached');
  });

  it('has no SLA once the appeal is decided, however late', () => {
    for (const status of ['upheld', 'reversed', 'modified'] as const) {
      expect(appealSla({ status, filedAt, dueAt }, at(100))).toBeNull();
    }
  });
});

describe('appealDeciderBlock', () => {
  const base = {
    role: 'reviewer' as const,
    actor: 'user:usr_b',
    status: 'open' as const,
    decision: { decidedBy: 'user:usr_a', confirmedBy: null },
    assignee: 'user:usr_b',
  };

  it('lets a reviewer who holds the case, or an unclaimed one, decide', () => {
    expect(appealDeciderBlock(base)).toBeNull();
    expect(appealDeciderBlock({ ...base, assignee: null })).toBeNull();
  });

  it('refuses whoever took or confirmed the decision, leads included', () => {
    expect(appealDeciderBlock({ ...base, actor: 'user:usr_a', assignee: null })).toBe('own_decision');
    expect(
      appealDeciderBlock({ ...base, role: 'lead', decision: { decidedBy: 'user:usr_a', confirmedBy: 'user:usr_b' } }),
    ).toBe('own_decision');
  });

  it('refuses a reviewer another holds the case for, but not a lead', () => {
    expect(appealDeciderBlock({ ...base, assignee: 'user:usr_c' })).toBe('held_by_other');
    expect(appealDeciderBlock({ ...base, role: 'lead', assignee: 'user:usr_c' })).toBeNull();
  });

  it('offers nothing to analysts, to nobody signed in, or on a decided appeal', () => {
    expect(appealDeciderBlock({ ...base, role: 'analyst' })).toBe('not_reviewer');
    expect(appealDeciderBlock({ ...base, actor: null })).toBe('not_reviewer');
    expect(appealDeciderBlock({ ...base, status: 'reversed' })).toBe('not_open');
  });
});

describe('appealDecisionInput', () => {
  const rules: ActionRule[] = [
    { type: 'remove_listing', appliesTo: 'target', targetKind: 'listing', days: 'none', amount: false, oneOff: false },
    { type: 'suspend_live', appliesTo: 'subject', days: 'required', amount: false, oneOff: false },
  ];
  const draft: NewDecisionDraft = { ...emptyDraft('en'), violationType: 'diversion', facts: '  new facts ' };

  it('takes upheld and reversed with trimmed reasoning only', () => {
    expect(appealDecisionInput('reversed', '  licence shown ', draft, rules)).toEqual({
      outcome: 'reversed',
      reasoning: 'licence shown',
    });
    expect(appealDecisionInput('upheld', 'still fake', emptyDraft('zh-CN'), rules)).toEqual({
      outcome: 'upheld',
      reasoning: 'still fake',
    });
  });

  it('is incomplete without an outcome or reasoning', () => {
    expect(appealDecisionInput(undefined, 'why', draft, rules)).toBeNull();
    expect(appealDecisionInput('reversed', '   ', draft, rules)).toBeNull();
  });

  it('takes modified only with a complete new decision', () => {
    expect(appealDecisionInput('modified', 'milder', emptyDraft('en'), rules)).toBeNull();
    expect(appealDecisionInput('modified', 'milder', { ...draft, facts: ' ' }, rules)).toBeNull();
    // suspend_live needs its days.
    expect(appealDecisionInput('modified', 'milder', { ...draft, chosen: ['suspend_live'] }, rules)).toBeNull();
    expect(
      appealDecisionInput(
        'modified',
        'milder',
        { ...draft, chosen: ['suspend_live'], days: { suspend_live: 7 } },
        rules,
      ),
    ).toEqual({
      outcome: 'modified',
      reasoning: 'milder',
      decision: {
        violationType: 'diversion',
        actions: [{ type: 'suspend_live', days: 7 }],
        facts: 'new facts',
        language: 'en',
      },
    });
  });

  it("leaves actions out when none is chosen, so the server takes the catalogue's defaults", () => {
    expect(newDecisionInput(draft, rules)).toEqual({ violationType: 'diversion', facts: 'new facts', language: 'en' });
  });
});

describe('attachmentLink', () => {
  it('offers http and https links only', () => {
    expect(attachmentLink('https://files.example/licence.pdf')).toBe('https://files.example/licence.pdf');
    expect(attachmentLink('http://files.example/a b.pdf')).toBe('http://files.example/a%20b.pdf');
    expect(attachmentLink('javascript:alert(1)')).toBeNull();
    expect(attachmentLink('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(attachmentLink('not a url')).toBeNull();
    expect(attachmentLink(undefined)).toBeNull();
  });
});
