import { z } from 'zod';
import { OUTCOME_MEASURE_TYPES } from './outcome-measure-types';

/**
 * ClinicalTrials.gov API v2 codes of the outcome measures module (raw schema and model share them;
 * labels come later). Source: https://clinicaltrials.gov/data-api/about-api/study-data-structure
 * (enums OutcomeMeasureType, ReportingStatus, MeasureParam, AnalysisDispersionType,
 * ConfidenceIntervalNumSides, NonInferiorityType).
 */
export const outcomeMeasureTypeSchema = z.enum(OUTCOME_MEASURE_TYPES);

export const reportingStatusSchema = z.enum(['POSTED', 'NOT_POSTED']);
export type ReportingStatus = z.infer<typeof reportingStatusSchema>;

/** What a measure's values are: the same codes as the baseline measures' paramType. */
export { measureParamSchema, type MeasureParam } from './measure-vocabulary';

/** The dispersion of an analysis estimate (a code here, unlike an outcome's own dispersionType). */
export const analysisDispersionTypeSchema = z.enum([
  'STANDARD_DEVIATION',
  'STANDARD_ERROR_OF_MEAN',
]);
export type AnalysisDispersionType = z.infer<typeof analysisDispersionTypeSchema>;

export const ciNumSidesSchema = z.enum(['ONE_SIDED', 'TWO_SIDED']);
export type CiNumSides = z.infer<typeof ciNumSidesSchema>;

export const nonInferiorityTypeSchema = z.enum([
  'SUPERIORITY',
  'NON_INFERIORITY',
  'EQUIVALENCE',
  'OTHER',
  'NON_INFERIORITY_OR_EQUIVALENCE',
  'SUPERIORITY_OR_OTHER',
  'NON_INFERIORITY_OR_EQUIVALENCE_LEGACY',
  'SUPERIORITY_OR_OTHER_LEGACY',
]);
export type NonInferiorityType = z.infer<typeof nonInferiorityTypeSchema>;
