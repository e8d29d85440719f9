import { z } from 'zod';
import { longText, recordList, shortText, shortTexts } from './ctgov-fields';
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
} from './vocabulary-schemas';

/** ClinicalTrials.gov API v2 design, arms/interventions and eligibility modules (subset). */

const text = shortText;
const strings = shortTexts;

export const ctgovDesignModuleSchema = z.object({
  studyType: studyTypeSchema.optional(),
  phases: recordList(phaseSchema).optional(),
  designInfo: z
    .object({
      allocation: allocationSchema.optional(),
      interventionModel: interventionModelSchema.optional(),
      interventionModelDescription: longText.optional(),
      primaryPurpose: primaryPurposeSchema.optional(),
      observationalModel: observationalModelSchema.optional(),
      timePerspective: timePerspectiveSchema.optional(),
      maskingInfo: z
        .object({
          masking: maskingSchema.optional(),
          whoMasked: recordList(whoMaskedSchema).optional(),
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
  armGroups: recordList(
    z.object({
      label: text,
      type: armGroupTypeSchema.optional(),
      description: longText.optional(),
      interventionNames: strings,
    }),
  ).optional(),
  interventions: recordList(
    z.object({
      type: interventionTypeSchema.optional(),
      name: text,
      description: longText.optional(),
      armGroupLabels: strings,
      otherNames: strings,
    }),
  ).optional(),
});

export const ctgovEligibilityModuleSchema = z.object({
  eligibilityCriteria: longText.optional(),
  healthyVolunteers: z.boolean().optional(),
  sex: sexSchema.optional(),
  genderBased: z.boolean().optional(),
  minimumAge: text.optional(),
  maximumAge: text.optional(),
  stdAges: recordList(standardAgeSchema).optional(),
  studyPopulation: longText.optional(),
});
