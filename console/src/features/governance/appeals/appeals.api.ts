import { http } from '../../../api/http-client';
import type { Appeal, AppealDecided, AppealDecisionInput, AppealFilters, ClaimedAppeal } from './appeals.types';

const appealPath = (id: string) => `/v1/appeals/${encodeURIComponent(id)}`;

export const fetchAppeals = (filters: AppealFilters) =>
  http.get<{ items: Appeal[] }>('/v1/appeals', { status: filters.status, limit: filters.limit });
export const fetchAppeal = (id: string) => http.get<Appeal>(appealPath(id));
export const claimNextAppeal = () => http.post<ClaimedAppeal>('/v1/queues/appeals/next');
export const decideAppeal = (id: string, input: AppealDecisionInput) =>
  http.post<AppealDecided>(`${appealPath(id)}/decision`, input);
