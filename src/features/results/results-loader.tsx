import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingNote } from '@/components/loading-note';
import type { Results } from '@/trial/results/results-schema';
import type { Trial } from '@/trial/trial-schema';
import { loadResultsBody } from './load-results-body';
import { resultsQueryOptions } from './results-query';

/** A fresh lazy body per attempt: React.lazy keeps a failed import for good. */
const lazyResultsBody = () =>
  lazy(() => loadResultsBody().then((module) => ({ default: module.ResultsBody })));

/**
 * The results of a trial that has them: those read with an opened file as they are, else the
 * bundled trial's results file, each state said (loading, with Try again when slow; a failure
 * with its reason and a retry), then the parts.
 */
export function ResultsLoader({
  trial,
  openedResults,
}: {
  trial: Trial;
  openedResults: Results | null | undefined;
}) {
  const client = useQueryClient();
  const options = resultsQueryOptions(trial.nctId);
  const fetched = useQuery({ ...options, enabled: openedResults === undefined });
  const [ResultsBody, setResultsBody] = useState(lazyResultsBody);
  const loading = (
    <LoadingNote
      what="the results"
      onRetry={() => void client.resetQueries({ queryKey: options.queryKey, exact: true })}
    />
  );
  if (openedResults === null) return null;
  if (openedResults === undefined && fetched.isError) {
    return (
      <ErrorPanel
        title="The results could not be shown"
        error={fetched.error}
        onRetry={() => void fetched.refetch()}
      />
    );
  }
  const results = openedResults ?? fetched.data;
  if (results === undefined) return loading;
  return (
    <ErrorBoundary
      what="The results"
      resetKey={trial.nctId}
      onRetry={() => setResultsBody(() => lazyResultsBody())}
    >
      <Suspense fallback={loading}>
        <ResultsBody results={results} nctId={trial.nctId} />
      </Suspense>
    </ErrorBoundary>
  );
}
