import type { Trial } from './trial-schema';
import type {
  AgencyClass,
  Allocation,
  ArmGroupType,
  ContactRole,
  DateType,
  InterventionModel,
  InterventionType,
  Masking,
  ObservationalModel,
  OfficialRole,
  OverallStatus,
  Phase,
  PrimaryPurpose,
  ReferenceType,
  ResponsiblePartyType,
  Sex,
  StandardAge,
  StudyType,
  TimePerspective,
  WhoMasked,
} from './vocabulary';

/**
 * Readable labels for the ClinicalTrials.gov API v2 codes, in ClinicalTrials.gov's own
 * wording (sentence case). Each map is a Record over the code list, so a code added to
 * vocabulary.ts without a label here fails to compile.
 */

export const OVERALL_STATUS_LABELS: Record<OverallStatus, string> = {
  RECRUITING: 'Recruiting',
  NOT_YET_RECRUITING: 'Not yet recruiting',
  ENROLLING_BY_INVITATION: 'Enrolling by invitation',
  ACTIVE_NOT_RECRUITING: 'Active, not recruiting',
  SUSPENDED: 'Suspended',
  TERMINATED: 'Terminated',
  COMPLETED: 'Completed',
  WITHDRAWN: 'Withdrawn',
  UNKNOWN: 'Unknown status',
  AVAILABLE: 'Available',
  NO_LONGER_AVAILABLE: 'No longer available',
  TEMPORARILY_NOT_AVAILABLE: 'Temporarily not available',
  APPROVED_FOR_MARKETING: 'Approved for marketing',
  WITHHELD: 'Withheld',
};

export const PHASE_LABELS: Record<Phase, string> = {
  NA: 'Not applicable',
  EARLY_PHASE1: 'Early Phase 1',
  PHASE1: 'Phase 1',
  PHASE2: 'Phase 2',
  PHASE3: 'Phase 3',
  PHASE4: 'Phase 4',
};

export const STUDY_TYPE_LABELS: Record<StudyType, string> = {
  INTERVENTIONAL: 'Interventional',
  OBSERVATIONAL: 'Observational',
  EXPANDED_ACCESS: 'Expanded access',
};

export const ALLOCATION_LABELS: Record<Allocation, string> = {
  RANDOMIZED: 'Randomized',
  NON_RANDOMIZED: 'Non-randomized',
  NA: 'Not applicable (single group)',
};

export const INTERVENTION_MODEL_LABELS: Record<InterventionModel, string> = {
  SINGLE_GROUP: 'Single group assignment',
  PARALLEL: 'Parallel assignment',
  CROSSOVER: 'Crossover assignment',
  FACTORIAL: 'Factorial assignment',
  SEQUENTIAL: 'Sequential assignment',
};

export const PRIMARY_PURPOSE_LABELS: Record<PrimaryPurpose, string> = {
  TREATMENT: 'Treatment',
  PREVENTION: 'Prevention',
  DIAGNOSTIC: 'Diagnostic',
  ECT: 'Educational/counseling/training',
  SUPPORTIVE_CARE: 'Supportive care',
  SCREENING: 'Screening',
  HEALTH_SERVICES_RESEARCH: 'Health services research',
  BASIC_SCIENCE: 'Basic science',
  DEVICE_FEASIBILITY: 'Device feasibility',
  OTHER: 'Other',
};

export const MASKING_LABELS: Record<Masking, string> = {
  NONE: 'None (open label)',
  SINGLE: 'Single',
  DOUBLE: 'Double',
  TRIPLE: 'Triple',
  QUADRUPLE: 'Quadruple',
};

export const WHO_MASKED_LABELS: Record<WhoMasked, string> = {
  PARTICIPANT: 'Participant',
  CARE_PROVIDER: 'Care provider',
  INVESTIGATOR: 'Investigator',
  OUTCOMES_ASSESSOR: 'Outcomes assessor',
};

export const OBSERVATIONAL_MODEL_LABELS: Record<ObservationalModel, string> = {
  COHORT: 'Cohort',
  CASE_CONTROL: 'Case-control',
  CASE_ONLY: 'Case-only',
  CASE_CROSSOVER: 'Case-crossover',
  ECOLOGIC_OR_COMMUNITY: 'Ecologic or community',
  FAMILY_BASED: 'Family-based',
  DEFINED_POPULATION: 'Defined population',
  NATURAL_HISTORY: 'Natural history',
  OTHER: 'Other',
};

export const TIME_PERSPECTIVE_LABELS: Record<TimePerspective, string> = {
  RETROSPECTIVE: 'Retrospective',
  PROSPECTIVE: 'Prospective',
  CROSS_SECTIONAL: 'Cross-sectional',
  OTHER: 'Other',
};

export const ARM_GROUP_TYPE_LABELS: Record<ArmGroupType, string> = {
  EXPERIMENTAL: 'Experimental',
  ACTIVE_COMPARATOR: 'Active comparator',
  PLACEBO_COMPARATOR: 'Placebo comparator',
  SHAM_COMPARATOR: 'Sham comparator',
  NO_INTERVENTION: 'No intervention',
  OTHER: 'Other',
};

export const INTERVENTION_TYPE_LABELS: Record<InterventionType, string> = {
  BEHAVIORAL: 'Behavioral',
  BIOLOGICAL: 'Biological',
  COMBINATION_PRODUCT: 'Combination product',
  DEVICE: 'Device',
  DIAGNOSTIC_TEST: 'Diagnostic test',
  DIETARY_SUPPLEMENT: 'Dietary supplement',
  DRUG: 'Drug',
  GENETIC: 'Genetic',
  PROCEDURE: 'Procedure',
  RADIATION: 'Radiation',
  OTHER: 'Other',
};

export const SEX_LABELS: Record<Sex, string> = {
  ALL: 'All',
  FEMALE: 'Female',
  MALE: 'Male',
};

/** ClinicalTrials.gov's standard age groups, with the ages each covers. */
export const STANDARD_AGE_LABELS: Record<StandardAge, string> = {
  CHILD: 'Child (birth to 17 years)',
  ADULT: 'Adult (18 to 64 years)',
  OLDER_ADULT: 'Older adult (65 years and older)',
};

export const AGENCY_CLASS_LABELS: Record<AgencyClass, string> = {
  NIH: 'NIH',
  FED: 'U.S. federal agency',
  OTHER_GOV: 'Other government agency',
  INDIV: 'Individual',
  INDUSTRY: 'Industry',
  NETWORK: 'Network',
  AMBIG: 'Ambiguous',
  OTHER: 'Other',
  UNKNOWN: 'Unknown',
};

export const RESPONSIBLE_PARTY_TYPE_LABELS: Record<ResponsiblePartyType, string> = {
  SPONSOR: 'Sponsor',
  PRINCIPAL_INVESTIGATOR: 'Principal investigator',
  SPONSOR_INVESTIGATOR: 'Sponsor-investigator',
};

export const OFFICIAL_ROLE_LABELS: Record<OfficialRole, string> = {
  STUDY_CHAIR: 'Study chair',
  STUDY_DIRECTOR: 'Study director',
  PRINCIPAL_INVESTIGATOR: 'Principal investigator',
  SUB_INVESTIGATOR: 'Sub-investigator',
};

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  ...OFFICIAL_ROLE_LABELS,
  CONTACT: 'Contact',
};

export const DATE_TYPE_LABELS: Record<DateType, string> = {
  ACTUAL: 'Actual',
  ESTIMATED: 'Estimated',
};

export type IdentifierKind = NonNullable<Trial['identifiers'][number]['kind']>;

export const IDENTIFIER_KIND_LABELS: Record<IdentifierKind, string> = {
  ORG_STUDY_ID: "Organization's study ID",
  NIH: 'U.S. NIH grant/contract',
  FDA: 'U.S. FDA grant/contract',
  VA: 'U.S. VA grant/contract',
  CDC: 'U.S. CDC grant/contract',
  AHRQ: 'U.S. AHRQ grant/contract',
  SAMHSA: 'U.S. SAMHSA grant/contract',
  OTHER_GRANT: 'Other grant/funding number',
  EUDRACT_NUMBER: 'EudraCT number',
  CTIS: 'EU CT number (CTIS)',
  REGISTRY: 'Registry identifier',
  OTHER: 'Other identifier',
};

export const REFERENCE_TYPE_LABELS: Record<ReferenceType, string> = {
  BACKGROUND: 'Background',
  RESULT: 'Result',
  DERIVED: 'Derived (indexed by NCT number)',
};
