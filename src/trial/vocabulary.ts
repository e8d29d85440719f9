/**
 * ClinicalTrials.gov API v2 enum vocabularies (the subset the explorer reads).
 * One place for the codes: the CT.gov schema validates raw records with them and the Trial
 * schema validates prebuilt JSON with them (both through vocabulary-schemas.ts), labels.ts names
 * them. Plain lists, no zod: the page reads them without loading the schemas.
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
export type OverallStatus = (typeof OVERALL_STATUSES)[number];

export const PHASES = ['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4'] as const;
export type Phase = (typeof PHASES)[number];

export const STUDY_TYPES = ['INTERVENTIONAL', 'OBSERVATIONAL', 'EXPANDED_ACCESS'] as const;
export type StudyType = (typeof STUDY_TYPES)[number];

export const ALLOCATIONS = ['RANDOMIZED', 'NON_RANDOMIZED', 'NA'] as const;
export type Allocation = (typeof ALLOCATIONS)[number];
export const INTERVENTION_MODELS = [
  'SINGLE_GROUP',
  'PARALLEL',
  'CROSSOVER',
  'FACTORIAL',
  'SEQUENTIAL',
] as const;
export type InterventionModel = (typeof INTERVENTION_MODELS)[number];
export const PRIMARY_PURPOSES = [
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
] as const;
export type PrimaryPurpose = (typeof PRIMARY_PURPOSES)[number];
export const MASKINGS = ['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'] as const;
export type Masking = (typeof MASKINGS)[number];
export const WHO_MASKED = [
  'PARTICIPANT',
  'CARE_PROVIDER',
  'INVESTIGATOR',
  'OUTCOMES_ASSESSOR',
] as const;
export type WhoMasked = (typeof WHO_MASKED)[number];
export const OBSERVATIONAL_MODELS = [
  'COHORT',
  'CASE_CONTROL',
  'CASE_ONLY',
  'CASE_CROSSOVER',
  'ECOLOGIC_OR_COMMUNITY',
  'FAMILY_BASED',
  'DEFINED_POPULATION',
  'NATURAL_HISTORY',
  'OTHER',
] as const;
export type ObservationalModel = (typeof OBSERVATIONAL_MODELS)[number];
export const TIME_PERSPECTIVES = [
  'RETROSPECTIVE',
  'PROSPECTIVE',
  'CROSS_SECTIONAL',
  'OTHER',
] as const;
export type TimePerspective = (typeof TIME_PERSPECTIVES)[number];

export const ARM_GROUP_TYPES = [
  'EXPERIMENTAL',
  'ACTIVE_COMPARATOR',
  'PLACEBO_COMPARATOR',
  'SHAM_COMPARATOR',
  'NO_INTERVENTION',
  'OTHER',
] as const;
export type ArmGroupType = (typeof ARM_GROUP_TYPES)[number];

export const INTERVENTION_TYPES = [
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
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

export const SEXES = ['ALL', 'FEMALE', 'MALE'] as const;
export type Sex = (typeof SEXES)[number];
export const STANDARD_AGES = ['CHILD', 'ADULT', 'OLDER_ADULT'] as const;
export type StandardAge = (typeof STANDARD_AGES)[number];

export const AGENCY_CLASSES = [
  'NIH',
  'FED',
  'OTHER_GOV',
  'INDIV',
  'INDUSTRY',
  'NETWORK',
  'AMBIG',
  'OTHER',
  'UNKNOWN',
] as const;
export type AgencyClass = (typeof AGENCY_CLASSES)[number];
export const RESPONSIBLE_PARTY_TYPES = [
  'SPONSOR',
  'PRINCIPAL_INVESTIGATOR',
  'SPONSOR_INVESTIGATOR',
] as const;
export type ResponsiblePartyType = (typeof RESPONSIBLE_PARTY_TYPES)[number];

/** Ordered by seniority: the investigator table sorts roles in this order. */
export const OFFICIAL_ROLES = [
  'STUDY_CHAIR',
  'STUDY_DIRECTOR',
  'PRINCIPAL_INVESTIGATOR',
  'SUB_INVESTIGATOR',
] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

export const CONTACT_ROLES = [...OFFICIAL_ROLES, 'CONTACT'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const DATE_TYPES = ['ACTUAL', 'ESTIMATED'] as const;
export type DateType = (typeof DATE_TYPES)[number];

export const SECONDARY_ID_TYPES = [
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
] as const;
export type SecondaryIdType = (typeof SECONDARY_ID_TYPES)[number];
export const REFERENCE_TYPES = ['BACKGROUND', 'RESULT', 'DERIVED'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];
