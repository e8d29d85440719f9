import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingNote } from '@/components/loading-note';
import { trialQueryOptions } from './data-queries';
import { TrialPage } from './trial-page';

export function TrialView({ nctId }: { nctId: string }) {
  const trial = useQuery(trialQueryOptions(nctId));
  if (trial.isPending) return <LoadingNote>{`Loading ${nctId}…`}</LoadingNote>;
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
