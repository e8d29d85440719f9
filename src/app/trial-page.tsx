import { RecordFactsProvider } from '@/components/record-facts';
import { EmbedDialog } from '@/features/embed/embed-dialog';
import { TrialHeader } from '@/features/overview/trial-header';
import type { Trial } from '@/trial/trial-schema';
import { SectionNav } from './section-nav';
import { TrialSections } from './trial-sections';

/** One trial as a full page: header, the embed button, in-page links, then every section. */
export function TrialPage({ trial }: { trial: Trial }) {
  return (
    <main id="main" className="trial-page">
      <RecordFactsProvider trial={trial}>
        <TrialHeader trial={trial} />
        <EmbedDialog trialId={trial.nctId} />
        <SectionNav />
        <TrialSections trial={trial} />
      </RecordFactsProvider>
    </main>
  );
}
