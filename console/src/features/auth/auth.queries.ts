import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { currentUserKey } from '../../api/query-client';
import { fetchCurrentUser, login, logout } from './auth.api';

export function useCurrentUser() {
  return useQuery({ queryKey: currentUserKey, queryFn: fetchCurrentUser, staleTime: Number.POSITIVE_INFINITY });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => client.setQueryData(currentUserKey, user),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      // Whatever the server said, nothing cached under the old session may leak into the next one.
      client.clear();
      client.setQueryData(currentUserKey, null);
    },
  });
}
