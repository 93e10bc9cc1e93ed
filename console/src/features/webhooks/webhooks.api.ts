import { http } from '../../api/http-client';

export type EndpointStatus = 'active' | 'disabled';
export type DeliveryStatus = 'pending' | 'succeeded' | 'failing' | 'dead';
export const deliveryStatuses: DeliveryStatus[] = ['pending', 'succeeded', 'failing', 'dead'];

/** The subscription that means every type, present and future. */
export const allEventTypes = '*';

export interface Endpoint {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  status: EndpointStatus;
  disabledReason: string | null;
  createdAt: string;
}

export interface NewEndpoint {
  url: string;
  eventTypes: string[];
  description?: string;
}

export type EndpointChanges = Partial<Pick<Endpoint, 'url' | 'eventTypes' | 'description' | 'status'>>;

export interface Delivery {
  id: string;
  endpointId: string;
  endpointUrl: string;
  messageId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface DeliveryAttempt {
  attemptedAt: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface DeliveryDetail {
  delivery: Delivery;
  attempts: DeliveryAttempt[];
  payload: unknown;
}

export interface DeliveryFilter {
  status?: DeliveryStatus;
  endpointId?: string;
  limit?: number;
}

export const webhooksApi = {
  types: () => http.get<{ items: string[] }>('/v1/webhooks/types').then((body) => body.items),
  endpoints: () => http.get<{ items: Endpoint[] }>('/v1/webhooks/endpoints').then((body) => body.items),
  createEndpoint: (input: NewEndpoint) =>
    http.post<{ endpoint: Endpoint; secret: string }>('/v1/webhooks/endpoints', input),
  updateEndpoint: (id: string, changes: EndpointChanges) =>
    http
      .patch<{ endpoint: Endpoint }>(`/v1/webhooks/endpoints/${encodeURIComponent(id)}`, changes)
      .then((body) => body.endpoint),
  deleteEndpoint: (id: string) => http.delete(`/v1/webhooks/endpoints/${encodeURIComponent(id)}`),
  sendTest: (id: string) => http.post<{ messageId: string }>(`/v1/webhooks/endpoints/${encodeURIComponent(id)}/test`),
  deliveries: (filter: DeliveryFilter) =>
    http.get<{ items: Delivery[] }>('/v1/webhooks/deliveries', { ...filter }).then((body) => body.items),
  delivery: (id: string) => http.get<DeliveryDetail>(`/v1/webhooks/deliveries/${encodeURIComponent(id)}`),
  redeliver: (id: string) =>
    http
      .post<{ delivery: Delivery }>(`/v1/webhooks/deliveries/${encodeURIComponent(id)}/redeliver`)
      .then((body) => body.delivery),
};
