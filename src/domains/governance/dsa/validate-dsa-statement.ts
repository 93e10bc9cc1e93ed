import {
  ACCOUNT_TYPE,
  AUTOMATED_DECISION,
  CATEGORY_KEYWORD,
  CONTENT_TYPE,
  DECISION_ACCOUNT,
  DECISION_GROUND,
  DECISION_MONETARY,
  DECISION_PROVISION,
  DECISION_VISIBILITY,
  SOURCE_TYPE,
  STATEMENT_CATEGORY,
  YES_NO,
} from './dsa-enums.js';

// The rules the EU Transparency Database applies to `POST /api/v1/statement`, as summarised in
// shared/data/specs/README: required fields, enumeration keys, conditional fields, lengths, the
// puid charset and the date formats. Plus one of ours: no field the API does not define, so a
// careless change cannot slip personal data into the export under a new name.

export type DsaRule =
  | 'required'
  | 'restriction_required'
  | 'enum'
  | 'type'
  | 'length'
  | 'charset'
  | 'date'
  | 'date_min'
  | 'date_order'
  | 'not_allowed'
  | 'unknown_field';

export interface DsaProblem {
  field: string;
  rule: DsaRule;
  message: string;
}

const ENUMS: Record<string, readonly string[]> = {
  decision_monetary: DECISION_MONETARY,
  decision_provision: DECISION_PROVISION,
  decision_account: DECISION_ACCOUNT,
  account_type: ACCOUNT_TYPE,
  decision_ground: DECISION_GROUND,
  incompatible_content_illegal: YES_NO,
  category: STATEMENT_CATEGORY,
  source_type: SOURCE_TYPE,
  automated_detection: YES_NO,
  automated_decision: AUTOMATED_DECISION,
};
const ARRAY_ENUMS: Record<string, readonly string[]> = {
  decision_visibility: DECISION_VISIBILITY,
  content_type: CONTENT_TYPE,
  category_addition: STATEMENT_CATEGORY,
  category_specification: CATEGORY_KEYWORD,
};
const TEXT_MAX: Record<string, number> = {
  decision_visibility_other: 500,
  decision_monetary_other: 500,
  decision_ground_reference_url: 500,
  illegal_content_legal_ground: 500,
  illegal_content_explanation: 2000,
  incompatible_content_ground: 500,
  incompatible_content_explanation: 2000,
  content_type_other: 500,
  category_specification_other: 500,
  decision_facts: 5000,
  source_identity: 500,
  puid: 500,
};
const DATES: Record<string, string | null> = {
  content_date: '2000-01-01',
  application_date: '2020-01-01',
  end_date_visibility_restriction: null,
  end_date_monetary_restriction: null,
  end_date_service_restriction: null,
  end_date_account_restriction: null,
};
const REQUIRED = [
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
] as const;
const KNOWN = new Set([
  ...Object.keys(ENUMS),
  ...Object.keys(ARRAY_ENUMS),
  ...Object.keys(TEXT_MAX),
  ...Object.keys(DATES),
]);

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const PUID = /^[A-Za-z0-9_-]+$/;

function isDate(value: string): boolean {
  const m = YMD.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
const length = (s: string) => Array.from(s).length;

/** Every rule the statement breaks; empty when the Transparency Database would take it. */
export function validateStatement(s: Record<string, unknown>): DsaProblem[] {
  const problems: DsaProblem[] = [];
  const fail = (field: string, rule: DsaRule, message: string) => problems.push({ field, rule, message });

  for (const field of Object.keys(s)) {
    if (!KNOWN.has(field)) fail(field, 'unknown_field', `${field} is not a field of the statement API`);
  }
  for (const field of REQUIRED) {
    if (!present(s[field])) fail(field, 'required', `${field} is required`);
  }
  if (
    !['decision_visibility', 'decision_monetary', 'decision_provision', 'decision_account'].some((f) => present(s[f]))
  ) {
    fail(
      'decision_visibility',
      'restriction_required',
      'at least one of decision_visibility, decision_monetary, decision_provision, decision_account',
    );
  }

  for (const [field, keys] of Object.entries(ENUMS)) {
    const v = s[field];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !keys.includes(v)) fail(field, 'enum', `${field} must be one of ${keys.join(', ')}`);
  }
  for (const [field, keys] of Object.entries(ARRAY_ENUMS)) {
    const v = s[field];
    if (v === undefined) continue;
    if (!Array.isArray(v)) {
      fail(field, 'type', `${field} must be an array`);
      continue;
    }
    for (const item of v) {
      if (typeof item !== 'string' || !keys.includes(item))
        fail(field, 'enum', `${field} has ${String(item)}, not a key of the API`);
    }
    if (new Set(v).size !== v.length) fail(field, 'enum', `${field} lists a value twice`);
  }
  for (const [field, max] of Object.entries(TEXT_MAX)) {
    const v = s[field];
    if (v === undefined) continue;
    if (typeof v !== 'string') fail(field, 'type', `${field} must be a string`);
    else if (length(v) > max) fail(field, 'length', `${field} is ${length(v)} characters; at most ${max}`);
  }
  if (typeof s.puid === 'string' && s.puid !== '' && !PUID.test(s.puid)) {
    fail('puid', 'charset', 'puid may hold only A-Z, a-z, 0-9, _ and -');
  }
  for (const [field, min] of Object.entries(DATES)) {
    const v = s[field];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !isDate(v)) fail(field, 'date', `${field} must be a Y-m-d date`);
    else if (min !== null && v < min) fail(field, 'date_min', `${field} must be on or after ${min}`);
  }
  const applied = s.application_date;
  if (typeof applied === 'string' && isDate(applied)) {
    if (typeof s.content_date === 'string' && isDate(s.content_date) && s.content_date > applied) {
      fail('content_date', 'date_order', 'content_date must not be after application_date');
    }
    for (const field of Object.keys(DATES).filter((f) => f.startsWith('end_date_'))) {
      const v = s[field];
      if (typeof v === 'string' && isDate(v) && v < applied)
        fail(field, 'date_order', `${field} must not be before application_date`);
    }
  }

  const requireIf = (when: boolean, field: string, why: string) => {
    if (when && !present(s[field])) fail(field, 'required', `${field} is required ${why}`);
  };
  const ground = s.decision_ground;
  requireIf(ground === 'DECISION_GROUND_ILLEGAL_CONTENT', 'illegal_content_legal_ground', 'for illegal content');
  requireIf(ground === 'DECISION_GROUND_ILLEGAL_CONTENT', 'illegal_content_explanation', 'for illegal content');
  requireIf(
    ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    'incompatible_content_ground',
    'for content incompatible with the terms',
  );
  requireIf(
    ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    'incompatible_content_explanation',
    'for content incompatible with the terms',
  );
  requireIf(
    ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    'incompatible_content_illegal',
    'for content incompatible with the terms',
  );
  const has = (field: string, key: string) => {
    const v = s[field];
    return Array.isArray(v) ? v.includes(key) : v === key;
  };
  requireIf(
    has('decision_visibility', 'DECISION_VISIBILITY_OTHER'),
    'decision_visibility_other',
    'with DECISION_VISIBILITY_OTHER',
  );
  requireIf(
    has('decision_monetary', 'DECISION_MONETARY_OTHER'),
    'decision_monetary_other',
    'with DECISION_MONETARY_OTHER',
  );
  requireIf(has('content_type', 'CONTENT_TYPE_OTHER'), 'content_type_other', 'with CONTENT_TYPE_OTHER');
  requireIf(has('category_specification', 'KEYWORD_OTHER'), 'category_specification_other', 'with KEYWORD_OTHER');
  if (s.source_type === 'SOURCE_VOLUNTARY' && s.source_identity !== undefined) {
    fail('source_identity', 'not_allowed', 'source_identity is dropped for SOURCE_VOLUNTARY');
  }
  return problems;
}
