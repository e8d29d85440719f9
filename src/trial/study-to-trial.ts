import { normalizeStudy, type NormalizeOptions } from './normalize-trial';
import { formatIssues } from './parse-problems';
import { parseStudy, parseStudyText, type StudyParseResult } from './parse-study';
import { trialSchema, type Trial } from './trial-schema';

/** A study file turned into a Trial, or every problem found on the way (each prefixed with `source`). */
export type TrialResult = { ok: true; trial: Trial } | { ok: false; problems: string[] };

function fromParsed(
  parsed: StudyParseResult,
  source: string,
  options: NormalizeOptions,
): TrialResult {
  if (!parsed.ok) return parsed;
  let trial: Trial;
  try {
    trial = normalizeStudy(parsed.study, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${source}: could not normalize the record: ${reason}`] };
  }
  // Guards the normalizer: what it produces must be a valid Trial.
  const checked = trialSchema.safeParse(trial, { reportInput: true });
  if (checked.success) return { ok: true, trial: checked.data };
  return {
    ok: false,
    problems: formatIssues(checked.error.issues, `${source} (normalized trial)`),
  };
}

/** Raw CT.gov JSON value -> checked, normalized Trial. Pure; the locator comes with the options. */
export function studyToTrial(
  value: unknown,
  source: string,
  options: NormalizeOptions,
): TrialResult {
  return fromParsed(parseStudy(value, source), source, options);
}

/** The text of a CT.gov study file -> checked, normalized Trial (the build script and the browser's file picker). */
export function studyTextToTrial(
  text: string,
  source: string,
  options: NormalizeOptions,
): TrialResult {
  return fromParsed(parseStudyText(text, source), source, options);
}
