import { useRef, useSyncExternalStore } from 'react';
import { ExternalLink } from '@/components/external-link';
import { Section } from '@/components/section';
import { studyLink } from '@/lib/safe-links';
import { useNearViewport } from '@/lib/use-near-viewport';
import { resultsStatus, resultsStatusText } from '@/trial/results/results-status';
import type { Results } from '@/trial/results/results-schema';
import type { Trial } from '@/trial/trial-schema';
import { ResultsLoader } from './results-loader';

export interface ResultsSectionProps {
  trial: Trial;
  /**
   * Results read with the trial (a record the reader opened from a file); left out for a bundled
   * trial, whose results file is fetched when the section comes near the viewport.
   */
  openedResults?: Results | null;
  /** Load the results at once (the embed's view=results, a link to #results). */
  eager?: boolean;
}

/**
 * The Results section: where the results stand (posted, submitted, delayed, none), then, when the
 * record carries them, every results module as published. The parts (and the charts) are a chunk
 * of their own, fetched with the results file once the reader nears the section.
 */
export function ResultsSection({ trial, openedResults, eager = false }: ResultsSectionProps) {
  const place = useRef<HTMLDivElement>(null);
  const linkedTo = useLinkedToResults();
  const wanted = useNearViewport(place, eager || linkedTo || openedResults !== undefined);
  const shown = resultsStatus(trial).kind === 'shown';
  return (
    <Section
      id="results"
      title="Results"
      blurb="What the study found, as posted on ClinicalTrials.gov: who took part, what was measured, and the harms."
    >
      <p>
        {resultsStatusText(trial)}
        {trial.hasResults && (
          <>
            {' '}
            <ExternalLink link={studyLink(trial.nctId, 'results')}>
              The results on ClinicalTrials.gov
            </ExternalLink>
          </>
        )}
      </p>
      <div ref={place}>
        {shown && wanted && <ResultsLoader trial={trial} openedResults={openedResults} />}
      </div>
    </Section>
  );
}

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/**
 * Whether the address points into the results ("#results", "#results-adverse-events"): opened
 * so, or a link followed. False while a prerendered page hydrates, then the real answer.
 */
function useLinkedToResults(): boolean {
  return useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash.startsWith('#results'),
    () => false,
  );
}
