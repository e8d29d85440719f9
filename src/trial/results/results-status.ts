import { formatDated, formatPartialDate } from '../dates';
import type { Trial } from '../trial-schema';

/**
 * Where a trial's results stand, as its record says: what the page's header and Results section
 * tell the reader. Only dates the record gives are named; nothing is guessed.
 */
export type ResultsStatus =
  /** The record carries results: the Results section shows them. */
  | { kind: 'shown' }
  /** The record has a results section, but nothing in it could be read (see its problems). */
  | { kind: 'invalid' }
  /** ClinicalTrials.gov has results, but this copy of the record does not carry them. */
  | { kind: 'elsewhere' }
  /** Submitted, not yet posted (ClinicalTrials.gov reviews results before posting them). */
  | { kind: 'submitted'; submitted: string }
  /** The sponsor asked to delay posting results (a certification or an extension request). */
  | { kind: 'delayed'; requested: string }
  | { kind: 'none' };

type StatusFacts = Pick<Trial, 'hasResults' | 'resultsModules' | 'status' | 'recordProblems'>;

/** A problem of the record's results section (at it or under it). */
export const isResultsProblem = ({ path }: { path: string }): boolean =>
  path === 'resultsSection' || path.startsWith('resultsSection.');

export function resultsStatus(trial: StatusFacts): ResultsStatus {
  const { resultsFirstSubmitted, resultsDelayRequested } = trial.status;
  if (trial.resultsModules.length > 0) return { kind: 'shown' };
  if (trial.recordProblems.some(isResultsProblem)) return { kind: 'invalid' };
  if (trial.hasResults) return { kind: 'elsewhere' };
  if (resultsFirstSubmitted !== null)
    return { kind: 'submitted', submitted: resultsFirstSubmitted };
  if (resultsDelayRequested !== null) return { kind: 'delayed', requested: resultsDelayRequested };
  return { kind: 'none' };
}

/** One plain sentence for the status (the header and the Results section say the same). */
export function resultsStatusText(trial: StatusFacts): string {
  const status = resultsStatus(trial);
  const posted = trial.status.resultsFirstPosted;
  switch (status.kind) {
    case 'shown':
      return posted === null
        ? 'Results posted (the record gives no posting date).'
        : `Results first posted ${formatDated(posted)}.`;
    case 'invalid':
      return 'The record has results, but they are invalid and could not be shown.';
    case 'elsewhere':
      return 'ClinicalTrials.gov has results for this study, but this copy of the record does not include them.';
    case 'submitted':
      return `Results were submitted ${formatPartialDate(status.submitted)} and are not posted yet (ClinicalTrials.gov reviews results before posting them).`;
    case 'delayed':
      return `No results posted: the sponsor asked to delay posting them (certification or extension request submitted ${formatPartialDate(status.requested)}).`;
    case 'none':
      return 'No results posted.';
  }
}
