import { useRef } from 'react';
import { RecordFactsProvider } from '@/components/record-facts';
import { StudyContactsProvider } from '@/components/study-contacts';
import { EMBED_VIEW_NAMES, type EmbedView as View } from '@/lib/embed-views';
import { trialPath } from '@/lib/trial-href';
import { fullPageSearch } from '@/lib/url-state';
import { useSearch } from '@/lib/use-url-state';
import { trialTitle } from '@/trial/trial-title';
import type { Trial } from '@/trial/trial-schema';
import { EmbedView } from './embed-view';
import { useEmbedMessaging } from './use-embed-messaging';
import '@/components/visually-hidden.css';
import './embed-shell.css';

/** Views whose own header carries the trial's h1; the others get a visually hidden one. */
const HAS_HEADER: readonly View[] = ['overview', 'all'];

/**
 * The compact shell for ?embed=1: no app bar or section nav, the chosen view only, and a
 * small link to the same view as a full page. view=map fills the frame's height; the other
 * views are as tall as their content, which is reported to the host for auto-sizing.
 */
export function EmbedShell({ trial, view }: { trial: Trial; view: View }) {
  const contentRef = useRef<HTMLDivElement>(null);
  useEmbedMessaging(trial, contentRef);
  return (
    <div
      ref={contentRef}
      className={`embed-shell embed-shell--${view === 'map' ? 'fill' : 'flow'}`}
    >
      <main id="main" className="embed-shell__main">
        {!HAS_HEADER.includes(view) && (
          <h1 className="visually-hidden">
            {trialTitle(trial)} ({trial.nctId}): {EMBED_VIEW_NAMES[view]}
          </h1>
        )}
        <RecordFactsProvider trial={trial}>
          <StudyContactsProvider contacts={trial.centralContacts}>
            <EmbedView trial={trial} view={view} />
          </StudyContactsProvider>
        </RecordFactsProvider>
      </main>
      <footer className="embed-shell__footer">
        <FullViewLink view={view} nctId={trial.nctId} />
      </footer>
    </div>
  );
}

/**
 * Follows the URL state, so the full page opens on the same sorts, filter and site; from the
 * results view, at the results (the page's last section).
 */
function FullViewLink({ view, nctId }: { view: View; nctId: string }) {
  const search = useSearch();
  const at = view === 'results' ? '#results' : '';
  const href = `${trialPath(nctId)}${fullPageSearch(search)}${at}`;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="embed-shell__full-view">
      Open full view
    </a>
  );
}
