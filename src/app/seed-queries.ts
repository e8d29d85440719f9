import type { QueryClient } from '@tanstack/react-query';
import type { Catalog, Trial } from '@/trial/trial-schema';
import { catalogQueryOptions, trialQueryOptions } from './data-queries';

/**
 * Puts data already at hand into the query cache, so the first render finds it there and does not
 * fetch: in the prerender, and in the browser the data a prerendered page carries.
 */
export function seedQueries(
  client: QueryClient,
  data: { catalog: Catalog; trial: Trial | null },
): void {
  client.setQueryData(catalogQueryOptions().queryKey, data.catalog);
  if (data.trial) client.setQueryData(trialQueryOptions(data.trial.nctId).queryKey, data.trial);
}
