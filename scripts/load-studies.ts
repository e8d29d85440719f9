import type { SiteLocator } from '../src/trial/site-locator';
import { studyTextToTrial, studyToTrial, type TrialResult } from '../src/trial/study-to-trial';
import type { Trial } from '../src/trial/trial-schema';
import { readStudyFile } from './read-study-files';

/** What became of one study file: its Trial, or every problem found in it. */
export type StudyOutcome =
  { file: string; ok: true; trial: Trial } | { file: string; ok: false; problems: string[] };

/** A record already in memory (a generated synthetic trial), named like a file in messages. */
export interface InMemoryStudy {
  /** "synthetic:large" */
  source: string;
  /** The decoded record, parsed by the CT.gov schema like a file's JSON. */
  value: unknown;
}

/**
 * Reads, parses, normalizes and checks every file, in order, then every in-memory record
 * (same parse -> normalize -> locate path); collects every problem of every bad one.
 * A second file or record with an NCT id already seen is bad.
 */
export async function loadStudies(
  files: readonly string[],
  locate: SiteLocator,
  inMemory: readonly InMemoryStudy[] = [],
): Promise<StudyOutcome[]> {
  const outcomes: StudyOutcome[] = [];
  const fileByNctId = new Map<string, string>();
  const sources: { file: string; load: () => Promise<TrialResult> }[] = [
    ...files.map((file) => ({
      file,
      load: async (): Promise<TrialResult> => {
        const read = await readStudyFile(file);
        if (!read.ok) return { ok: false, problems: [read.problem] };
        return studyTextToTrial(read.text, file, { locate });
      },
    })),
    ...inMemory.map((study) => ({
      file: study.source,
      load: () => Promise.resolve(studyToTrial(study.value, study.source, { locate })),
    })),
  ];
  for (const { file, load } of sources) {
    const result = await load();
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
