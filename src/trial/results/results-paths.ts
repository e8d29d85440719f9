/**
 * Where each results module sits in a ClinicalTrials.gov API v2 record: how the page finds the
 * problems (invalid values left out) of what it shows, e.g.
 * `useProblemsAt(outcomeMeasurePath(2))` for the record's third outcome measure ("outcome-3").
 */
export const RESULTS_MODULE_PATHS = {
  participantFlow: 'resultsSection.participantFlowModule',
  baseline: 'resultsSection.baselineCharacteristicsModule',
  outcomeMeasures: 'resultsSection.outcomeMeasuresModule',
  adverseEvents: 'resultsSection.adverseEventsModule',
  moreInfo: 'resultsSection.moreInfoModule',
  documents: 'documentSection.largeDocumentModule',
} as const;
export const RESULTS_MODULE_NAMES = [
  'participantFlow',
  'baseline',
  'outcomeMeasures',
  'adverseEvents',
  'moreInfo',
  'documents',
] as const satisfies readonly (keyof typeof RESULTS_MODULE_PATHS)[];
export type ResultsModuleName = (typeof RESULTS_MODULE_NAMES)[number];

/** The record position (0-based) behind a model id such as "outcome-3" or "period-2"; null if none. */
export function recordIndexOf(modelId: string): number | null {
  const match = /-(\d+)$/.exec(modelId);
  return match ? Number(match[1]) - 1 : null;
}

/** outcomeMeasures[index] of the record. */
export function outcomeMeasurePath(index: number): string {
  return `${RESULTS_MODULE_PATHS.outcomeMeasures}.outcomeMeasures[${index}]`;
}

/** participantFlowModule.periods[index] of the record. */
export function flowPeriodPath(index: number): string {
  return `${RESULTS_MODULE_PATHS.participantFlow}.periods[${index}]`;
}
