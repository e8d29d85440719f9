import { z } from 'zod';

/**
 * ClinicalTrials.gov API v2 codes of a results measure (baseline measures; outcome measures
 * share MeasureParam). Source: https://clinicaltrials.gov/data-api/about-api/study-data-structure
 * (enums MeasureParam and MeasureDispersionType). Labels come later, with the page.
 */
export const MEASURE_PARAMS = [
  'GEOMETRIC_MEAN',
  'GEOMETRIC_LEAST_SQUARES_MEAN',
  'LEAST_SQUARES_MEAN',
  'LOG_MEAN',
  'MEAN',
  'MEDIAN',
  'NUMBER',
  'COUNT_OF_PARTICIPANTS',
  'COUNT_OF_UNITS',
] as const;
export const measureParamSchema = z.enum(MEASURE_PARAMS);
export type MeasureParam = z.infer<typeof measureParamSchema>;

/** An enum in baseline measures (outcome measures give display text instead). */
export const MEASURE_DISPERSION_TYPES = [
  'NA',
  'STANDARD_DEVIATION',
  'STANDARD_ERROR',
  'INTER_QUARTILE_RANGE',
  'FULL_RANGE',
  'CONFIDENCE_80',
  'CONFIDENCE_90',
  'CONFIDENCE_95',
  'CONFIDENCE_975',
  'CONFIDENCE_99',
  'CONFIDENCE_OTHER',
  'GEOMETRIC_COEFFICIENT',
] as const;
export const measureDispersionTypeSchema = z.enum(MEASURE_DISPERSION_TYPES);
export type MeasureDispersionType = z.infer<typeof measureDispersionTypeSchema>;
