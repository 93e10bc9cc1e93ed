import { http } from '../../api/http-client';
import type { ContentKind, Finding, Outcome, PolicyRule } from './screening.types';

export const policyStatuses = ['draft', 'shadow', 'active', 'retired'] as const;
export type PolicyStatus = (typeof policyStatuses)[number];
/** The statuses a version can be moved to; `draft` is only where a version starts. */
export type PolicyTarget = Exclude<PolicyStatus, 'draft'>;

export interface PolicySummary {
  version: number;
  name: string;
  status: PolicyStatus;
  note: string | null;
  createdAt: string;
  createdBy: string;
  statusChangedAt: string | null;
}

export interface PolicyDetail {
  version: number;
  name: string;
  status: PolicyStatus;
  note: string | null;
  createdAt: string;
  createdBy: string;
  /** The policy document as written (YAML). */
  source: string;
  rules: PolicyRule[];
}

export interface NewPolicyDraft {
  source: string;
  note?: string;
}

export interface OutcomePair {
  active: Outcome;
  shadow: Outcome;
  count: number;
}

export interface Disagreement {
  id: string;
  contentKind: ContentKind | string;
  contentId: string;
  activeVersion: number | null;
  activeOutcome: Outcome;
  shadowOutcome: Outcome;
  findings: Finding[];
  createdAt: string;
}

export interface DisagreementPage {
  total: number;
  byPair: OutcomePair[];
  items: Disagreement[];
  nextBefore: string | null;
}

const base = (version: number) => `/v1/screening/policies/${version}`;

export const policiesApi = {
  list: () => http.get<{ items: PolicySummary[] }>('/v1/screening/policies').then((body) => body.items),
  get: (version: number) => http.get<PolicyDetail>(base(version)),
  create: (draft: NewPolicyDraft) => http.post<{ version: number }>('/v1/screening/policies', draft),
  setStatus: (version: number, status: PolicyTarget) =>
    http.post<{ version: number; status: PolicyStatus }>(`${base(version)}/status`, { status }),
  disagreements: (version: number, limit: number, before?: string) =>
    http.get<DisagreementPage>(`${base(version)}/disagreements`, { limit, before }),
};
