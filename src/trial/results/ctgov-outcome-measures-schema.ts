import { z } from 'zod';
import { longText, recordList, shortText } from '../ctgov-fields';
import { partialDateSchema } from '../trial-schema';
import { ctgovResultFieldSchemas } from './ctgov-results-fields';
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
/** Groups "OG000" (only meaningful inside their own outcome measure), their denoms and classes. */
const fields = ctgovResultFieldSchemas('OG');

const analysisSchema = z.object({
  groupIds: recordList(fields.groupId).optional(),
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
  groups: recordList(fields.group).optional(),
  denoms: recordList(fields.denom).optional(),
  classes: recordList(fields.measureClass).optional(),
  analyses: recordList(analysisSchema).optional(),
});

export const ctgovOutcomeMeasuresModuleSchema = z.object({
  outcomeMeasures: recordList(ctgovOutcomeMeasureSchema).optional(),
});

export type CtgovOutcomeMeasuresModule = z.infer<typeof ctgovOutcomeMeasuresModuleSchema>;
export type CtgovOutcomeMeasure = z.infer<typeof ctgovOutcomeMeasureSchema>;
export type CtgovOutcomeAnalysis = z.infer<typeof analysisSchema>;
