import { readRecordText, readRecordValue, type RecordReading } from '@/trial/read-record';
import type { SiteLocator } from '@/trial/site-locator';
import type { Trial } from '@/trial/trial-schema';

/** Every problem of a reading as lines (no lines = one clean study or more). */
export function readingProblems(reading: RecordReading): string[] {
  if (!reading.ok) return [reading.message];
  return reading.studies.flatMap((study) =>
    (study.ok ? study.trial.recordProblems : study.problems).map(
      (problem) => `${study.pathInFile}${problem.path}: ${problem.message}`,
    ),
  );
}

function onlyTrial(reading: RecordReading): Trial {
  const problems = readingProblems(reading);
  const study = reading.ok && reading.studies.length === 1 ? reading.studies[0] : undefined;
  if (problems.length > 0 || !study?.ok) {
    throw new Error(`expected one clean study:\n${problems.join('\n')}`);
  }
  return study.trial;
}

/** For tests: the one study of a record's text, which must read without a single problem. */
export function readOneTrial(text: string, locate: SiteLocator): Trial {
  return onlyTrial(readRecordText(text, { locate }));
}

/** For tests: the one study of a decoded record, which must read without a single problem. */
export function readOneTrialValue(value: unknown, locate: SiteLocator): Trial {
  return onlyTrial(readRecordValue(value, { locate }));
}
