import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type EventFilter, fetchEvents } from './events.api';

export function useEvents(filter: EventFilter) {
  return useQuery({
    queryKey: ['events', filter],
    queryFn: () => fetchEvents(filter),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });
}
