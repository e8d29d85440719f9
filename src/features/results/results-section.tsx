import { useRef } from 'react';
import { ExternalLink } from '@/components/external-link';
import { InvalidValue } from '@/components/invalid-value';
import { useProblemsAt } from '@/components/record-facts';
import { Section } from '@/components/section';
import { studyLink } from '@/lib/safe-links';
import { useNearViewport } from '@/lib/use-near-viewport';
import { resultsStatus, resultsStatusText } from '@/trial/results/results-status';
import type { Results } from '@/trial/results/results-schema';
import type { Trial } from '@/trial/trial-schema';
import { ResultsLoader } from './results-loader';
import { ResultsOutline } from './results-outline';
import { useResultsLink } from './use-results-link';

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
  const linkedTo = useResultsLink() !== null;
  const wanted = useNearViewport(place, eager || linkedTo || openedResults !== undefined);
  const { kind } = resultsStatus(trial);
  const sectionProblems = useProblemsAt('resultsSection');
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
      {kind === 'invalid' && (
        <p>
          <InvalidValue problems={sectionProblems} />
        </p>
      )}
      <div ref={place}>
        {kind === 'shown' &&
          (wanted ? (
            <ResultsLoader trial={trial} openedResults={openedResults} />
          ) : (
            <ResultsOutline modules={trial.resultsModules} />
          ))}
      </div>
    </Section>
  );
}
