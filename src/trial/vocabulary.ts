import { z } from 'zod';

/**
 * ClinicalTrials.gov API v2 enum vocabularies (the subset the explorer reads).
 * One place for the codes: the CT.gov schema validates raw records with them,
 * the Trial schema validates prebuilt JSON with them, labels.ts names them.
 * Source: https://clinicaltrials.gov/data-api/about-api/study-data-structure
 */
export const OVERALL_STATUSES = [
  'RECRUITING',
  'NOT_YET_RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'COMPLETED',
  'WITHDRAWN',
  'UNKNOWN',
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
] as const;
export const overallStatusSchema = z.enum(OVERALL_STATUSES);
export type OverallStatus = z.infer<typeof overallStatusSchema>;

export const PHASES = ['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4'] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

export const studyTypeSchema = z.enum(['INTERVENTIONAL', 'OBSERVATIONAL', 'EXPANDED_ACCESS']);
export type StudyType = z.infer<typeof studyTypeSchema>;

export const allocationSchema = z.enum(['RANDOMIZED', 'NON_RANDOMIZED', 'NA']);
export const interventionModelSchema = z.enum([
  'SINGLE_GROUP',
  'PARALLEL',
  'CROSSOVER',
  'FACTORIAL',
  'SEQUENTIAL',
]);
export const primaryPurposeSchema = z.enum([
  'TREATMENT',
  'PREVENTION',
  'DIAGNOSTIC',
  'ECT',
  'SUPPORTIVE_CARE',
  'SCREENING',
  'HEALTH_SERVICES_RESEARCH',
  'BASIC_SCIENCE',
  'DEVICE_FEASIBILITY',
  'OTHER',
]);
export const maskingSchema = z.enum(['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE']);
export const whoMaskedSchema = z.enum([
  'PARTICIPANT',
  'CARE_PROVIDER',
  'INVESTIGATOR',
  'OUTCOMES_ASSESSOR',
]);
export const observationalModelSchema = z.enum([
  'COHORT',
  'CASE_CONTROL',
  'CASE_ONLY',
  'CASE_CROSSOVER',
  'ECOLOGIC_OR_COMMUNITY',
  'FAMILY_BASED',
  'DEFINED_POPULATION',
  'NATURAL_HISTORY',
  'OTHER',
]);
export const timePerspectiveSchema = z.enum([
  'RETROSPECTIVE',
  'PROSPECTIVE',
  'CROSS_SECTIONAL',
  'OTHER',
]);

export const ARM_GROUP_TYPES = [
  'EXPERIMENTAL',
  'ACTIVE_COMPARATOR',
  'PLACEBO_COMPARATOR',
  'SHAM_COMPARATOR',
  'NO_INTERVENTION',
  'OTHER',
] as const;
export const armGroupTypeSchema = z.enum(ARM_GROUP_TYPES);
export type ArmGroupType = z.infer<typeof armGroupTypeSchema>;

export const interventionTypeSchema = z.enum([
  'BEHAVIORAL',
  'BIOLOGICAL',
  'COMBINATION_PRODUCT',
  'DEVICE',
  'DIAGNOSTIC_TEST',
  'DIETARY_SUPPLEMENT',
  'DRUG',
  'GENETIC',
  'PROCEDURE',
  'RADIATION',
  'OTHER',
]);
export type InterventionType = z.infer<typeof interventionTypeSchema>;

export const sexSchema = z.enum(['ALL', 'FEMALE', 'MALE']);
export const standardAgeSchema = z.enum(['CHILD', 'ADULT', 'OLDER_ADULT']);

export const agencyClassSchema = z.enum([
  'NIH',
  'FED',
  'OTHER_GOV',
  'INDIV',
  'INDUSTRY',
  'NETWORK',
  'AMBIG',
  'OTHER',
  'UNKNOWN',
]);
export const responsiblePartyTypeSchema = z.enum([
  'SPONSOR',
  'PRINCIPAL_INVESTIGATOR',
  'SPONSOR_INVESTIGATOR',
]);

/** Ordered by seniority: the investigator table sorts roles in this order. */
export const OFFICIAL_ROLES = [
  'STUDY_CHAIR',
  'STUDY_DIRECTOR',
  'PRINCIPAL_INVESTIGATOR',
  'SUB_INVESTIGATOR',
] as const;
export const officialRoleSchema = z.enum(OFFICIAL_ROLES);
export type OfficialRole = z.infer<typeof officialRoleSchema>;

export const contactRoleSchema = z.enum([...OFFICIAL_ROLES, 'CONTACT']);
export type ContactRole = z.infer<typeof contactRoleSchema>;

export const dateTypeSchema = z.enum(['ACTUAL', 'ESTIMATED']);
export type DateType = z.infer<typeof dateTypeSchema>;

export const secondaryIdTypeSchema = z.enum([
  'NIH',
  'FDA',
  'VA',
  'CDC',
  'AHRQ',
  'SAMHSA',
  'OTHER_GRANT',
  'EUDRACT_NUMBER',
  'CTIS',
  'REGISTRY',
  'OTHER',
]);
export const referenceTypeSchema = z.enum(['BACKGROUND', 'RESULT', 'DERIVED']);
