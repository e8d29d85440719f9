import { z } from 'zod';
import { partialDateSchema } from '../trial-schema';
import {
  analysisDispersionTypeSchema,
  ciNumSidesSchema,
  measureParamSchema,
  nonInferiorityTypeSchema,
  outcomeMeasureTypeSchema,
  reportingStatusSchema,
} from './outcome-vocabulary';
import { denomSchema, measureClassSchema, resultGroupSchema } from './results-fields-schema';

/**
 * Our model of a record's outcome measures and their statistical analyses, as the page gets it.
 * Every number keeps its published text ("12.3", "NA", "<0.001", "=0.247"); a missing value is
 * null, never invented; codes stay codes; text has its markdown escapes removed. Group ids
 * ("OG000") are local to their outcome measure.
 */

const text = z.string().nullable();

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
  /** Local to this outcome measure ("OG000"). */
  groups: z.array(resultGroupSchema),
  denoms: z.array(denomSchema),
  /** A class's denoms override the measure's (see cellDenoms). */
  classes: z.array(measureClassSchema),
  analyses: z.array(outcomeAnalysisSchema),
});
export type OutcomeMeasure = z.infer<typeof outcomeMeasureSchema>;

export const outcomeMeasuresSchema = z.object({ outcomeMeasures: z.array(outcomeMeasureSchema) });
export type OutcomeMeasures = z.infer<typeof outcomeMeasuresSchema>;
