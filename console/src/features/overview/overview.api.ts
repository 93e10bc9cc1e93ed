import { http } from '../../api/http-client';

export interface EventsPerMinute {
  minute: string;
  count: number;
}

export interface DeliveriesPerMinute {
  minute: string;
  succeeded: number;
  failed: number;
}

export interface Overview {
  generatedAt: string;
  events: { total: number; lastHour: number; perMinute: EventsPerMinute[] };
  deliveries: {
    succeeded: number;
    failing: number;
    pending: number;
    dead: number;
    perMinute: DeliveriesPerMinute[];
  };
  jobs: { pending: number; running: number; dead: number };
  endpoints: { active: number; disabled: number };
}

export const fetchOverview = () => http.get<Overview>('/v1/overview');
