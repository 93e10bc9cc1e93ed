import { http } from '../../../api/http-client';
import type { GrantFlaggerInput, TrustedFlagger } from './flaggers.types';

export const fetchTrustedFlaggers = (activeOnly: boolean) =>
  http.get<{ items: TrustedFlagger[] }>('/v1/trusted-flaggers', { active: activeOnly ? 'true' : undefined });
export const grantTrustedFlagger = (input: GrantFlaggerInput) =>
  http.post<TrustedFlagger>('/v1/trusted-flaggers', input);
// The server takes an optional reason in the body of the DELETE; the shared client sends none.
export const revokeTrustedFlagger = (reporterId: string) =>
  http.delete<TrustedFlagger>(`/v1/trusted-flaggers/${encodeURIComponent(reporterId)}`);
