import type { AnalysisDispersionType, CiNumSides, NonInferiorityType } from './outcome-vocabulary';

/**
 * Readable labels for the codes of a statistical analysis (outcome-vocabulary.ts), in
 * ClinicalTrials.gov's wording. Records over the enums: a code added there without a label here
 * fails to compile.
 */

/** Lower case: said inside a phrase ("95% CI 1.2 to 3.4, two-sided"). */
export const CI_NUM_SIDES_LABELS: Record<CiNumSides, string> = {
  ONE_SIDED: 'one-sided',
  TWO_SIDED: 'two-sided',
};

/** ClinicalTrials.gov's "Type of Statistical Test". */
export const NON_INFERIORITY_TYPE_LABELS: Record<NonInferiorityType, string> = {
  SUPERIORITY: 'Superiority',
  NON_INFERIORITY: 'Non-inferiority',
  EQUIVALENCE: 'Equivalence',
  OTHER: 'Other',
  NON_INFERIORITY_OR_EQUIVALENCE: 'Non-inferiority or equivalence',
  SUPERIORITY_OR_OTHER: 'Superiority or other',
  NON_INFERIORITY_OR_EQUIVALENCE_LEGACY: 'Non-inferiority or equivalence (legacy)',
  SUPERIORITY_OR_OTHER_LEGACY: 'Superiority or other (legacy)',
};

export const ANALYSIS_DISPERSION_LABELS: Record<AnalysisDispersionType, string> = {
  STANDARD_DEVIATION: 'Standard deviation',
  STANDARD_ERROR_OF_MEAN: 'Standard error of the mean',
};
