import { salvageParse } from '../salvage-parse';
import type { RecordProblem } from '../trial-schema';
import { ctgovStudyResultsSchema } from './ctgov-results-schema';
import { hasAnyResults, normalizeResults } from './normalize-results';
import { RESULTS_MODULE_NAMES, type ResultsModuleName } from './results-paths';
import { resultsSchema, type Results } from './results-schema';

/**
 * The results half of a decoded study (`resultsSection` and `documentSection`), read on its own,
 * after the protocol: its invalid values are left out and reported with their paths in the record
 * (`resultsSection.outcomeMeasuresModule.outcomeMeasures[3].title`), exactly like the protocol's,
 * and nothing in it can keep the protocol from being shown. `results` is null when the record has
 * no results module (or none that could be read).
 */
export interface ResultsReading {
  results: Results | null;
  problems: RecordProblem[];
}

function studyPart(value: unknown, key: 'resultsSection' | 'documentSection'): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

export function readResults(study: unknown): ResultsReading {
  const parsed = salvageParse(ctgovStudyResultsSchema, {
    resultsSection: studyPart(study, 'resultsSection'),
    documentSection: studyPart(study, 'documentSection'),
  });
  if (!parsed.ok) return { results: null, problems: parsed.problems };
  let results: Results;
  try {
    results = normalizeResults(parsed.data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      results: null,
      problems: [
        ...parsed.problems,
        { path: 'resultsSection', message: `could not normalize the results: ${reason}` },
      ],
    };
  }
  // Guards the normalizer: what it produces must be valid results.
  const checked = resultsSchema.safeParse(results);
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => ({
      path: 'resultsSection',
      message: `the normalized results are invalid at ${issue.path.join('.')}: ${issue.message}`,
    }));
    return { results: null, problems: [...parsed.problems, ...issues] };
  }
  return {
    results: hasAnyResults(checked.data) ? checked.data : null,
    problems: parsed.problems,
  };
}

/** The modules present in `results`, in the page's order. */
export function resultsModulesOf(results: Results | null): ResultsModuleName[] {
  return results === null ? [] : RESULTS_MODULE_NAMES.filter((name) => results[name] !== null);
}
