import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type NewPolicyDraft, type PolicyTarget, policiesApi } from './policies.api';

const keys = {
  all: ['screening', 'policies'] as const,
  version: (version: number) => ['screening', 'policies', 'version', version] as const,
  disagreements: (version: number) => ['screening', 'policies', 'disagreements', version] as const,
};

export function usePolicies() {
  return useQuery({ queryKey: keys.all, queryFn: policiesApi.list });
}

export function usePolicy(version: number | undefined) {
  return useQuery({
    queryKey: keys.version(version ?? 0),
    queryFn: () => policiesApi.get(version ?? 0),
    enabled: version !== undefined,
  });
}

export function useDisagreements(version: number | undefined, limit: number, before: string | undefined) {
  return useQuery({
    queryKey: [...keys.disagreements(version ?? 0), limit, before],
    queryFn: () => policiesApi.disagreements(version ?? 0, limit, before),
    enabled: version !== undefined,
  });
}

function useInvalidatePolicies() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: keys.all });
  };
}

export function useCreatePolicyDraft() {
  const invalidate = useInvalidatePolicies();
  return useMutation({ mutationFn: (draft: NewPolicyDraft) => policiesApi.create(draft), onSuccess: invalidate });
}

export function useSetPolicyStatus() {
  const invalidate = useInvalidatePolicies();
  return useMutation({
    mutationFn: ({ version, status }: { version: number; status: PolicyTarget }) =>
      policiesApi.setStatus(version, status),
    // A promotion also moves the previous holder of that status, and a refused one means the list is stale.
    onSettled: invalidate,
  });
}
