import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchPortalEvents, type PortalEventFilter } from './portal.api';

export function usePortalEvents(filter: PortalEventFilter) {
  return useQuery({
    queryKey: ['portal', 'events', filter],
    queryFn: () => fetchPortalEvents(filter),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });
}

// The list of event types is staff-only; a portal user filters by the types its own events have.
const typesWindow = 500;

/** The distinct types among the newest of the user's own events, sorted. */
export function usePortalEventTypes() {
  return useQuery({
    queryKey: ['portal', 'events', { limit: typesWindow }],
    queryFn: () => fetchPortalEvents({ limit: typesWindow }),
    select: (events) => [...new Set(events.map((event) => event.type))].sort(),
    staleTime: 30_000,
  });
}
