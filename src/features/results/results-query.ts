import { queryOptions } from '@tanstack/react-query';
import { fetchTrialData } from '@/lib/parse-in-worker';

/** A bundled trial's results file (public/data/results/<nctId>.json), parsed in the data worker. */
export const resultsQueryOptions = (nctId: string) =>
  queryOptions({
    queryKey: ['results', nctId],
    queryFn: async ({ signal }) => {
      const file = await fetchTrialData(`data/results/${nctId}.json`, 'results', { signal });
      return file.results;
    },
  });
