/**
 * The kinds of outcome measure (ClinicalTrials.gov enum OutcomeMeasureType), in the record's order
 * of importance. A plain list: the results page groups outcomes by it without loading zod
 * (outcome-vocabulary.ts makes the schema of it).
 */
export const OUTCOME_MEASURE_TYPES = [
  'PRIMARY',
  'SECONDARY',
  'OTHER_PRE_SPECIFIED',
  'POST_HOC',
] as const;
export type OutcomeMeasureType = (typeof OUTCOME_MEASURE_TYPES)[number];
