import { ctgovStudySchema } from './ctgov-schema';
import { normalizeStudy, type NormalizeOptions } from './normalize-trial';
import { salvageParse } from './salvage-parse';
import { readResults, resultsModulesOf } from './results/read-results';
import type { Results } from './results/results-schema';
import { trialSchema, type RecordProblem, type Trial } from './trial-schema';

/**
 * A study turned into a Trial and its results (null when it has none), their invalid values left
 * out and listed in `trial.recordProblems`; or every problem that keeps it from being read at
 * all. Only the protocol can make a study unreadable: results are read apart (read-results.ts).
 */
export type TrialResult =
  { ok: true; trial: Trial; results: Results | null } | { ok: false; problems: RecordProblem[] };

/** Decoded CT.gov JSON value of one study -> checked, normalized Trial. Pure; the locator comes with the options. */
export function studyToTrial(value: unknown, options: NormalizeOptions): TrialResult {
  const parsed = salvageParse(ctgovStudySchema, value);
  if (!parsed.ok) return parsed;
  const { results, problems: resultsProblems } = readResults(value);
  let trial: Trial;
  try {
    trial = normalizeStudy(parsed.data, options, [...parsed.problems, ...resultsProblems], {
      resultsModules: resultsModulesOf(results),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: `could not normalize the record: ${reason}` }],
    };
  }
  // Guards the normalizer: what it produces must be a valid Trial.
  const checked = trialSchema.safeParse(trial);
  if (checked.success) return { ok: true, trial: checked.data, results };
  return {
    ok: false,
    problems: checked.error.issues.map((issue) => ({
      path: '',
      message: `the normalized trial is invalid at ${issue.path.join('.')}: ${issue.message}`,
    })),
  };
}
