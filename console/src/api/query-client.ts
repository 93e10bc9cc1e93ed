import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, isUnauthenticated } from './api-error';

export const currentUserKey = ['auth', 'me'] as const;

function isClientError(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500;
}

/**
 * One client for the app. A 401 on any call means the session ended (expired, or logged out in
 * another tab): forgetting the current user sends the router back to the login page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthenticated(error)) client.setQueryData(currentUserKey, null);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isUnauthenticated(error)) client.setQueryData(currentUserKey, null);
      },
    }),
    defaultOptions: {
      queries: {
        // A 4xx will answer the same way again; only transient failures are worth a retry.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 2_000,
      },
    },
  });
  return client;
}
