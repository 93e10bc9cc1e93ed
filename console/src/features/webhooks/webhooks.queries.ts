import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DeliveryFilter, type EndpointChanges, webhooksApi } from './webhooks.api';

const keys = {
  types: ['webhooks', 'types'] as const,
  endpoints: ['webhooks', 'endpoints'] as const,
  deliveries: ['webhooks', 'deliveries'] as const,
  delivery: (id: string) => ['webhooks', 'delivery', id] as const,
};

export function useWebhookTypes() {
  return useQuery({ queryKey: keys.types, queryFn: webhooksApi.types, staleTime: 10 * 60_000 });
}

export function useEndpoints() {
  return useQuery({ queryKey: keys.endpoints, queryFn: webhooksApi.endpoints });
}

/** Deliveries change on their own as the worker retries, so the list follows them. */
export function useDeliveries(filter: DeliveryFilter) {
  return useQuery({
    queryKey: [...keys.deliveries, filter],
    queryFn: () => webhooksApi.deliveries(filter),
    refetchInterval: 5_000,
  });
}

export function useDelivery(id: string | null) {
  return useQuery({
    queryKey: keys.delivery(id ?? ''),
    queryFn: () => webhooksApi.delivery(id ?? ''),
    enabled: id !== null,
    refetchInterval: 5_000,
  });
}

// Not awaited: a row action may remove its own row on refetch (a redelivered delivery leaves the
// "failing" filter), and the caller's success message must not wait for, or die with, that row.
function useInvalidateWebhooks() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['webhooks'] });
  };
}

export function useCreateEndpoint() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: webhooksApi.createEndpoint, onSuccess: invalidate });
}

export function useUpdateEndpoint() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: EndpointChanges }) => webhooksApi.updateEndpoint(id, changes),
    onSuccess: invalidate,
  });
}

export function useDeleteEndpoint() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: webhooksApi.deleteEndpoint, onSuccess: invalidate });
}

export function useSendTest() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: webhooksApi.sendTest, onSuccess: invalidate });
}

export function useRedeliver() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: webhooksApi.redeliver, onSuccess: invalidate });
}
