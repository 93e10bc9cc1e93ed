import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type EventFilter, fetchEvents, fetchEventTypes } from './events.api';

export function useEvents(filter: EventFilter) {
  return useQuery({
    queryKey: ['events', filter],
    queryFn: () => fetchEvents(filter),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });
}

/** The event types the server accepts; they never change while it runs. */
export function useEventTypes() {
  return useQuery({ queryKey: ['event-types'], queryFn: fetchEventTypes, staleTime: Number.POSITIVE_INFINITY });
}
