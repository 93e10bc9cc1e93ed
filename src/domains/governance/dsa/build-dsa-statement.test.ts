import { describe, expect, it } from 'vitest';
import type { SanctionAction } from '../rules/sanction-actions.js';
import {
  buildDsaStatement,
  clip,
  type DsaSanctionInput,
  type DsaStatementInput,
  puidOf,
} from './build-dsa-statement.js';
import { validateStatement } from './validate-dsa-statement.js';

const at = (iso: string) => new Date(iso);
const sanction = (action: SanctionAction, more: Partial<DsaSanctionInput> = {}): DsaSanctionInput => ({
  action,
  days: null,
  amountMinor: null,
  endsAt: null,
  automatic: false,
  ...more,
});

function input(sanctions: DsaSanctionInput[], more: Partial<DsaStatementInput> = {}): DsaStatementInput {
  return {
    decisionId: 'dec_0mhq1abcd0123456789abcdef',
    violation: {
      type: 'diversion',
      name: 'Diverting buyers off the platform',
      explanation: 'After review, your listing was found to lead buyers off the platform.',
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      keyword: 'KEYWORD_OTHER',
    },
    subjectKind: 'merchant',
    targetKind: 'listing',
    effectiveAt: at('2026-12-03T08:00:00Z'),
    caseOpenedAt: at('2026-12-02T23:00:00Z'),
    caseSource: 'screening',
    trustedFlaggerNotice: false,
    sanctions,
    ...more,
  };
}

const build = (i: DsaStatementInput) => {
  const s = buildDsaStatement(i, 'CNY');
  if (s !== null) expect(validateStatement(s as unknown as Record<string, unknown>)).toEqual([]);
  return s;
};

describe('buildDsaStatement', () => {
  it('maps a removed listing and a timed ban on new listings', () => {
    const s = build(
      input([
        sanction('remove_listing'),
        sanction('forbid_new_listings', { days: 7, endsAt: at('2026-12-10T08:00:00Z') }),
      ]),
    )!;
    expect(s).toMatchObject({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
      end_date_service_restriction: '2026-12-10',
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      incompatible_content_illegal: 'No',
      content_type: ['CONTENT_TYPE_PRODUCT'],
      category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      category_specification: ['KEYWORD_OTHER'],
      category_specification_other: 'Diverting buyers off the platform',
      content_date: '2026-12-02',
      application_date: '2026-12-03',
      source_type: 'SOURCE_VOLUNTARY',
      automated_detection: 'Yes',
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
      account_type: 'ACCOUNT_TYPE_BUSINESS',
      puid: 'xinren-dec_0mhq1abcd0123456789abcdef',
    });
    expect(s.end_date_visibility_restriction).toBeUndefined();
    expect(s.decision_facts).toContain('Measures: listing removed; new listings forbidden for 7 days.');
  });

  it('maps money, account and stream measures', () => {
    const s = build(
      input(
        [
          sanction('stop_stream'),
          sanction('freeze_settlement', { days: 30, endsAt: at('2027-01-02T08:00:00Z') }),
          sanction('deduct_deposit', { amountMinor: 100_000 }),
          sanction('terminate_account'),
        ],
        { targetKind: 'live_session', subjectKind: 'host' },
      ),
    )!;
    expect(s).toMatchObject({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'],
      decision_monetary: 'DECISION_MONETARY_SUSPENSION',
      end_date_monetary_restriction: '2027-01-02',
      decision_account: 'DECISION_ACCOUNT_TERMINATED',
      decision_provision: 'DECISION_PROVISION_TOTAL_TERMINATION',
      content_type: ['CONTENT_TYPE_VIDEO'],
    });
    expect(s.end_date_account_restriction).toBeUndefined();
    expect(s.decision_facts).toContain('deduction from the deposit: 1000.00 CNY');
  });

  it('names a deposit deduction alone as another monetary restriction, with its text', () => {
    const s = build(input([sanction('deduct_deposit', { amountMinor: 5_000 })]))!;
    expect(s.decision_monetary).toBe('DECISION_MONETARY_OTHER');
    expect(s.decision_monetary_other).toBeTruthy();
  });

  it('gives an account suspension its end date', () => {
    const s = build(input([sanction('suspend_account', { days: 7, endsAt: at('2026-12-10T08:00:00Z') })]))!;
    expect(s).toMatchObject({
      decision_account: 'DECISION_ACCOUNT_SUSPENDED',
      end_date_account_restriction: '2026-12-10',
    });
    expect(s.decision_provision).toBeUndefined();
  });

  it('leaves out the end date when one measure of the kind has none', () => {
    const s = build(
      input([sanction('demote_listing', { endsAt: at('2026-12-05T00:00:00Z') }), sanction('restrict_traffic')]),
    )!;
    expect(s.decision_visibility).toEqual(['DECISION_VISIBILITY_CONTENT_DEMOTED']);
    expect(s.end_date_visibility_restriction).toBeUndefined();
  });

  it('has no statement for a decision that restricts nothing', () => {
    expect(build(input([sanction('warn')]))).toBeNull();
    expect(build(input([sanction('restore_listing')]))).toBeNull();
    expect(build(input([]))).toBeNull();
  });

  it('calls a decision with ladder measures partly automated', () => {
    const s = build(input([sanction('remove_listing'), sanction('suspend_live', { days: 7, automatic: true })]))!;
    expect(s.automated_decision).toBe('AUTOMATED_DECISION_PARTIALLY');
  });

  it('takes the source from the case: notices, trusted flaggers, own initiative', () => {
    const removed = [sanction('remove_listing')];
    expect(build(input(removed, { caseSource: 'report' }))).toMatchObject({
      source_type: 'SOURCE_ARTICLE_16',
      automated_detection: 'No',
    });
    expect(build(input(removed, { caseSource: 'report', trustedFlaggerNotice: true }))).toMatchObject({
      source_type: 'SOURCE_TRUSTED_FLAGGER',
      automated_detection: 'No',
    });
    expect(build(input(removed, { caseSource: 'emergency' }))).toMatchObject({
      source_type: 'SOURCE_VOLUNTARY',
      automated_detection: 'Yes',
    });
    expect(build(input(removed, { caseSource: 'report' }))?.source_identity).toBeUndefined();
  });

  it('describes an account as other content, and a comment author as a private account', () => {
    expect(build(input([sanction('suspend_account', { days: 3 })], { targetKind: 'merchant' }))).toMatchObject({
      content_type: ['CONTENT_TYPE_OTHER'],
      content_type_other: 'Seller account (shop)',
    });
    expect(
      build(
        input([sanction('warn'), sanction('suspend_account', { days: 3 })], {
          targetKind: 'comment',
          subjectKind: 'user',
        }),
      ),
    ).toMatchObject({
      content_type: ['CONTENT_TYPE_TEXT'],
      account_type: 'ACCOUNT_TYPE_PRIVATE',
    });
  });

  it('keeps puids in the allowed charset and stable', () => {
    expect(puidOf('dec_abc')).toBe(puidOf('dec_abc'));
    expect(puidOf('dec.a b/c')).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(puidOf('d'.repeat(600))).toMatch(/^[A-Za-z0-9_-]{1,500}$/);
  });

  it('clips long texts on a whole character', () => {
    expect(Array.from(clip('𠀀'.repeat(10), 5))).toHaveLength(5);
    expect(clip('short', 5)).toBe('short');
  });
});
