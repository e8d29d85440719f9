import { z } from 'zod';
import { longText, recordList, shortText } from '../ctgov-fields';
import { partialDateSchema } from '../trial-schema';
import {
  analysisDispersionTypeSchema,
  ciNumSidesSchema,
  measureParamSchema,
  nonInferiorityTypeSchema,
  outcomeMeasureTypeSchema,
  reportingStatusSchema,
} from './outcome-vocabulary';

/**
 * ClinicalTrials.gov API v2 resultsSection.outcomeMeasuresModule, for the salvaging parse:
 * everything optional as in real records, numbers as the published strings ("12.3", "NA",
 * "<0.001"), codes strict. Group ids are local to one outcome measure.
 */

const text = shortText;
/** "OG000": an outcome group id (only meaningful inside its own outcome measure). */
const outcomeGroupId = z.string().regex(/^OG\d{3}$/, 'expected an outcome group id like OG000');

const denomSchema = z.object({
  units: text.optional(),
  counts: recordList(z.object({ groupId: outcomeGroupId, value: text })).optional(),
});

const measurementSchema = z.object({
  groupId: outcomeGroupId,
  value: text.optional(),
  spread: text.optional(),
  lowerLimit: text.optional(),
  upperLimit: text.optional(),
  comment: longText.optional(),
});

const classSchema = z.object({
  title: text.optional(),
  denoms: recordList(denomSchema).optional(),
  categories: recordList(
    z.object({ title: text.optional(), measurements: recordList(measurementSchema).optional() }),
  ).optional(),
});

const analysisSchema = z.object({
  groupIds: recordList(outcomeGroupId).optional(),
  groupDescription: longText.optional(),
  testedNonInferiority: z.boolean().optional(),
  nonInferiorityType: nonInferiorityTypeSchema.optional(),
  nonInferiorityComment: longText.optional(),
  pValue: text.optional(),
  pValueComment: longText.optional(),
  statisticalMethod: text.optional(),
  statisticalComment: longText.optional(),
  paramType: text.optional(),
  paramValue: text.optional(),
  dispersionType: analysisDispersionTypeSchema.optional(),
  dispersionValue: text.optional(),
  ciPctValue: text.optional(),
  ciNumSides: ciNumSidesSchema.optional(),
  ciLowerLimit: text.optional(),
  ciUpperLimit: text.optional(),
  ciLowerLimitComment: longText.optional(),
  ciUpperLimitComment: longText.optional(),
  estimateComment: longText.optional(),
  otherAnalysisDescription: longText.optional(),
});

export const ctgovOutcomeMeasureSchema = z.object({
  type: outcomeMeasureTypeSchema.optional(),
  title: text.optional(),
  description: longText.optional(),
  populationDescription: longText.optional(),
  reportingStatus: reportingStatusSchema.optional(),
  anticipatedPostingDate: partialDateSchema.optional(),
  paramType: measureParamSchema.optional(),
  /** Display text in outcomes ("Standard Deviation", "95% Confidence Interval"), not a code. */
  dispersionType: text.optional(),
  unitOfMeasure: text.optional(),
  calculatePct: z.boolean().optional(),
  timeFrame: text.optional(),
  typeUnitsAnalyzed: text.optional(),
  denomUnitsSelected: text.optional(),
  groups: recordList(
    z.object({ id: outcomeGroupId, title: text.optional(), description: longText.optional() }),
  ).optional(),
  denoms: recordList(denomSchema).optional(),
  classes: recordList(classSchema).optional(),
  analyses: recordList(analysisSchema).optional(),
});

export const ctgovOutcomeMeasuresModuleSchema = z.object({
  outcomeMeasures: recordList(ctgovOutcomeMeasureSchema).optional(),
});

export type CtgovOutcomeMeasuresModule = z.infer<typeof ctgovOutcomeMeasuresModuleSchema>;
export type CtgovOutcomeMeasure = z.infer<typeof ctgovOutcomeMeasureSchema>;
export type CtgovOutcomeDenom = z.infer<typeof denomSchema>;
export type CtgovOutcomeClass = z.infer<typeof classSchema>;
export type CtgovOutcomeAnalysis = z.infer<typeof analysisSchema>;
