import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchVerdicts, type VerdictFilter } from './verdicts.api';

export function useVerdicts(filter: VerdictFilter) {
  return useQuery({
    queryKey: ['screening', 'verdicts', filter],
    queryFn: () => fetchVerdicts(filter),
    placeholderData: keepPreviousData,
  });
}
