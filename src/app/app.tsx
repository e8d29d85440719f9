import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingNote } from '@/components/loading-note';
import { useLocalTrial } from '@/lib/local-trials';
import { useUrlValue } from '@/lib/use-url-state';
import { AppBar } from './app-bar';
import { catalogQueryOptions, restartQuery } from './data-queries';
import { EmbedApp } from './embed-app';
import { OnDemand } from '@/components/on-demand';
import { TrialPage } from './trial-page';
import { TrialView } from './trial-view';
import { usePreloadFirstView } from './use-preload-first-view';

const loadTrialNotFound = () =>
  import('./missing-trial-pages').then((module) => module.TrialNotFound);
const loadLocalTrialGone = () =>
  import('./missing-trial-pages').then((module) => module.LocalTrialGone);

/**
 * Chooses the trial from ?trial= (default: the catalog's first) and shows it, or says why it cannot.
 * With &source=file the trial is one the reader opened from a file in this tab (kept in memory
 * only). With ?embed=1 and a known trial, the compact embed shell replaces the page (loading and
 * not-found states keep the page's wording).
 */
export function App() {
  // Only what chooses the page: a sort, filter or selection re-renders the parts that show it.
  const requested = useUrlValue((state) => state.trial);
  const fromFile = useUrlValue((state) => state.source) === 'file';
  const embed = useUrlValue((state) => state.embed);
  const view = useUrlValue((state) => state.view);
  const client = useQueryClient();
  const catalogOptions = catalogQueryOptions();
  const catalog = useQuery(catalogOptions);
  const local = useLocalTrial(fromFile && requested !== null ? requested.toUpperCase() : null);
  const trials = catalog.data?.trials ?? [];
  const chosen = fromFile
    ? undefined
    : requested === null
      ? trials[0]
      : trials.find((t) => t.nctId === requested.toUpperCase());
  usePreloadFirstView(chosen);
  if (embed && chosen) return <EmbedApp nctId={chosen.nctId} view={view} />;
  const current = local
    ? { nctId: local.trial.nctId, source: 'file' as const }
    : chosen
      ? { nctId: chosen.nctId, source: null }
      : null;
  return (
    <>
      {!embed && <AppBar trials={trials} current={current} />}
      {fromFile ? (
        local ? (
          <TrialPage key={`file-${local.trial.nctId}`} trial={local.trial} fromFile={local} />
        ) : (
          <OnDemand what="This page" load={loadLocalTrialGone} props={{ requested }} />
        )
      ) : catalog.isPending ? (
        <LoadingNote
          what="the list of trials"
          onRetry={() => void restartQuery(client, catalogOptions.queryKey)}
        />
      ) : catalog.isError ? (
        <main id="main" className="page-message">
          <ErrorPanel
            title="The list of trials could not be loaded"
            error={catalog.error}
            onRetry={() => void catalog.refetch()}
          />
        </main>
      ) : chosen ? (
        <TrialView nctId={chosen.nctId} />
      ) : requested !== null ? (
        <OnDemand what="This page" load={loadTrialNotFound} props={{ requested, trials }} />
      ) : (
        <main id="main" className="page-message">
          <h1>No trials yet</h1>
          <p>
            Save a ClinicalTrials.gov record into data/studies/ and run npm run data, or open a
            record of your own with “Open a record”.
          </p>
        </main>
      )}
    </>
  );
}
