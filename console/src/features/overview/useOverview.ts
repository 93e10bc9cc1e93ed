import { useQuery } from '@tanstack/react-query';
import { fetchOverview } from './overview.api';

export const overviewRefreshMs = 5_000;

/** Live figures: refetched every 5 s while the page is open, the last good answer kept on a failure. */
export function useOverview() {
  return useQuery({
    queryKey: ['overview'],
    queryFn: fetchOverview,
    refetchInterval: overviewRefreshMs,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
}
