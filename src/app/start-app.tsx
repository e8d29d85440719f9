import type { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { ErrorBoundary } from '@/components/error-boundary';
import { locationState } from '@/lib/use-url-state';
import type { Catalog, Trial } from '@/trial/trial-schema';
import { App } from './app';
import { trialQueryOptions } from './data-queries';
import type { PageReads } from './page-reads';
import { addressFits, WAIT_CLASS, type PrerenderedPage } from './prerendered-page';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { seedQueries } from './seed-queries';
import { StartedMark } from './started-mark';
import { preloadFirstView } from './use-preload-first-view';

const options: RootOptions = {
  // React 19 reports every error that an error boundary caught with console.error, as if nothing
  // had handled it. Ours are handled: the panel says what failed, offers a retry, and the rest of
  // the page works (a console error would also fail the end-to-end suite, which treats any console
  // error as a fault). So a caught error is a warning, with its message and component stack kept
  // for developers. Uncaught errors keep React's default (window.reportError: a page error), and so
  // does a hydration mismatch (a console error: the prerender and the first render must agree).
  onCaughtError(error, info) {
    const panel =
      info.errorBoundary instanceof ErrorBoundary ? info.errorBoundary.props.what : 'A panel';
    console.warn(`${panel} failed and shows the error in its place:`, error, info.componentStack);
  },
};

/**
 * The data the prerendered markup was drawn with, when the address asks for that page: its catalog
 * and trial, parsed by their schemas (the trial fetched when the page did not carry it). Null when
 * the page must be rendered afresh: another page asked for, or data that cannot be read (the fresh
 * render then loads the files itself and says what is wrong).
 */
async function hydrationData(
  page: PrerenderedPage,
  reads: PageReads,
  client: QueryClient,
): Promise<{ catalog: Catalog; trial: Trial } | { catalog: Catalog | null; trial: null }> {
  const catalog = await reads.catalog;
  const state = locationState(`${window.location.pathname}${window.location.search}`);
  if (!catalog || !addressFits(page, state, catalog.trials[0]?.nctId ?? null)) {
    return { catalog, trial: null };
  }
  // While the trial is read (in the data worker, or fetched when the page could not carry it).
  preloadFirstView(
    client,
    catalog.trials.find((entry) => entry.nctId === page.nctId),
  );
  const trial = await (reads.trial ??
    client.query(trialQueryOptions(page.nctId)).catch(() => null));
  return trial ? { catalog, trial } : { catalog, trial: null };
}

/**
 * Starts the app in `root`. A prerendered page whose address asks for it is hydrated: React takes
 * over the markup as it is (the first render reproduces it exactly), then applies the URL's view
 * state. Any other page is rendered afresh in place of the markup (which boot.js hid).
 */
export async function startApp(
  root: HTMLElement,
  prerendered: { page: PrerenderedPage; reads: PageReads } | null,
): Promise<void> {
  const client = createQueryClient();
  const data = prerendered
    ? await hydrationData(prerendered.page, prerendered.reads, client)
    : { catalog: null, trial: null };
  if (data.catalog) seedQueries(client, { catalog: data.catalog, trial: data.trial });
  const app = (
    <StrictMode>
      <Providers
        client={client}
        fromHtml={data.trial !== null}
        pageDay={prerendered?.page.day ?? null}
      >
        <App />
        <StartedMark how={data.trial ? 'hydrated' : 'rendered'} />
      </Providers>
    </StrictMode>
  );
  if (data.trial) {
    // In a transition, hydration is rendered in slices that yield to the browser (about every
    // 5 ms, between components); React's default hydration renders the whole page in one task.
    startTransition(() => {
      hydrateRoot(root, app, options);
    });
  } else {
    root.replaceChildren();
    createRoot(root, options).render(app);
  }
  document.documentElement.classList.remove(WAIT_CLASS);
}
