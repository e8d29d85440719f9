import { z } from 'zod';
import { longText, recordList, shortText } from '../ctgov-fields';
import {
  ctgovDenomSchema,
  ctgovMeasureClassSchema,
  ctgovResultGroupSchema,
} from './ctgov-results-fields';
import { measureDispersionTypeSchema, measureParamSchema } from './measure-vocabulary';

/** ClinicalTrials.gov API v2 resultsSection.baselineCharacteristicsModule. */

export const ctgovBaselineMeasureSchema = z.object({
  title: shortText.optional(),
  description: longText.optional(),
  populationDescription: longText.optional(),
  paramType: measureParamSchema.optional(),
  dispersionType: measureDispersionTypeSchema.optional(),
  unitOfMeasure: shortText.optional(),
  calculatePct: z.boolean().optional(),
  denomUnitsSelected: shortText.optional(),
  denoms: recordList(ctgovDenomSchema).optional(),
  classes: recordList(ctgovMeasureClassSchema).optional(),
});

export const ctgovBaselineSchema = z.object({
  populationDescription: longText.optional(),
  typeUnitsAnalyzed: shortText.optional(),
  groups: recordList(ctgovResultGroupSchema).optional(),
  denoms: recordList(ctgovDenomSchema).optional(),
  measures: recordList(ctgovBaselineMeasureSchema).optional(),
});

export type CtgovBaseline = z.infer<typeof ctgovBaselineSchema>;
export type CtgovBaselineMeasure = z.infer<typeof ctgovBaselineMeasureSchema>;
