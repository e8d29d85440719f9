import { outcomeMeasurePath, recordIndexOf } from './results-paths';

/**
 * Where a statistical analysis sits in the record, from the model ids ("outcome-3",
 * "outcome-3-analysis-2" -> "...outcomeMeasures[2].analyses[1]"), so the page can show an
 * invalid value where it belongs. Undefined when an id carries no record position.
 */
export function outcomeAnalysisPath(outcomeId: string, analysisId: string): string | undefined {
  const outcome = recordIndexOf(outcomeId);
  const analysis = recordIndexOf(analysisId);
  if (outcome === null || analysis === null) return undefined;
  return `${outcomeMeasurePath(outcome)}.analyses[${analysis}]`;
}
