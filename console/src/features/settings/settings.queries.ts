import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiKeysApi } from './api-keys.api';
import { usersApi } from './users.api';

const keys = {
  users: ['settings', 'users'] as const,
  apiKeys: ['settings', 'api-keys'] as const,
};

export function useUsers() {
  return useQuery({ queryKey: keys.users, queryFn: usersApi.list });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: usersApi.create,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.users }),
  });
}

export function useApiKeys() {
  return useQuery({ queryKey: keys.apiKeys, queryFn: apiKeysApi.list });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: apiKeysApi.create,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: apiKeysApi.revoke,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.apiKeys }),
  });
}
