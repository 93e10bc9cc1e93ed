import { http } from '../../api/http-client';
import type { SubjectPoints } from '../governance/governance.types';
import type { Appeal, AppealInput, PortalDecision, PortalSanction } from './portal.types';

/** An event that names the signed-in merchant, host or rights holder, with its data. */
export interface PortalEvent {
  seq: number;
  id: string;
  source: string;
  type: string;
  time: string;
  receivedAt: string;
  data: unknown;
}

export interface PortalEventFilter {
  type?: string;
  limit: number;
}

const decisionPath = (id: string) => `/v1/decisions/${encodeURIComponent(id)}`;

export const fetchPortalEvents = (filter: PortalEventFilter) =>
  http.get<{ items: PortalEvent[] }>('/v1/portal/events', { ...filter }).then((body) => body.items);

// The server scopes each of these to the caller's own subject: nobody else's record can come back.
export const fetchPortalDecisions = () =>
  http.get<{ items: PortalDecision[] }>('/v1/portal/decisions', { limit: 200 }).then((body) => body.items);
export const fetchPortalDecision = (id: string) =>
  http.get<PortalDecision>(`/v1/portal/decisions/${encodeURIComponent(id)}`);
export const fetchPortalSanctions = () =>
  http.get<{ items: PortalSanction[] }>('/v1/sanctions', { limit: 500 }).then((body) => body.items);
export const fetchPortalPoints = (kind: 'merchant' | 'host', id: string) =>
  http.get<SubjectPoints>(`/v1/subjects/${kind}/${encodeURIComponent(id)}/points`);
export const fetchPortalAppeals = () =>
  http.get<{ items: Appeal[] }>('/v1/appeals', { limit: 200 }).then((body) => body.items);
export const fileAppeal = (decisionId: string, input: AppealInput) =>
  http.post<Appeal>(`${decisionPath(decisionId)}/appeals`, input);
