import { QueryClient } from '@tanstack/react-query';

/** Prebuilt trial JSON is static for the life of a page: fetch once, retry once, never refetch behind the user's back. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: 1,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
