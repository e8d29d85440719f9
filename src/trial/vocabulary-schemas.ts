import { z } from 'zod';
import {
  AGENCY_CLASSES,
  ALLOCATIONS,
  ARM_GROUP_TYPES,
  CONTACT_ROLES,
  DATE_TYPES,
  INTERVENTION_MODELS,
  INTERVENTION_TYPES,
  MASKINGS,
  OBSERVATIONAL_MODELS,
  OFFICIAL_ROLES,
  OVERALL_STATUSES,
  PHASES,
  PRIMARY_PURPOSES,
  REFERENCE_TYPES,
  RESPONSIBLE_PARTY_TYPES,
  SECONDARY_ID_TYPES,
  SEXES,
  STANDARD_AGES,
  STUDY_TYPES,
  TIME_PERSPECTIVES,
  WHO_MASKED,
} from './vocabulary';

/**
 * The vocabularies of vocabulary.ts as zod enums: what the CT.gov and Trial schemas check codes with.
 */
export const overallStatusSchema = z.enum(OVERALL_STATUSES);
export const phaseSchema = z.enum(PHASES);
export const studyTypeSchema = z.enum(STUDY_TYPES);
export const allocationSchema = z.enum(ALLOCATIONS);
export const interventionModelSchema = z.enum(INTERVENTION_MODELS);
export const primaryPurposeSchema = z.enum(PRIMARY_PURPOSES);
export const maskingSchema = z.enum(MASKINGS);
export const whoMaskedSchema = z.enum(WHO_MASKED);
export const observationalModelSchema = z.enum(OBSERVATIONAL_MODELS);
export const timePerspectiveSchema = z.enum(TIME_PERSPECTIVES);
export const armGroupTypeSchema = z.enum(ARM_GROUP_TYPES);
export const interventionTypeSchema = z.enum(INTERVENTION_TYPES);
export const sexSchema = z.enum(SEXES);
export const standardAgeSchema = z.enum(STANDARD_AGES);
export const agencyClassSchema = z.enum(AGENCY_CLASSES);
export const responsiblePartyTypeSchema = z.enum(RESPONSIBLE_PARTY_TYPES);
export const officialRoleSchema = z.enum(OFFICIAL_ROLES);
export const contactRoleSchema = z.enum(CONTACT_ROLES);
export const dateTypeSchema = z.enum(DATE_TYPES);
export const secondaryIdTypeSchema = z.enum(SECONDARY_ID_TYPES);
export const referenceTypeSchema = z.enum(REFERENCE_TYPES);
