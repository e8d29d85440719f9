import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingNote } from '@/components/loading-note';
import { restartQuery, trialQueryOptions } from './data-queries';
import { TrialPage } from './trial-page';

export function TrialView({ nctId }: { nctId: string }) {
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
  return <TrialPage trial={trial.data} />;
}
