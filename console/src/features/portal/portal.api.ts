import { http } from '../../api/http-client';

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

export const fetchPortalEvents = (filter: PortalEventFilter) =>
  http.get<{ items: PortalEvent[] }>('/v1/portal/events', { ...filter }).then((body) => body.items);
