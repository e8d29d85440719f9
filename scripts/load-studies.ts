import type { SiteLocator } from '../src/trial/site-locator';
import { studyTextToTrial } from '../src/trial/study-to-trial';
import type { Trial } from '../src/trial/trial-schema';
import { readStudyFile } from './read-study-files';

/** What became of one study file: its Trial, or every problem found in it. */
export type StudyOutcome =
  { file: string; ok: true; trial: Trial } | { file: string; ok: false; problems: string[] };

/**
 * Reads, parses, normalizes and checks every file, in order; collects every problem
 * of every bad file. A second file with an NCT id already seen is bad.
 */
export async function loadStudies(
  files: readonly string[],
  locate: SiteLocator,
): Promise<StudyOutcome[]> {
  const outcomes: StudyOutcome[] = [];
  const fileByNctId = new Map<string, string>();
  for (const file of files) {
    const read = await readStudyFile(file);
    if (!read.ok) {
      outcomes.push({ file, ok: false, problems: [read.problem] });
      continue;
    }
    const result = studyTextToTrial(read.text, file, { locate });
    if (!result.ok) {
      outcomes.push({ file, ok: false, problems: result.problems });
      continue;
    }
    const { nctId } = result.trial;
    const first = fileByNctId.get(nctId);
    if (first !== undefined) {
      outcomes.push({
        file,
        ok: false,
        problems: [`${file}: ${nctId} is already defined by ${first}`],
      });
      continue;
    }
    fileByNctId.set(nctId, file);
    outcomes.push({ file, ok: true, trial: result.trial });
  }
  return outcomes;
}

/** The trials of the good files, in file order. */
export function goodTrials(outcomes: readonly StudyOutcome[]): Trial[] {
  return outcomes.flatMap((outcome) => (outcome.ok ? [outcome.trial] : []));
}
