import { z } from 'zod';

/**
 * Model parts shared by the results modules (what the page gets). Every number is its published
 * text ("12.3", "NA", "<0.001"); a value the record lacks is null; text has markdown escapes
 * removed. Group ids (FG000, BG000, ...) are those of the record, local to their module.
 */
export const resultGroupSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  description: z.string().nullable(),
});
export type ResultGroup = z.infer<typeof resultGroupSchema>;

/** Number analyzed in one kind of unit ("Participants", "Eyes"), per group, as published. */
export const denomSchema = z.object({
  units: z.string().nullable(),
  counts: z.array(z.object({ groupId: z.string(), value: z.string().nullable() })),
});
export type Denom = z.infer<typeof denomSchema>;

/** One cell of a measure's table: SD/SE in `spread`, intervals and ranges in the limits. */
export const measurementSchema = z.object({
  groupId: z.string(),
  value: z.string().nullable(),
  spread: z.string().nullable(),
  lowerLimit: z.string().nullable(),
  upperLimit: z.string().nullable(),
  /** Why a value is "NA" and the like: to be shown with it. */
  comment: z.string().nullable(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export const measureCategorySchema = z.object({
  title: z.string().nullable(),
  measurements: z.array(measurementSchema),
});
export type MeasureCategory = z.infer<typeof measureCategorySchema>;

/** A row group of a measure; its denoms, when it has any, override the measure's. */
export const measureClassSchema = z.object({
  title: z.string().nullable(),
  denoms: z.array(denomSchema),
  categories: z.array(measureCategorySchema),
});
export type MeasureClass = z.infer<typeof measureClassSchema>;
