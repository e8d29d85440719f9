import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingNote } from '@/components/loading-note';
import type { Trial } from '@/trial/trial-schema';
import { restartQuery, trialQueryOptions } from './data-queries';

/**
 * Loads one prebuilt trial and says its states, for the page and the embed alike: a loading note
 * (slow loads offer Try again, which restarts the request), an error with a retry, else `children`
 * with the parsed trial.
 */
export function TrialLoader({
  nctId,
  children,
}: {
  nctId: string;
  children: (trial: Trial) => ReactNode;
}) {
  const client = useQueryClient();
  const options = trialQueryOptions(nctId);
  const trial = useQuery(options);
  if (trial.isPending) {
    return <LoadingNote what={nctId} onRetry={() => void restartQuery(client, options.queryKey)} />;
  }
  if (trial.isError) {
    return (
      <main id="main" className="page-message">
        <ErrorPanel
          title={`Trial ${nctId} could not be shown`}
          error={trial.error}
          onRetry={() => void trial.refetch()}
        />
      </main>
    );
  }
  return children(trial.data);
}
