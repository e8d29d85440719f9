import type { ResultsModuleName } from '@/trial/results/results-paths';

/**
 * Each results part's heading and in-page id: the parts themselves (results-body.tsx, a chunk of
 * its own) and the section's outline of them before they load (results-outline.tsx) use them alike.
 */
export const RESULTS_PART_HEADINGS: Record<ResultsModuleName, { id: string; title: string }> = {
  participantFlow: { id: 'results-participant-flow', title: 'Participant flow' },
  baseline: { id: 'results-baseline', title: 'Baseline characteristics' },
  outcomeMeasures: { id: 'results-outcome-measures', title: 'Outcome measures' },
  adverseEvents: { id: 'results-adverse-events', title: 'Adverse events' },
  moreInfo: { id: 'results-more-info', title: 'More information' },
  documents: { id: 'results-documents', title: 'Documents' },
};
