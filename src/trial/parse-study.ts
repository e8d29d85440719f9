import { ctgovStudySchema, type CtgovStudy } from './ctgov-schema';
import { salvageParse, type SalvageResult } from './salvage-parse';

/**
 * A decoded study record checked against the CT.gov schema, keeping what is valid: the study
 * with every invalid value left out and reported, or (when even the NCT id is missing or
 * invalid) every problem that makes it unreadable.
 */
export function parseStudy(value: unknown): SalvageResult<CtgovStudy> {
  return salvageParse(ctgovStudySchema, value);
}
