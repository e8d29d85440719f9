import { ExternalLink } from '@/components/external-link';
import { studyLink } from '@/lib/safe-links';
import { resultsStatus, resultsStatusText } from '@/trial/results/results-status';
import type { Trial } from '@/trial/trial-schema';

/** The header's "Results" fact: where the results stand, and where to read them. */
export function ResultsFact({ trial }: { trial: Trial }) {
  const { kind } = resultsStatus(trial);
  return (
    <>
      {resultsStatusText(trial)}
      {kind === 'shown' && (
        <>
          {' '}
          <a href="#results">Read the results</a>
        </>
      )}
      {kind === 'elsewhere' && (
        <>
          {' '}
          <ExternalLink link={studyLink(trial.nctId, 'results')}>
            see the results on ClinicalTrials.gov
          </ExternalLink>
        </>
      )}
    </>
  );
}
