import { http } from '../../api/http-client';

export const apiKeyScopes = ['events:write', 'screen', 'webhooks:write', 'admin', 'read'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface NewApiKey {
  name: string;
  scopes: ApiKeyScope[];
}

export const apiKeysApi = {
  list: () => http.get<{ items: ApiKey[] }>('/v1/api-keys').then((body) => body.items),
  create: (input: NewApiKey) => http.post<{ apiKey: ApiKey; key: string }>('/v1/api-keys', input),
  revoke: (id: string) =>
    http.post<{ apiKey: ApiKey }>(`/v1/api-keys/${encodeURIComponent(id)}/revoke`).then((body) => body.apiKey),
};
