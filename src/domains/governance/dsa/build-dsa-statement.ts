import { describeAction } from '../decisions/statement-of-reasons.js';
import type { CaseSubjectKind, CaseTargetKind } from '../governance.tables.js';
import type { CaseSource } from '../rules/case-priority.js';
import type { SanctionAction } from '../rules/sanction-actions.js';
import type {
  AccountType,
  CategoryKeyword,
  ContentType,
  DecisionAccount,
  DecisionMonetary,
  DecisionProvision,
  DecisionVisibility,
  SourceType,
  StatementCategory,
} from './dsa-enums.js';
import type { DsaStatement } from './dsa-statement.js';

// A DSA statement of reasons is built only from what carries no personal data: the catalogue's
// fixed texts for the violation type, the measures (kind, days) and dates. The reviewer's facts
// are free text and may quote names, phone numbers or addresses, so they never reach the export;
// neither do the subject's, target's or reporters' ids. The puid is the decision's own id.

export interface DsaSanctionInput {
  action: SanctionAction;
  days: number | null;
  amountMinor: number | null;
  endsAt: Date | null;
  /** Imposed by the points ladder, not chosen by a person. */
  automatic: boolean;
}

/** The violation as the export names it: fixed texts, never the reviewer's facts. */
export interface DsaViolation {
  type: string;
  /** English name from the catalogue. */
  name: string;
  /** The catalogue's English statement template without the facts. */
  explanation: string;
  /** As stored on the decision when it was taken. */
  category: string;
  keyword: string;
}

export interface DsaStatementInput {
  decisionId: string;
  violation: DsaViolation;
  subjectKind: CaseSubjectKind;
  targetKind: CaseTargetKind;
  /** When the decision took effect (at once, or at the second reviewer's confirmation). */
  effectiveAt: Date;
  /** When the case opened: the latest date by which the content was known to exist. */
  caseOpenedAt: Date;
  caseSource: CaseSource;
  /** An active trusted flagger's notice is among the case's reports. */
  trustedFlaggerNotice: boolean;
  /** Every sanction the decision imposed, as imposed (a later reversal does not rewrite them). */
  sanctions: readonly DsaSanctionInput[];
}

/** The Transparency Database caps free text; cut on a code point, never in a surrogate pair. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export const PUID_PREFIX = 'xinren-';

/** Stable across exports, unique per decision, only `[A-Za-z0-9_-]`. */
export function puidOf(decisionId: string): string {
  return `${PUID_PREFIX}${decisionId.replace(/[^A-Za-z0-9_-]/g, '-')}`.slice(0, 500);
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);

const VISIBILITY: Partial<Record<SanctionAction, DecisionVisibility>> = {
  remove_listing: 'DECISION_VISIBILITY_CONTENT_REMOVED',
  demote_listing: 'DECISION_VISIBILITY_CONTENT_DEMOTED',
  // Lower ranking of everything the shop offers: a demotion of its content.
  restrict_traffic: 'DECISION_VISIBILITY_CONTENT_DEMOTED',
  stop_stream: 'DECISION_VISIBILITY_CONTENT_DISABLED',
};
// Live streaming or new listings forbidden: part of the service withheld for a time.
const PARTIAL_SUSPENSION: ReadonlySet<SanctionAction> = new Set(['suspend_live', 'forbid_new_listings']);

const CONTENT_TYPE: Record<CaseTargetKind, { type: ContentType; other?: string }> = {
  listing: { type: 'CONTENT_TYPE_PRODUCT' },
  live_session: { type: 'CONTENT_TYPE_VIDEO' },
  comment: { type: 'CONTENT_TYPE_TEXT' },
  merchant: { type: 'CONTENT_TYPE_OTHER', other: 'Seller account (shop)' },
  host: { type: 'CONTENT_TYPE_OTHER', other: 'Live-stream host account' },
};

const ACCOUNT_TYPE: Record<CaseSubjectKind, AccountType> = {
  merchant: 'ACCOUNT_TYPE_BUSINESS',
  host: 'ACCOUNT_TYPE_BUSINESS',
  user: 'ACCOUNT_TYPE_PRIVATE',
};

/** The latest end of these sanctions; none when one of them has no end (until lifted or for good). */
function endOf(sanctions: readonly DsaSanctionInput[]): string | undefined {
  let latest = 0;
  for (const s of sanctions) {
    if (s.endsAt === null) return undefined;
    latest = Math.max(latest, s.endsAt.getTime());
  }
  return sanctions.length > 0 ? ymd(new Date(latest)) : undefined;
}

function sourceOf(input: DsaStatementInput): SourceType {
  if (input.caseSource !== 'report') return 'SOURCE_VOLUNTARY';
  return input.trustedFlaggerNotice ? 'SOURCE_TRUSTED_FLAGGER' : 'SOURCE_ARTICLE_16';
}

/**
 * The statement of reasons for a decision that restricts something, or null when it restricts
 * nothing the API knows (a warning alone, a listing restored): the Transparency Database takes
 * statements of restrictions only.
 */
export function buildDsaStatement(input: DsaStatementInput, currency: string): DsaStatement | null {
  const visibility = new Set<DecisionVisibility>();
  const visibilityBy: DsaSanctionInput[] = [];
  const provisionBy: DsaSanctionInput[] = [];
  const monetaryBy: DsaSanctionInput[] = [];
  const accountBy: DsaSanctionInput[] = [];
  let monetary: DecisionMonetary | undefined;
  let account: DecisionAccount | undefined;
  let provision: DecisionProvision | undefined;
  for (const s of input.sanctions) {
    const v = VISIBILITY[s.action];
    if (v !== undefined) {
      visibility.add(v);
      visibilityBy.push(s);
    } else if (PARTIAL_SUSPENSION.has(s.action)) {
      provision = 'DECISION_PROVISION_PARTIAL_SUSPENSION';
      provisionBy.push(s);
    } else if (s.action === 'freeze_settlement') {
      monetary = 'DECISION_MONETARY_SUSPENSION';
      monetaryBy.push(s);
    } else if (s.action === 'deduct_deposit') {
      monetary ??= 'DECISION_MONETARY_OTHER';
      monetaryBy.push(s);
    } else if (s.action === 'suspend_account') {
      account ??= 'DECISION_ACCOUNT_SUSPENDED';
      accountBy.push(s);
    } else if (s.action === 'terminate_account') {
      account = 'DECISION_ACCOUNT_TERMINATED';
      provision = 'DECISION_PROVISION_TOTAL_TERMINATION';
      accountBy.push(s);
    }
  }
  if (visibility.size === 0 && monetary === undefined && provision === undefined && account === undefined) return null;

  const measures = input.sanctions
    .map((s) =>
      describeAction(
        {
          type: s.action,
          ...(s.days !== null ? { days: s.days } : {}),
          ...(s.amountMinor !== null ? { amount: s.amountMinor } : {}),
        },
        'en',
        currency,
      ),
    )
    .join('; ');
  const ladder = input.sanctions.some((s) => s.automatic);
  const { violation } = input;
  const explanation = violation.explanation;
  const content = CONTENT_TYPE[input.targetKind];
  const keyword = violation.keyword as CategoryKeyword;

  const statement: DsaStatement = {
    decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    incompatible_content_ground: clip(`Platform rules, violation type "${violation.type}": ${violation.name}`, 500),
    incompatible_content_explanation: clip(explanation, 2000),
    // The platform acts on its own rules; whether the content is also illegal is not assessed.
    incompatible_content_illegal: 'No',
    content_type: [content.type],
    category: violation.category as StatementCategory,
    category_specification: [keyword],
    content_date: ymd(input.caseOpenedAt),
    application_date: ymd(input.effectiveAt),
    decision_facts: clip(
      `${explanation} Measures: ${measures}.${ladder ? ' Some measures were imposed automatically by the penalty-points ladder.' : ''}`,
      5000,
    ),
    source_type: sourceOf(input),
    // Screening found it (an emergency stop is screening too); reports and QC submissions are people's.
    automated_detection: input.caseSource === 'screening' || input.caseSource === 'emergency' ? 'Yes' : 'No',
    // A person decides every case; only the points ladder adds measures by itself.
    automated_decision: ladder ? 'AUTOMATED_DECISION_PARTIALLY' : 'AUTOMATED_DECISION_NOT_AUTOMATED',
    account_type: ACCOUNT_TYPE[input.subjectKind],
    puid: puidOf(input.decisionId),
  };
  if (content.other !== undefined) statement.content_type_other = content.other;
  if (keyword === 'KEYWORD_OTHER') statement.category_specification_other = clip(violation.name, 500);
  if (visibility.size > 0) {
    statement.decision_visibility = [...visibility];
    const end = endOf(visibilityBy);
    if (end !== undefined) statement.end_date_visibility_restriction = end;
  }
  if (monetary !== undefined) {
    statement.decision_monetary = monetary;
    if (monetary === 'DECISION_MONETARY_OTHER') statement.decision_monetary_other = 'Deduction from the seller deposit';
    const end = endOf(monetaryBy.filter((s) => s.action === 'freeze_settlement'));
    if (end !== undefined) statement.end_date_monetary_restriction = end;
  }
  if (provision !== undefined) {
    statement.decision_provision = provision;
    const end = provision === 'DECISION_PROVISION_TOTAL_TERMINATION' ? undefined : endOf(provisionBy);
    if (end !== undefined) statement.end_date_service_restriction = end;
  }
  if (account !== undefined) {
    statement.decision_account = account;
    const end = account === 'DECISION_ACCOUNT_TERMINATED' ? undefined : endOf(accountBy);
    if (end !== undefined) statement.end_date_account_restriction = end;
  }
  return statement;
}
