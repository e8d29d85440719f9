import { queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { fetchParsed } from '@/lib/fetch-parsed';
import { catalogSchema, TRIAL_SCHEMA_VERSION, trialSchema } from '@/trial/trial-schema';

export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) =>
      fetchParsed('data/catalog.json', catalogSchema, {
        signal,
        expectedVersion: TRIAL_SCHEMA_VERSION,
      }),
  });

export const trialQueryOptions = (nctId: string) =>
  queryOptions({
    queryKey: ['trial', nctId],
    queryFn: ({ signal }) =>
      fetchParsed(`data/trials/${nctId}.json`, trialSchema, {
        signal,
        expectedVersion: TRIAL_SCHEMA_VERSION,
      }),
  });

/**
 * A slow load's "Try again": cancels the query's request in flight (its fetch is aborted) and
 * starts it again from scratch. A plain refetch would only wait for the same request.
 */
export const restartQuery = (client: QueryClient, queryKey: QueryKey): Promise<void> =>
  client.resetQueries({ queryKey, exact: true });
