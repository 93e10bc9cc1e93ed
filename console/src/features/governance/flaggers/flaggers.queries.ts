import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchTrustedFlaggers, grantTrustedFlagger, revokeTrustedFlagger } from './flaggers.api';

const flaggersKey = ['governance', 'trusted-flaggers'] as const;

export function useTrustedFlaggers(activeOnly: boolean) {
  return useQuery({ queryKey: [...flaggersKey, activeOnly], queryFn: () => fetchTrustedFlaggers(activeOnly) });
}

export function useFlaggerActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: flaggersKey });
  return {
    grant: useMutation({ mutationFn: grantTrustedFlagger, onSuccess: refresh }),
    revoke: useMutation({ mutationFn: revokeTrustedFlagger, onSuccess: refresh }),
  };
}
