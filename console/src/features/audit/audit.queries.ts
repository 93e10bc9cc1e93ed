import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { auditApi } from './audit.api';

export function useAuditEntries(limit: number) {
  return useQuery({
    queryKey: ['audit', limit],
    queryFn: () => auditApi.recent(limit),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: auditApi.verify });
}
