import { DSA_CATEGORIES, DSA_KEYWORDS, type DsaCategory, type DsaKeyword } from '../../screening/index.js';

// The enumeration keys of the EU DSA Transparency Database statement-of-reasons API, as listed in
// shared/data/specs/dsa_sor_enums.json. The API takes the keys, never the labels.

export const DECISION_VISIBILITY = [
  'DECISION_VISIBILITY_CONTENT_REMOVED',
  'DECISION_VISIBILITY_CONTENT_DISABLED',
  'DECISION_VISIBILITY_CONTENT_DEMOTED',
  'DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED',
  'DECISION_VISIBILITY_CONTENT_LABELLED',
  'DECISION_VISIBILITY_OTHER',
] as const;
export type DecisionVisibility = (typeof DECISION_VISIBILITY)[number];

export const DECISION_MONETARY = [
  'DECISION_MONETARY_SUSPENSION',
  'DECISION_MONETARY_TERMINATION',
  'DECISION_MONETARY_OTHER',
] as const;
export type DecisionMonetary = (typeof DECISION_MONETARY)[number];

export const DECISION_PROVISION = [
  'DECISION_PROVISION_PARTIAL_SUSPENSION',
  'DECISION_PROVISION_TOTAL_SUSPENSION',
  'DECISION_PROVISION_PARTIAL_TERMINATION',
  'DECISION_PROVISION_TOTAL_TERMINATION',
] as const;
export type DecisionProvision = (typeof DECISION_PROVISION)[number];

export const DECISION_ACCOUNT = ['DECISION_ACCOUNT_SUSPENDED', 'DECISION_ACCOUNT_TERMINATED'] as const;
export type DecisionAccount = (typeof DECISION_ACCOUNT)[number];

export const ACCOUNT_TYPE = ['ACCOUNT_TYPE_BUSINESS', 'ACCOUNT_TYPE_PRIVATE'] as const;
export type AccountType = (typeof ACCOUNT_TYPE)[number];

export const DECISION_GROUND = ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'] as const;
export type DecisionGround = (typeof DECISION_GROUND)[number];

export const YES_NO = ['Yes', 'No'] as const;
export type YesNo = (typeof YES_NO)[number];

export const CONTENT_TYPE = [
  'CONTENT_TYPE_APP',
  'CONTENT_TYPE_AUDIO',
  'CONTENT_TYPE_IMAGE',
  'CONTENT_TYPE_PRODUCT',
  'CONTENT_TYPE_SYNTHETIC_MEDIA',
  'CONTENT_TYPE_TEXT',
  'CONTENT_TYPE_VIDEO',
  'CONTENT_TYPE_OTHER',
] as const;
export type ContentType = (typeof CONTENT_TYPE)[number];

// Categories and keywords are the ones screening policies name already: one list for both.
export const STATEMENT_CATEGORY = DSA_CATEGORIES;
export type StatementCategory = DsaCategory;

export const CATEGORY_KEYWORD = DSA_KEYWORDS;
export type CategoryKeyword = DsaKeyword;

export const SOURCE_TYPE = [
  'SOURCE_ARTICLE_16',
  'SOURCE_TRUSTED_FLAGGER',
  'SOURCE_TYPE_OTHER_NOTIFICATION',
  'SOURCE_VOLUNTARY',
] as const;
export type SourceType = (typeof SOURCE_TYPE)[number];

export const AUTOMATED_DECISION = [
  'AUTOMATED_DECISION_FULLY',
  'AUTOMATED_DECISION_PARTIALLY',
  'AUTOMATED_DECISION_NOT_AUTOMATED',
] as const;
export type AutomatedDecision = (typeof AUTOMATED_DECISION)[number];
