import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchPortalAppeals,
  fetchPortalDecision,
  fetchPortalDecisions,
  fetchPortalEvents,
  fetchPortalPoints,
  fetchPortalSanctions,
  fileAppeal,
  type PortalEventFilter,
} from './portal.api';
import type { AppealInput } from './portal.types';

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

// Governance records change when a reviewer acts, which the party cannot foresee: poll gently.
const governancePoll = 15_000;

export function usePortalDecisions() {
  return useQuery({
    queryKey: ['portal', 'decisions'],
    queryFn: fetchPortalDecisions,
    refetchInterval: governancePoll,
  });
}

export function usePortalDecision(id: string) {
  return useQuery({
    queryKey: ['portal', 'decision', id],
    queryFn: () => fetchPortalDecision(id),
    // Another party's decision is a 404 now and later: asking again only delays the answer.
    retry: false,
  });
}

export function usePortalSanctions() {
  return useQuery({
    queryKey: ['portal', 'sanctions'],
    queryFn: fetchPortalSanctions,
    refetchInterval: governancePoll,
  });
}

/** The points ledger of the user's own subject; disabled for a rights holder, who has none. */
export function usePortalPoints(kind: 'merchant' | 'host' | null, id: string | null) {
  return useQuery({
    queryKey: ['portal', 'points', kind, id],
    queryFn: () => fetchPortalPoints(kind ?? 'merchant', id ?? ''),
    enabled: kind !== null && id !== null,
    refetchInterval: governancePoll,
  });
}

export function usePortalAppeals() {
  return useQuery({ queryKey: ['portal', 'appeals'], queryFn: fetchPortalAppeals, refetchInterval: governancePoll });
}

export function useFileAppeal(decisionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AppealInput) => fileAppeal(decisionId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['portal'] }),
  });
}
