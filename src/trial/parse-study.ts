import { ctgovStudySchema, type CtgovStudy } from './ctgov-schema';
import { formatIssues } from './parse-problems';

/** A raw record checked against the CT.gov schema: the study, or every problem found. */
export type StudyParseResult = { ok: true; study: CtgovStudy } | { ok: false; problems: string[] };

/** Checks an already-decoded JSON value; `source` (a file name) prefixes every problem. */
export function parseStudy(value: unknown, source: string): StudyParseResult {
  const result = ctgovStudySchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, study: result.data };
  return { ok: false, problems: formatIssues(result.error.issues, source) };
}

/** Decodes and checks the text of a study file (build script and browser file picker). */
export function parseStudyText(text: string, source: string): StudyParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${source}: not valid JSON: ${reason}`] };
  }
  return parseStudy(value, source);
}
