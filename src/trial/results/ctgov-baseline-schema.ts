import { z } from 'zod';
import { longText, recordList, shortText } from '../ctgov-fields';
import { ctgovResultFieldSchemas } from './ctgov-results-fields';
import { measureDispersionTypeSchema, measureParamSchema } from './measure-vocabulary';

/** ClinicalTrials.gov API v2 resultsSection.baselineCharacteristicsModule. */

const fields = ctgovResultFieldSchemas('BG');

export const ctgovBaselineMeasureSchema = z.object({
  title: shortText.optional(),
  description: longText.optional(),
  populationDescription: longText.optional(),
  paramType: measureParamSchema.optional(),
  dispersionType: measureDispersionTypeSchema.optional(),
  unitOfMeasure: shortText.optional(),
  calculatePct: z.boolean().optional(),
  denomUnitsSelected: shortText.optional(),
  denoms: recordList(fields.denom).optional(),
  classes: recordList(fields.measureClass).optional(),
});

export const ctgovBaselineSchema = z.object({
  populationDescription: longText.optional(),
  typeUnitsAnalyzed: shortText.optional(),
  groups: recordList(fields.group).optional(),
  denoms: recordList(fields.denom).optional(),
  measures: recordList(ctgovBaselineMeasureSchema).optional(),
});

export type CtgovBaseline = z.infer<typeof ctgovBaselineSchema>;
export type CtgovBaselineMeasure = z.infer<typeof ctgovBaselineMeasureSchema>;
