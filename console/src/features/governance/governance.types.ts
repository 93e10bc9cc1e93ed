import type { Finding } from '../screening/screening.types';

export const CASE_STATES = ['open', 'in_review', 'decided', 'appealed', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const CASE_PRIORITIES = ['low', 'normal', 'high', 'emergency'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];
export type SlaState = 'breached' | 'due_soon' | 'ok';
export type SubjectKind = 'merchant' | 'host' | 'user';
export type Track = 'general' | 'serious';
export type StatementLanguage = 'zh-CN' | 'en';
export type DecisionStatus = 'pending_confirmation' | 'in_effect' | 'rejected' | 'reversed';
export type SanctionStatus = 'active' | 'applied' | 'expired' | 'lifted';

export interface QueueOverview {
  name: string;
  description: string;
  states: Record<CaseState, number>;
  sla: { breached: number; dueSoon: number; ok: number };
  byPriority: Record<CasePriority, number>;
}

export interface CaseSummary {
  id: string;
  subject: { kind: SubjectKind; id: string };
  target: { kind: string; id: string };
  category: string;
  severity: number;
  priority: CasePriority;
  language: string;
  queue: string;
  state: CaseState;
  assignee: string | null;
  assignedAt: string | null;
  dueAt: string;
  sla: SlaState | null;
  decidedAt: string | null;
  source: string;
  openedAt: string;
}

export interface EvidenceItem {
  verdictId: string;
  contentKind: string;
  contentId: string;
  outcome: string;
  score: number;
  policy: string;
  text: string;
  truncated: boolean;
  findings: Finding[];
  at: string;
}

export interface CaseEvent {
  id: string;
  type: string;
  actor: string;
  at: string;
  fromState: CaseState | null;
  toState: CaseState | null;
  data: unknown;
}

export interface CaseDetail extends CaseSummary {
  evidence: { items: EvidenceItem[]; verdictIds: string[]; reportIds: string[]; omittedItems: number };
  events: CaseEvent[];
}

export interface ActionRequest {
  type: string;
  days?: number;
  amount?: number;
}

export interface Sanction {
  id: string;
  decisionId: string;
  action: string;
  appliesTo: { kind: string; id: string };
  days: number | null;
  amount: { minor: number; currency: string } | null;
  startsAt: string;
  endsAt: string | null;
  status: SanctionStatus;
  automatic: boolean;
  reason: string;
}

export interface Decision {
  id: string;
  caseId: string;
  subject: { kind: SubjectKind; id: string };
  target: { kind: string; id: string };
  violationType: string | null;
  track: Track | null;
  points: number;
  status: DecisionStatus;
  actions: ActionRequest[];
  facts: string;
  language: StatementLanguage;
  statement: string;
  decidedBy: string | null;
  decidedAt: string;
  confirmedBy: string | null;
  rejection: { by: string | null; at: string; reason: string } | null;
  sanctions: Sanction[];
}

export interface DecisionInput {
  violationType: string;
  actions?: ActionRequest[];
  facts: string;
  language: StatementLanguage;
}

export interface ViolationType {
  type: string;
  track: Track;
  points: number;
  actions: string[];
  default: string[];
  name: Record<StatementLanguage, string>;
}

export interface ActionRule {
  type: string;
  appliesTo: 'target' | 'subject';
  targetKind?: string;
  days: 'required' | 'optional' | 'none';
  amount: boolean;
  oneOff: boolean;
}

export interface ViolationCatalogue {
  violations: ViolationType[];
  actions: ActionRule[];
  fourEyes: { actions: string[]; depositDeductionAbove: number; currency: string };
  pointsExpiryDays: number;
}

export interface SubjectPoints {
  subject: { kind: SubjectKind; id: string };
  at: string;
  totals: Record<Track, number>;
  nextThresholds: Record<Track, number | null>;
  expiryDays: number;
  entries: {
    id: string;
    decisionId: string;
    violationType: string;
    track: Track;
    points: number;
    decidedAt: string;
    expiresAt: string;
    reversed: boolean;
    inForce: boolean;
  }[];
  activeSanctions: Sanction[];
}
