import { describe, expect, it } from 'vitest';
import type { DsaStatement } from './dsa-statement.js';
import { type DsaRule, validateStatement } from './validate-dsa-statement.js';

const valid: DsaStatement = {
  decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
  decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
  incompatible_content_ground: 'Platform rules: diversion',
  incompatible_content_explanation: 'The listing led buyers off the platform.',
  incompatible_content_illegal: 'No',
  content_type: ['CONTENT_TYPE_PRODUCT'],
  category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  category_specification: ['KEYWORD_PHISHING'],
  content_date: '2026-12-01',
  application_date: '2026-12-03',
  decision_facts: 'The listing led buyers off the platform. Measures: listing removed.',
  source_type: 'SOURCE_VOLUNTARY',
  automated_detection: 'Yes',
  automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
  puid: 'xinren-dec_0001',
};

/** The statement with a change; undefined deletes the field. */
function variant(patch: Record<string, unknown>): Record<string, unknown> {
  const s: Record<string, unknown> = { ...valid };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete s[k];
    else s[k] = v;
  }
  return s;
}

const rulesOf = (s: Record<string, unknown>) => validateStatement(s).map((p) => `${p.field}:${p.rule}`);

describe('validateStatement', () => {
  it('takes a statement that keeps every rule', () => {
    expect(validateStatement(valid as unknown as Record<string, unknown>)).toEqual([]);
  });

  it.each([
    'decision_ground',
    'content_type',
    'category',
    'content_date',
    'application_date',
    'decision_facts',
    'source_type',
    'automated_detection',
    'automated_decision',
    'puid',
  ])('requires %s', (field) => {
    expect(rulesOf(variant({ [field]: undefined }))).toContain(`${field}:required`);
  });

  it('requires at least one restriction, any of the four will do', () => {
    const none = variant({ decision_visibility: undefined });
    expect(rulesOf(none)).toEqual(['decision_visibility:restriction_required']);
    expect(rulesOf(variant({ decision_visibility: [] }))).toContain('decision_visibility:restriction_required');
    for (const [field, value] of [
      ['decision_monetary', 'DECISION_MONETARY_SUSPENSION'],
      ['decision_provision', 'DECISION_PROVISION_PARTIAL_SUSPENSION'],
      ['decision_account', 'DECISION_ACCOUNT_SUSPENDED'],
    ] as const) {
      expect(rulesOf({ ...none, [field]: value })).toEqual([]);
    }
  });

  it.each<[string, unknown]>([
    ['decision_ground', 'Illegal Content'],
    ['category', 'STATEMENT_CATEGORY_SPAM'],
    ['source_type', 'SOURCE_REPORT'],
    ['automated_detection', 'yes'],
    ['automated_detection', true],
    ['automated_decision', 'AUTOMATED_DECISION_PARTIAL'],
    ['incompatible_content_illegal', 'false'],
    ['decision_monetary', 'DECISION_MONETARY_FINE'],
    ['decision_provision', 'DECISION_PROVISION_SUSPENDED'],
    ['decision_account', 'DECISION_ACCOUNT_BANNED'],
    ['account_type', 'ACCOUNT_TYPE_MERCHANT'],
    ['content_type', ['CONTENT_TYPE_LISTING']],
    ['decision_visibility', ['DECISION_VISIBILITY_CONTENT_REMOVED', 'Removal of content']],
    ['category_specification', ['KEYWORD_SPAM']],
    ['category_addition', ['STATEMENT_CATEGORY_OTHER']],
    ['content_type', ['CONTENT_TYPE_PRODUCT', 'CONTENT_TYPE_PRODUCT']],
  ])('refuses %s = %j, not a key of the API', (field, value) => {
    expect(rulesOf(variant({ [field]: value }))).toContain(`${field}:enum`);
  });

  it('wants arrays where the API takes arrays', () => {
    expect(rulesOf(variant({ content_type: 'CONTENT_TYPE_PRODUCT' }))).toContain('content_type:type');
  });

  it.each([
    ['decision_facts', 5000],
    ['incompatible_content_ground', 500],
    ['incompatible_content_explanation', 2000],
    ['puid', 500],
  ] as const)('caps %s at %i characters', (field, max) => {
    expect(rulesOf(variant({ [field]: 'a'.repeat(max) }))).not.toContain(`${field}:length`);
    expect(rulesOf(variant({ [field]: 'a'.repeat(max + 1) }))).toContain(`${field}:length`);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(rulesOf(variant({ incompatible_content_ground: '𠀀'.repeat(500) }))).toEqual([]);
  });

  it.each(['dec 1', 'dec/1', 'dec.1', '决定1', 'dec:1'])(
    'refuses a puid with a character outside [A-Za-z0-9_-]: %s',
    (puid) => {
      expect(rulesOf(variant({ puid }))).toContain('puid:charset');
    },
  );

  it.each(['2026-12-3', '03-12-2026', '2026-02-30', '2026-12-03T08:00:00Z', '2026/12/03'])(
    'wants Y-m-d calendar dates, not %s',
    (date) => {
      expect(rulesOf(variant({ application_date: date }))).toContain('application_date:date');
      expect(rulesOf(variant({ end_date_account_restriction: date }))).toContain('end_date_account_restriction:date');
    },
  );

  it('keeps the earliest dates the API takes', () => {
    expect(rulesOf(variant({ content_date: '1999-12-31' }))).toContain('content_date:date_min');
    expect(rulesOf(variant({ content_date: '2000-01-01' }))).toEqual([]);
    expect(rulesOf(variant({ application_date: '2019-12-31', content_date: '2019-01-01' }))).toContain(
      'application_date:date_min',
    );
  });

  it('refuses content dated after the decision, and restrictions ending before it', () => {
    expect(rulesOf(variant({ content_date: '2026-12-04' }))).toContain('content_date:date_order');
    expect(rulesOf(variant({ end_date_visibility_restriction: '2026-12-02' }))).toContain(
      'end_date_visibility_restriction:date_order',
    );
    expect(rulesOf(variant({ end_date_visibility_restriction: '2026-12-03' }))).toEqual([]);
  });

  it('asks for the incompatible-content fields on that ground', () => {
    for (const field of [
      'incompatible_content_ground',
      'incompatible_content_explanation',
      'incompatible_content_illegal',
    ]) {
      expect(rulesOf(variant({ [field]: undefined }))).toEqual([`${field}:required`]);
    }
  });

  it('asks for the illegal-content fields on that ground, with their lengths', () => {
    const illegal = variant({
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      incompatible_content_ground: undefined,
      incompatible_content_explanation: undefined,
      incompatible_content_illegal: undefined,
    });
    expect(rulesOf(illegal)).toEqual(['illegal_content_legal_ground:required', 'illegal_content_explanation:required']);
    const filled = {
      ...illegal,
      illegal_content_legal_ground: 'Art. 9',
      illegal_content_explanation: 'x'.repeat(2001),
    };
    expect(rulesOf(filled)).toEqual(['illegal_content_explanation:length']);
  });

  it.each([
    ['decision_visibility', ['DECISION_VISIBILITY_OTHER'], 'decision_visibility_other'],
    ['decision_monetary', 'DECISION_MONETARY_OTHER', 'decision_monetary_other'],
    ['content_type', ['CONTENT_TYPE_OTHER'], 'content_type_other'],
    ['category_specification', ['KEYWORD_OTHER'], 'category_specification_other'],
  ] as const)('asks for the _other text when %s chooses an _OTHER value', (field, value, other) => {
    expect(rulesOf(variant({ [field]: value }))).toEqual([`${other}:required`]);
    expect(rulesOf(variant({ [field]: value, [other]: 'what it was' }))).toEqual([]);
    expect(rulesOf(variant({ [field]: value, [other]: 'x'.repeat(501) }))).toEqual([`${other}:length`]);
  });

  it('drops source_identity for own-initiative decisions and caps it otherwise', () => {
    expect(rulesOf(variant({ source_identity: 'Flagger org' }))).toEqual(['source_identity:not_allowed']);
    expect(rulesOf(variant({ source_type: 'SOURCE_TRUSTED_FLAGGER', source_identity: 'Flagger org' }))).toEqual([]);
    expect(rulesOf(variant({ source_type: 'SOURCE_ARTICLE_16', source_identity: 'x'.repeat(501) }))).toEqual([
      'source_identity:length',
    ]);
  });

  it('refuses a field the API does not define', () => {
    const rules: DsaRule[] = validateStatement(variant({ subject_id: 'mch-a' })).map((p) => p.rule);
    expect(rules).toEqual(['unknown_field']);
  });
});
