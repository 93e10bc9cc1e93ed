// The vocabulary the screening API speaks; mirrors src/domains/screening (the server stays the authority).

export const contentKinds = ['listing', 'live_segment', 'comment', 'web_page', 'feedback'] as const;
export type ContentKind = (typeof contentKinds)[number];

export const outcomes = ['allow', 'review', 'block', 'stop_stream'] as const;
export type Outcome = (typeof outcomes)[number];

export const lexiconCategories = [
  'sexual',
  'spam_seo',
  'gambling',
  'drugs',
  'weapons',
  'fraud',
  'diversion',
  'ad_superlative',
  'medical_claim',
  'price_fraud',
  'staged_drama',
  'counterfeit',
] as const;
export type LexiconCategory = (typeof lexiconCategories)[number];

/** One place in the screened text; `start`/`end` are UTF-16 offsets into the original input. */
export interface Finding {
  category: string;
  severity: number;
  term: string;
  section: string;
  /** 1-based line of `start`. */
  line: number;
  start: number;
  end: number;
  text: string;
}

/** A policy rule as the server describes it, with the DSA statement-of-reasons fields. */
export interface PolicyRule {
  id: string;
  outcome: Outcome;
  reason: string;
  violationType: string;
  dsaCategory: string;
  dsaKeyword: string;
}
