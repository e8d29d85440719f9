import { problemLine } from '../src/trial/parse-problems';
import { joinPath } from '../src/trial/record-paths';
import { readRecordText, readRecordValue, type RecordReading } from '../src/trial/read-record';
import type { SiteLocator } from '../src/trial/site-locator';
import type { Results } from '../src/trial/results/results-schema';
import type { Trial } from '../src/trial/trial-schema';
import { readStudyFile } from './read-study-files';

/**
 * What became of one study: its Trial (with a line for each invalid value that was left out),
 * or every problem that kept it from being read. `problems` are report lines naming the file
 * and the JSON path.
 */
export type StudyOutcome =
  | { file: string; ok: true; trial: Trial; results: Results | null; problems: string[] }
  | { file: string; ok: false; problems: string[] };

/** A record already in memory (a generated synthetic trial), named like a file in messages. */
export interface InMemoryStudy {
  /** "synthetic:large" */
  source: string;
  /** The decoded record, read like a file's JSON. */
  value: unknown;
}

function outcomesOf(file: string, reading: RecordReading): StudyOutcome[] {
  if (!reading.ok) return [{ file, ok: false, problems: [problemLine(file, '', reading.message)] }];
  return reading.studies.map((study) => {
    if (!study.ok) {
      const problems = study.problems.map((problem) =>
        problemLine(file, joinPath(study.pathInFile, problem.path), problem.message),
      );
      return { file, ok: false, problems };
    }
    const problems = study.trial.recordProblems.map((problem) =>
      problemLine(
        file,
        joinPath(study.pathInFile, problem.path),
        `invalid, left out: ${problem.message}`,
      ),
    );
    return { file, ok: true, trial: study.trial, results: study.results, problems };
  });
}

/**
 * Reads, parses, normalizes and checks every file, in order, then every in-memory record
 * (the same path as the browser's file picker: src/trial/read-record.ts); collects every
 * problem of every study. A second study with an NCT id already seen is bad.
 */
export async function loadStudies(
  files: readonly string[],
  locate: SiteLocator,
  inMemory: readonly InMemoryStudy[] = [],
): Promise<StudyOutcome[]> {
  const read: StudyOutcome[] = [];
  for (const file of files) {
    const text = await readStudyFile(file);
    if (!text.ok) read.push({ file, ok: false, problems: [text.problem] });
    else read.push(...outcomesOf(file, readRecordText(text.text, { locate })));
  }
  for (const study of inMemory)
    read.push(...outcomesOf(study.source, readRecordValue(study.value, { locate })));

  const fileByNctId = new Map<string, string>();
  return read.map((outcome): StudyOutcome => {
    if (!outcome.ok) return outcome;
    const { nctId } = outcome.trial;
    const first = fileByNctId.get(nctId);
    if (first !== undefined) {
      return {
        file: outcome.file,
        ok: false,
        problems: [`${outcome.file}: ${nctId} is already defined by ${first}`],
      };
    }
    fileByNctId.set(nctId, outcome.file);
    return outcome;
  });
}

/** The good studies, in file order (a trial with invalid values left out included). */
export function goodStudies(
  outcomes: readonly StudyOutcome[],
): { trial: Trial; results: Results | null }[] {
  return outcomes.flatMap((outcome) =>
    outcome.ok ? [{ trial: outcome.trial, results: outcome.results }] : [],
  );
}

/** Every report line of every study: problems of unreadable ones, invalid values of the others. */
export function problemLines(outcomes: readonly StudyOutcome[]): string[] {
  return outcomes.flatMap((outcome) => outcome.problems);
}
