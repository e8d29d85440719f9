import { queryOptions } from '@tanstack/react-query';
import { fetchParsed } from '@/lib/fetch-parsed';
import { TRIAL_SCHEMA_VERSION } from '@/trial/trial-schema';

/** A bundled trial's results file (public/data/results/<nctId>.json), parsed on arrival. */
export const resultsQueryOptions = (nctId: string) =>
  queryOptions({
    queryKey: ['results', nctId],
    queryFn: async ({ signal }) => {
      // The results model's schema comes with the results (its chunk), not with the page.
      const { resultsFileSchema } = await import('@/trial/results/results-file-schema');
      const file = await fetchParsed(`data/results/${nctId}.json`, resultsFileSchema, {
        signal,
        expectedVersion: TRIAL_SCHEMA_VERSION,
      });
      return file.results;
    },
  });
