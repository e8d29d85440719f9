import { z } from 'zod';
import {
  allocationSchema,
  armGroupTypeSchema,
  dateTypeSchema,
  interventionModelSchema,
  interventionTypeSchema,
  maskingSchema,
  observationalModelSchema,
  phaseSchema,
  primaryPurposeSchema,
  sexSchema,
  standardAgeSchema,
  studyTypeSchema,
  timePerspectiveSchema,
  whoMaskedSchema,
} from './vocabulary';

/** ClinicalTrials.gov API v2 design, arms/interventions and eligibility modules (subset). */

const text = z.string();
const strings = z.array(z.string()).optional();

export const ctgovDesignModuleSchema = z.object({
  studyType: studyTypeSchema.optional(),
  phases: z.array(phaseSchema).optional(),
  designInfo: z
    .object({
      allocation: allocationSchema.optional(),
      interventionModel: interventionModelSchema.optional(),
      interventionModelDescription: text.optional(),
      primaryPurpose: primaryPurposeSchema.optional(),
      observationalModel: observationalModelSchema.optional(),
      timePerspective: timePerspectiveSchema.optional(),
      maskingInfo: z
        .object({
          masking: maskingSchema.optional(),
          whoMasked: z.array(whoMaskedSchema).optional(),
        })
        .optional(),
    })
    .optional(),
  enrollmentInfo: z
    .object({
      count: z
        .number()
        .int({ error: 'expected a whole number' })
        .min(0, { error: 'expected a count of 0 or more' })
        .optional(),
      type: dateTypeSchema.optional(),
    })
    .optional(),
});

export const ctgovArmsInterventionsModuleSchema = z.object({
  armGroups: z
    .array(
      z.object({
        label: text,
        type: armGroupTypeSchema.optional(),
        description: text.optional(),
        interventionNames: strings,
      }),
    )
    .optional(),
  interventions: z
    .array(
      z.object({
        type: interventionTypeSchema.optional(),
        name: text,
        description: text.optional(),
        armGroupLabels: strings,
        otherNames: strings,
      }),
    )
    .optional(),
});

export const ctgovEligibilityModuleSchema = z.object({
  eligibilityCriteria: text.optional(),
  healthyVolunteers: z.boolean().optional(),
  sex: sexSchema.optional(),
  genderBased: z.boolean().optional(),
  minimumAge: text.optional(),
  maximumAge: text.optional(),
  stdAges: z.array(standardAgeSchema).optional(),
  studyPopulation: text.optional(),
});
