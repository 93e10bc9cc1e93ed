import { http } from '../../api/http-client';
import type {
  CaseDetail,
  CaseSummary,
  Decision,
  DecisionInput,
  QueueOverview,
  SubjectPoints,
  ViolationCatalogue,
} from './governance.types';

const casePath = (id: string) => `/v1/cases/${encodeURIComponent(id)}`;
const decisionPath = (id: string) => `/v1/decisions/${encodeURIComponent(id)}`;

export const fetchQueues = () => http.get<{ items: QueueOverview[] }>('/v1/queues');
export const claimNextCase = (queue: string) =>
  http.post<{ case: CaseDetail | null }>(`/v1/queues/${encodeURIComponent(queue)}/next`);
export const fetchCase = (id: string) => http.get<CaseDetail>(casePath(id));
export const releaseCase = (id: string) => http.post<CaseDetail>(`${casePath(id)}/release`);
export const addCaseNote = (id: string, text: string) => http.post<CaseDetail>(`${casePath(id)}/notes`, { text });
export const decideCase = (id: string, input: DecisionInput) => http.post<Decision>(`${casePath(id)}/decision`, input);
export const fetchDecision = (id: string) => http.get<Decision>(decisionPath(id));
export const confirmDecision = (id: string) => http.post<Decision>(`${decisionPath(id)}/confirm`);
export const rejectDecision = (id: string, reason: string) =>
  http.post<Decision>(`${decisionPath(id)}/reject`, { reason });
export const fetchViolationCatalogue = () => http.get<ViolationCatalogue>('/v1/governance/violations');
export const fetchSubjectPoints = (kind: string, id: string) =>
  http.get<SubjectPoints>(`/v1/subjects/${encodeURIComponent(kind)}/${encodeURIComponent(id)}/points`);
export const fetchSubjectCases = (kind: string, id: string) =>
  http.get<{ items: CaseSummary[]; nextBefore: string | null }>(
    `/v1/cases?subjectKind=${encodeURIComponent(kind)}&subject=${encodeURIComponent(id)}&limit=50`,
  );
