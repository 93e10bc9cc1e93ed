import { http } from '../../api/http-client';

export interface IngestedEvent {
  id: string;
  source: string;
  type: string;
  time: string;
  receivedAt: string;
}

export interface EventFilter {
  type?: string;
  limit: number;
}

export const fetchEvents = (filter: EventFilter) =>
  http.get<{ items: IngestedEvent[] }>('/v1/events', { ...filter }).then((body) => body.items);

export const fetchEventTypes = () => http.get<{ items: string[] }>('/v1/events/types').then((body) => body.items);
