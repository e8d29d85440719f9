import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingNote } from '@/components/loading-note';
import type { EmbedView } from '@/lib/embed-views';
import { restartQuery, trialQueryOptions } from './data-queries';
import { EmbedShell } from './embed-shell';

/** The embed's data states: loading and errors said briefly, no app chrome. */
export function EmbedApp({ nctId, view }: { nctId: string; view: EmbedView }) {
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
  return <EmbedShell trial={trial.data} view={view} />;
}
