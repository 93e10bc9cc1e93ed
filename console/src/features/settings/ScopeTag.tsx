import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ApiKeyScope, apiKeyScopes } from './api-keys.api';

// Scope names contain ':', which i18next reads as a namespace separator, so they map to plain keys.
const labelKeys = {
  'events:write': 'scopes.eventsWrite',
  screen: 'scopes.screen',
  'webhooks:write': 'scopes.webhooksWrite',
  admin: 'scopes.admin',
  read: 'scopes.read',
} as const satisfies Record<ApiKeyScope, string>;

function isKnownScope(scope: string): scope is ApiKeyScope {
  return (apiKeyScopes as readonly string[]).includes(scope);
}

export function useScopeLabel(): (scope: ApiKeyScope) => string {
  const { t } = useTranslation('settings');
  return (scope) => t(labelKeys[scope]);
}

/** The scope as the API spells it, with its meaning on hover. */
export function ScopeTag({ scope }: { scope: string }) {
  const label = useScopeLabel();
  const tag = <Tag>{scope}</Tag>;
  return isKnownScope(scope) ? <Tooltip title={label(scope)}>{tag}</Tooltip> : tag;
}
