import { z } from 'zod';
import { measureDispersionTypeSchema, measureParamSchema } from './measure-vocabulary';
import { denomSchema, measureClassSchema, resultGroupSchema } from './results-fields-schema';

/**
 * Our model of a record's baseline characteristics: one table, groups as columns (BG000..,
 * the record's ids, local to this module), measures as row blocks in record order. Numbers are
 * their published text; missing is null; codes stay codes.
 */

export const baselineGroupSchema = resultGroupSchema.extend({
  /** The column of all groups together (see isTotalGroup in normalize-baseline.ts). */
  isTotal: z.boolean(),
});
export type BaselineGroup = z.infer<typeof baselineGroupSchema>;

export const baselineMeasureSchema = z.object({
  /** "measure-3" is the record's measures[2], also when an invalid measure before it was left out. */
  id: z.string(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  populationDescription: z.string().nullable(),
  paramType: measureParamSchema.nullable(),
  dispersionType: measureDispersionTypeSchema.nullable(),
  unitOfMeasure: z.string().nullable(),
  calculatePct: z.boolean().nullable(),
  /** Which of the denoms' units the measure is analyzed in ("Eyes"); null: not said. */
  denomUnitsSelected: z.string().nullable(),
  /** The measure's own numbers analyzed, overriding the module's; empty when it has none. */
  denoms: z.array(denomSchema),
  classes: z.array(measureClassSchema),
});
export type BaselineMeasure = z.infer<typeof baselineMeasureSchema>;

export const baselineSchema = z.object({
  populationDescription: z.string().nullable(),
  typeUnitsAnalyzed: z.string().nullable(),
  groups: z.array(baselineGroupSchema),
  /** The overall numbers analyzed, per units. */
  denoms: z.array(denomSchema),
  measures: z.array(baselineMeasureSchema),
});
export type Baseline = z.infer<typeof baselineSchema>;
