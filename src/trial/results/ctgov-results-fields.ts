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

/**
 * Each results module names its groups with its own letter: FG000 (participant flow), BG000
 * (baseline), OG000 (each outcome measure), EG000 (adverse events). Local to their module (or
 * outcome); never joined across. An id of another module's kind is invalid there.
 */
export type GroupIdPrefix = 'FG' | 'BG' | 'OG' | 'EG';

export function groupIdSchema(prefix: GroupIdPrefix) {
  return z
    .string()
    .regex(new RegExp(`^${prefix}\\d{3,}$`), `expected a group id like ${prefix}000`);
}

/**
 * The raw parts every results measure is made of, for one module's kind of group id: its groups
 * (a group without an id could not be referenced, so it is left out), numbers analyzed (`units`,
 * "Participants" or "Eyes", with a count per group as published), measurements and classes.
 */
export function ctgovResultFieldSchemas(prefix: GroupIdPrefix) {
  const groupId = groupIdSchema(prefix);
  const group = z.object({
    id: groupId,
    title: shortText.optional(),
    description: longText.optional(),
  });
  const denom = z.object({
    units: shortText.optional(),
    counts: recordList(z.object({ groupId, value: numberText.optional() })).optional(),
  });
  const measurement = z.object({
    groupId,
    value: numberText.optional(),
    spread: numberText.optional(),
    lowerLimit: numberText.optional(),
    upperLimit: numberText.optional(),
    comment: longText.optional(),
  });
  /** A measure's classes (rows with their own numbers analyzed) and categories (sub-rows). */
  const measureClass = z.object({
    title: shortText.optional(),
    denoms: recordList(denom).optional(),
    categories: recordList(
      z.object({ title: shortText.optional(), measurements: recordList(measurement).optional() }),
    ).optional(),
  });
  return { groupId, group, denom, measureClass };
}

type ResultFieldSchemas = ReturnType<typeof ctgovResultFieldSchemas>;
export type CtgovResultGroup = z.infer<ResultFieldSchemas['group']>;
export type CtgovDenom = z.infer<ResultFieldSchemas['denom']>;
export type CtgovMeasureClass = z.infer<ResultFieldSchemas['measureClass']>;
