import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '@/app/app';
import { CompleteListsPage } from '@/app/complete-lists-page';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { seedQueries } from '@/app/seed-queries';
import { setPrerenderPath } from '@/lib/use-url-state';
import type { Catalog, Trial } from '@/trial/trial-schema';

/**
 * The app's server entry, the only way scripts reach React (the prerender, scripts/prerender/):
 * one trial's page rendered to HTML by the same components the browser runs, at `path`, with the
 * URL state's defaults (no search), on the build's day. The browser hydrates exactly this markup.
 */
export function renderTrialPage(input: {
  path: string;
  catalog: Catalog;
  trial: Trial;
  /** The day the page is built on (`data-prerendered-on`: the browser hydrates with the same). */
  day: Date;
}): string {
  setPrerenderPath(input.path);
  const client = createQueryClient();
  seedQueries(client, { catalog: input.catalog, trial: input.trial });
  return renderToString(
    <StrictMode>
      <Providers client={client} fromHtml pageDay={input.day}>
        <App />
      </Providers>
    </StrictMode>,
  );
}

/** A long trial's page of every site and investigator (no app, no script: plain HTML). */
export function renderCompleteListsPage(trial: Trial): string {
  return renderToString(
    <StrictMode>
      <CompleteListsPage trial={trial} />
    </StrictMode>,
  );
}
