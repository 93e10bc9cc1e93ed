import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchCase } from '../governance.api';
import { claimNextAppeal, decideAppeal, fetchAppeal, fetchAppeals } from './appeals.api';
import type { AppealDecisionInput, AppealFilters } from './appeals.types';

// Under the governance key: an appeal's outcome also moves its case, its decision and the queues.
const appealKey = (id: string) => ['governance', 'appeal', id] as const;

export function useAppeals(filters: AppealFilters) {
  return useQuery({
    queryKey: ['governance', 'appeals', filters],
    queryFn: () => fetchAppeals(filters),
    refetchInterval: 15_000,
  });
}

export function useAppeal(id: string) {
  return useQuery({ queryKey: appealKey(id), queryFn: () => fetchAppeal(id) });
}

export function useClaimNextAppeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: claimNextAppeal,
    onSuccess: () => client.invalidateQueries({ queryKey: ['governance'] }),
  });
}

export function useDecideAppeal(appealId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AppealDecisionInput) => decideAppeal(appealId, input),
    onSuccess: (decided) => {
      client.setQueryData(appealKey(decided.appeal.id), decided.appeal);
      return client.invalidateQueries({ queryKey: ['governance'] });
    },
  });
}

/** The appealed case, once the appeal has named it; shares the case page's cache entry. */
export function useAppealCase(caseId: string | undefined) {
  return useQuery({
    queryKey: ['governance', 'case', caseId ?? ''],
    queryFn: () => fetchCase(caseId ?? ''),
    enabled: caseId !== undefined,
  });
}
