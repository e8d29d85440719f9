import { z } from 'zod';
import { partialDateSchema } from '../trial-schema';
import { denomSchema } from './measurement-denoms';
import {
  analysisDispersionTypeSchema,
  ciNumSidesSchema,
  measureParamSchema,
  nonInferiorityTypeSchema,
  outcomeMeasureTypeSchema,
  reportingStatusSchema,
} from './outcome-vocabulary';

/**
 * Our model of a record's outcome measures and their statistical analyses, as the page gets it.
 * Every number keeps its published text ("12.3", "NA", "<0.001", "=0.247"); a missing value is
 * null, never invented; codes stay codes; text has its markdown escapes removed. Group ids
 * ("OG000") are local to their outcome measure.
 */

const text = z.string().nullable();

export const outcomeGroupSchema = z.object({
  id: z.string(),
  title: text,
  description: text,
});
export type OutcomeGroup = z.infer<typeof outcomeGroupSchema>;

export const outcomeMeasurementSchema = z.object({
  groupId: z.string(),
  value: text,
  /** SD or SE, when the dispersion is one. */
  spread: text,
  /** Interval and range limits (CI, IQR, full range). */
  lowerLimit: text,
  upperLimit: text,
  /** Why a value is "NA" (shown with it). */
  comment: text,
});
export type OutcomeMeasurement = z.infer<typeof outcomeMeasurementSchema>;

export const outcomeCategorySchema = z.object({
  title: text,
  measurements: z.array(outcomeMeasurementSchema),
});
export type OutcomeCategory = z.infer<typeof outcomeCategorySchema>;

export const outcomeClassSchema = z.object({
  title: text,
  /** Override the measure's denoms for this class (see cellDenoms). */
  denoms: z.array(denomSchema),
  categories: z.array(outcomeCategorySchema),
});
export type OutcomeClass = z.infer<typeof outcomeClassSchema>;

export const outcomeAnalysisSchema = z.object({
  /** "outcome-1-analysis-1": the record's first analysis of its first outcome measure. */
  id: z.string(),
  groupIds: z.array(z.string()),
  groupDescription: text,
  testedNonInferiority: z.boolean().nullable(),
  nonInferiorityType: nonInferiorityTypeSchema.nullable(),
  nonInferiorityComment: text,
  /** Exactly as published: "<0.001", "=0.247". */
  pValue: text,
  pValueComment: text,
  statisticalMethod: text,
  statisticalComment: text,
  /** Free text: "Odds Ratio (OR)", "Difference" (see isRatioParam). */
  paramType: text,
  paramValue: text,
  dispersionType: analysisDispersionTypeSchema.nullable(),
  dispersionValue: text,
  ciPctValue: text,
  ciNumSides: ciNumSidesSchema.nullable(),
  ciLowerLimit: text,
  ciUpperLimit: text,
  ciLowerLimitComment: text,
  ciUpperLimitComment: text,
  estimateComment: text,
  otherAnalysisDescription: text,
});
export type OutcomeAnalysis = z.infer<typeof outcomeAnalysisSchema>;

export const outcomeMeasureSchema = z.object({
  /** "outcome-3": the record's third outcome measure (also when one before it was left out). */
  id: z.string(),
  type: outcomeMeasureTypeSchema.nullable(),
  title: text,
  description: text,
  populationDescription: text,
  reportingStatus: reportingStatusSchema.nullable(),
  /** When a NOT_POSTED outcome is expected: "2026-06", partial as published. */
  anticipatedPostingDate: partialDateSchema.nullable(),
  /** May be null on a POSTED outcome. */
  paramType: measureParamSchema.nullable(),
  /** Display text ("Standard Deviation", "95% Confidence Interval"). */
  dispersionType: text,
  unitOfMeasure: text,
  calculatePct: z.boolean().nullable(),
  timeFrame: text,
  typeUnitsAnalyzed: text,
  denomUnitsSelected: text,
  groups: z.array(outcomeGroupSchema),
  denoms: z.array(denomSchema),
  classes: z.array(outcomeClassSchema),
  analyses: z.array(outcomeAnalysisSchema),
});
export type OutcomeMeasure = z.infer<typeof outcomeMeasureSchema>;

export const outcomeMeasuresSchema = z.object({ outcomeMeasures: z.array(outcomeMeasureSchema) });
export type OutcomeMeasures = z.infer<typeof outcomeMeasuresSchema>;
