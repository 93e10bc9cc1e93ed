import { UNKNOWN_SUBJECT } from '../cases/open-cases-from-verdicts.js';
import type { CaseSubjectKind, CaseTargetKind } from '../governance.tables.js';
import { type CasePriority, higherPriority, priorityFor } from '../rules/case-priority.js';

export { UNKNOWN_SUBJECT };

// How reports become cases, as data: the duplicate window, which categories may be reported
// without a contact, and how grave each category is taken to be before anyone has looked.

export interface ReportRules {
  /** A second report by the same reporter on the same target and category within this time is merged. */
  duplicateWindowMs: number;
  /**
   * Categories a notice may leave out the reporter's name and email: DSA Art. 16(2)(c) exempts
   * the offences of Directive 2011/93/EU (child sexual abuse).
   */
  contactOptionalCategories: readonly string[];
  severityByCategory: Readonly<Record<string, number>>;
  defaultSeverity: number;
}

export const DEFAULT_REPORT_RULES: ReportRules = {
  duplicateWindowMs: 24 * 3_600_000,
  contactOptionalCategories: ['child_sexual_abuse'],
  severityByCategory: {
    child_sexual_abuse: 5,
    terrorism: 5,
    drugs: 5,
    weapons: 5,
    sexual: 4,
    counterfeit: 4,
    fraud: 4,
    medical_claim: 4,
    gambling: 4,
  },
  defaultSeverity: 3,
};

/** A cap on the ids a report keeps of its merged duplicates; the count goes on. */
export const MAX_DUPLICATE_IDS = 100;

export function contactRequired(category: string, rules: ReportRules = DEFAULT_REPORT_RULES): boolean {
  return !rules.contactOptionalCategories.includes(category);
}

export function reportSeverity(category: string, rules: ReportRules = DEFAULT_REPORT_RULES): number {
  return rules.severityByCategory[category] ?? rules.defaultSeverity;
}

/** A trusted flagger's notice is at least `high`, so it is reviewed before ordinary reports. */
export function reportPriority(severity: number, trustedFlagger: boolean): CasePriority {
  const base = priorityFor({ source: 'report', severity, automatedAction: false });
  return trustedFlagger ? higherPriority(base, 'high') : base;
}

/** What makes two reports the same notice: one reporter, one target, one category. */
export function dedupeKeyOf(
  reporter: string | null | undefined,
  targetKind: CaseTargetKind,
  targetId: string,
  category: string,
): string | null {
  if (!reporter) return null;
  // JSON keeps the parts apart whatever they contain (a text column takes no NUL).
  return JSON.stringify([reporter, targetKind, targetId, category]);
}

/** Who answers for a reported target when nobody said: the account itself, or not yet known. */
export function defaultSubjectOf(targetKind: CaseTargetKind, targetId: string): { kind: CaseSubjectKind; id: string } {
  if (targetKind === 'merchant') return { kind: 'merchant', id: targetId };
  if (targetKind === 'host') return { kind: 'host', id: targetId };
  return {
    kind: targetKind === 'live_session' ? 'host' : targetKind === 'comment' ? 'user' : 'merchant',
    id: UNKNOWN_SUBJECT,
  };
}
