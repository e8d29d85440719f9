import { z } from 'zod';
import { longText, recordList, shortText } from '../ctgov-fields';

/**
 * Field types shared by the API v2 schemas of the results modules. Numbers come as text
 * ("12.3", "NA", "<0.001") and stay text: bounded, never parsed here.
 */
export const NUMBER_TEXT_MAX = 100;
export const numberText = z.string().max(NUMBER_TEXT_MAX, {
  error: `expected at most ${NUMBER_TEXT_MAX} characters`,
});

/** "FG000", "BG002": local to one module (or one outcome); never joined across. */
export const GROUP_ID_PATTERN = /^[A-Z]G\d{3,}$/;
export const resultGroupIdSchema = z
  .string()
  .regex(GROUP_ID_PATTERN, 'expected a group id like FG000 or BG001');

/** A group of a results module; a group without an id could not be referenced, so it is left out. */
export const ctgovResultGroupSchema = z.object({
  id: resultGroupIdSchema,
  title: shortText.optional(),
  description: longText.optional(),
});

/** Number analyzed: `units` ("Participants", "Eyes") and a count per group, as published. */
export const ctgovDenomSchema = z.object({
  units: shortText.optional(),
  counts: recordList(
    z.object({ groupId: resultGroupIdSchema, value: numberText.optional() }),
  ).optional(),
});

export const ctgovMeasurementSchema = z.object({
  groupId: resultGroupIdSchema,
  value: numberText.optional(),
  spread: numberText.optional(),
  lowerLimit: numberText.optional(),
  upperLimit: numberText.optional(),
  comment: longText.optional(),
});

/** A measure's classes (rows with their own numbers analyzed) and categories (sub-rows). */
export const ctgovMeasureClassSchema = z.object({
  title: shortText.optional(),
  denoms: recordList(ctgovDenomSchema).optional(),
  categories: recordList(
    z.object({
      title: shortText.optional(),
      measurements: recordList(ctgovMeasurementSchema).optional(),
    }),
  ).optional(),
});

export type CtgovResultGroup = z.infer<typeof ctgovResultGroupSchema>;
export type CtgovDenom = z.infer<typeof ctgovDenomSchema>;
export type CtgovMeasureClass = z.infer<typeof ctgovMeasureClassSchema>;
