import { queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { fetchTrialData } from '@/lib/parse-in-worker';

/** The catalog and each trial: fetched and parsed by their schemas in the data worker. */
export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) => fetchTrialData('data/catalog.json', 'catalog', { signal }),
  });

export const trialQueryOptions = (nctId: string) =>
  queryOptions({
    queryKey: ['trial', nctId],
    queryFn: ({ signal }) => fetchTrialData(`data/trials/${nctId}.json`, 'trial', { signal }),
  });

/**
 * A slow load's "Try again": cancels the query's request in flight (its fetch is aborted) and
 * starts it again from scratch. A plain refetch would only wait for the same request.
 */
export const restartQuery = (client: QueryClient, queryKey: QueryKey): Promise<void> =>
  client.resetQueries({ queryKey, exact: true });
