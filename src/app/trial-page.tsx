import { RecordFactsProvider } from '@/components/record-facts';
import { StudyContactsProvider } from '@/components/study-contacts';
import { EmbedDialog } from '@/features/embed/embed-dialog';
import { TrialHeader } from '@/features/overview/trial-header';
import { PrintButton } from '@/features/print/print-button';
import { PrintedOn } from '@/features/print/printed-on';
import type { LocalTrial } from '@/lib/local-trials';
import type { Trial } from '@/trial/trial-schema';
import { trialPageTitle } from '@/trial/trial-title';
import { hasCompleteListsPage } from '@/trial/complete-lists';
import { completeListsPath } from '@/lib/trial-href';
import { useEffect } from 'react';
import { LocalSourceNote } from './local-source-note';
import { Panel } from './panel';
import { SectionNav } from './section-nav';
import { TrialSections } from './trial-sections';

/**
 * One trial as a full page: header, the Print and embed buttons, in-page links, then every section; each
 * part behind its own error boundary.
 * A trial opened from the reader's file (`fromFile`) says so, and has no embed button: no other
 * page could show what lives in this tab's memory only.
 */
export function TrialPage({ trial, fromFile }: { trial: Trial; fromFile?: LocalTrial }) {
  // The prerendered page has it already; a trial reached in the page (the switcher, a file) sets it.
  const title = trialPageTitle(trial);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main id="main" className="trial-page">
      <RecordFactsProvider trial={trial}>
        <StudyContactsProvider contacts={trial.centralContacts}>
          {fromFile && <LocalSourceNote entry={fromFile} />}
          <PrintedOn />
          <Panel name="header" trialId={trial.nctId}>
            <TrialHeader trial={trial} />
          </Panel>
          <div className="page-actions">
            <PrintButton />
            {!fromFile && (
              <Panel name="embedDialog" trialId={trial.nctId}>
                <EmbedDialog trialId={trial.nctId} />
              </Panel>
            )}
          </div>
          <SectionNav hasProblems={trial.recordProblems.length > 0} />
          <TrialSections
            trial={trial}
            openedResults={fromFile?.results}
            completeLists={
              !fromFile && hasCompleteListsPage(trial) ? completeListsPath(trial.nctId) : undefined
            }
          />
        </StudyContactsProvider>
      </RecordFactsProvider>
    </main>
  );
}
