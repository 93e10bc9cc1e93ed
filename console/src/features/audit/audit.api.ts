import { http } from '../../api/http-client';

export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actor: string;
  action: string;
  subject: string;
  reason: string | null;
  before?: unknown;
  after?: unknown;
  prevHash?: string;
  hash?: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken: null | { seq: number; id: string; reason: string };
}

export const auditApi = {
  recent: (limit: number) => http.get<{ items: AuditEntry[] }>('/v1/audit', { limit }).then((body) => body.items),
  verify: () => http.post<ChainVerification>('/v1/audit/verify'),
};
