import { z } from 'zod';
import { NCT_ID_PATTERN, TRIAL_SCHEMA_VERSION } from './trial-format';
import { PARTIAL_DATE_PATTERN, partialDateParts } from './partial-date';
import { RESULTS_MODULE_NAMES } from './results/results-paths';
import {
  agencyClassSchema,
  allocationSchema,
  armGroupTypeSchema,
  contactRoleSchema,
  dateTypeSchema,
  interventionModelSchema,
  interventionTypeSchema,
  maskingSchema,
  observationalModelSchema,
  officialRoleSchema,
  overallStatusSchema,
  phaseSchema,
  primaryPurposeSchema,
  referenceTypeSchema,
  responsiblePartyTypeSchema,
  secondaryIdTypeSchema,
  sexSchema,
  standardAgeSchema,
  studyTypeSchema,
  timePerspectiveSchema,
  whoMaskedSchema,
} from './vocabulary-schemas';

/**
 * The explorer's normalized Trial model: what `npm run data` writes to
 * public/data/trials/<nctId>.json and what the app parses when it loads one.
 * Missing values are `null` (or empty lists), never invented.
 * Bump TRIAL_SCHEMA_VERSION (trial-format.ts) on any change that an older app could misread.
 */
export const nctIdSchema = z.string().regex(NCT_ID_PATTERN, 'expected an NCT id like NCT01234567');

/** A full date names a day that exists: "2014-02-30" does not. */
function isCalendarDay(text: string): boolean {
  const parts = partialDateParts(text);
  if (!parts?.month || !parts.day) return true;
  return parts.day <= new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
}

/** "2014", "2014-07" or "2014-07-31", kept exactly as published (partial stays partial). */
export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, {
    error: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
    // A date that is not even of the form is not checked as a calendar day too.
    abort: true,
  })
  .refine(isCalendarDay, 'expected a day that exists in that month');

/**
 * A value of the record that was invalid and left out (shown as invalid where it belongs), or
 * why the record could not be read: `path` is its JSON path in the record
 * ("protocolSection.contactsLocationsModule.locations[3].geoPoint.lat"; "" for the record itself).
 */
export const recordProblemSchema = z.object({ path: z.string(), message: z.string() });
export type RecordProblem = z.infer<typeof recordProblemSchema>;

/** The protocolSection modules the explorer reads (besides identificationModule, which a study must have). */
export const RECORD_MODULES = [
  'statusModule',
  'sponsorCollaboratorsModule',
  'descriptionModule',
  'conditionsModule',
  'designModule',
  'armsInterventionsModule',
  'eligibilityModule',
  'contactsLocationsModule',
  'referencesModule',
] as const;
export const recordModuleSchema = z.enum(RECORD_MODULES);
export type RecordModule = z.infer<typeof recordModuleSchema>;

export const datedSchema = z.object({ date: partialDateSchema, type: dateTypeSchema.nullable() });
export type Dated = z.infer<typeof datedSchema>;

/** A person's name with degrees split off: "Xuetao Pei, MD,PhD" -> "Xuetao Pei" + ["MD", "PhD"]. */
export const personNameSchema = z.object({
  name: z.string(),
  degrees: z.array(z.string()),
  /** The name as published, degrees included. */
  asPublished: z.string(),
});
export type PersonName = z.infer<typeof personNameSchema>;

export const contactSchema = z.object({
  person: personNameSchema.nullable(),
  role: contactRoleSchema.nullable(),
  phone: z.string().nullable(),
  phoneExt: z.string().nullable(),
  email: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

export const siteLocationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** "record": the record's geoPoint; "gazetteer": looked up by city at build time. Both are city centres. */
  source: z.enum(['record', 'gazetteer']),
});
export type SiteLocation = z.infer<typeof siteLocationSchema>;

export const siteSchema = z.object({
  /** Stable within a trial: "site-1" is the record's first location. */
  id: z.string(),
  facility: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  country: z.string().nullable(),
  status: overallStatusSchema.nullable(),
  contacts: z.array(contactSchema),
  location: siteLocationSchema.nullable(),
  /** Why the site is not on the map; set exactly when `location` is null. */
  notOnMapReason: z.string().nullable(),
});
export type Site = z.infer<typeof siteSchema>;

export const officialSchema = z.object({
  id: z.string(),
  person: personNameSchema,
  role: officialRoleSchema.nullable(),
  affiliation: z.string().nullable(),
  /** Sites this investigator is linked to, with how the link was made. */
  siteLinks: z.array(z.object({ siteId: z.string(), via: z.enum(['affiliation', 'contact']) })),
});
export type Official = z.infer<typeof officialSchema>;

export const armSchema = z.object({
  id: z.string(),
  label: z.string(),
  type: armGroupTypeSchema.nullable(),
  description: z.string().nullable(),
  interventionIds: z.array(z.string()),
});
export type Arm = z.infer<typeof armSchema>;

export const interventionSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: interventionTypeSchema.nullable(),
  description: z.string().nullable(),
  otherNames: z.array(z.string()),
  armIds: z.array(z.string()),
});
export type Intervention = z.infer<typeof interventionSchema>;

/** One criterion line; `level` 0 is a top bullet, 1+ are nested bullets. */
export const criterionSchema = z.object({ text: z.string(), level: z.number().int().min(0) });
export type Criterion = z.infer<typeof criterionSchema>;

export const eligibilitySchema = z.object({
  inclusion: z.array(criterionSchema),
  exclusion: z.array(criterionSchema),
  /** Text that is neither under an inclusion nor an exclusion heading (kept, shown as is). */
  other: z.array(criterionSchema),
  /** The criteria text as published (markdown escapes removed). */
  criteriaText: z.string().nullable(),
  minimumAge: z.string().nullable(),
  maximumAge: z.string().nullable(),
  sex: sexSchema.nullable(),
  genderBased: z.boolean().nullable(),
  healthyVolunteers: z.boolean().nullable(),
  standardAges: z.array(standardAgeSchema),
  studyPopulation: z.string().nullable(),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const organizationSchema = z.object({
  name: z.string(),
  class: agencyClassSchema.nullable(),
});

export const trialSchema = z.object({
  schemaVersion: z.literal(TRIAL_SCHEMA_VERSION),
  nctId: nctIdSchema,
  briefTitle: z.string().nullable(),
  officialTitle: z.string().nullable(),
  acronym: z.string().nullable(),
  identifiers: z.array(
    z.object({
      id: z.string(),
      /** "org_study_id" for the sponsor's own id, else the API's secondary id type. */
      kind: z.union([z.literal('ORG_STUDY_ID'), secondaryIdTypeSchema]).nullable(),
      domain: z.string().nullable(),
      link: z.string().nullable(),
    }),
  ),
  status: z.object({
    overall: overallStatusSchema.nullable(),
    lastKnown: overallStatusSchema.nullable(),
    whyStopped: z.string().nullable(),
    verified: partialDateSchema.nullable(),
    start: datedSchema.nullable(),
    primaryCompletion: datedSchema.nullable(),
    completion: datedSchema.nullable(),
    firstPosted: datedSchema.nullable(),
    lastUpdatePosted: datedSchema.nullable(),
    /** When results were first submitted (they are posted after ClinicalTrials.gov's review). */
    resultsFirstSubmitted: partialDateSchema.nullable(),
    resultsFirstPosted: datedSchema.nullable(),
    /** When the sponsor asked to delay posting results (a certification or extension request). */
    resultsDelayRequested: partialDateSchema.nullable(),
  }),
  /** The record says results are posted (`hasResults`, else it has a resultsSection). */
  hasResults: z.boolean(),
  /**
   * The results modules the record has, in the page's order; their content is in a file of its
   * own (public/data/results/<nctId>.json, resultsFileSchema), fetched when the reader gets to the
   * Results section. Empty: no results file.
   */
  resultsModules: z.array(z.enum(RESULTS_MODULE_NAMES)),
  studyType: studyTypeSchema.nullable(),
  phases: z.array(phaseSchema),
  enrollment: z
    .object({ count: z.number().int().min(0), type: dateTypeSchema.nullable() })
    .nullable(),
  design: z.object({
    allocation: allocationSchema.nullable(),
    interventionModel: interventionModelSchema.nullable(),
    interventionModelDescription: z.string().nullable(),
    primaryPurpose: primaryPurposeSchema.nullable(),
    masking: maskingSchema.nullable(),
    whoMasked: z.array(whoMaskedSchema),
    observationalModel: observationalModelSchema.nullable(),
    timePerspective: timePerspectiveSchema.nullable(),
  }),
  conditions: z.array(z.string()),
  keywords: z.array(z.string()),
  briefSummary: z.string().nullable(),
  detailedDescription: z.string().nullable(),
  arms: z.array(armSchema),
  interventions: z.array(interventionSchema),
  eligibility: eligibilitySchema,
  sponsor: z.object({
    lead: organizationSchema.nullable(),
    collaborators: z.array(organizationSchema),
    responsibleParty: z
      .object({
        type: responsiblePartyTypeSchema.nullable(),
        investigator: z.string().nullable(),
        investigatorTitle: z.string().nullable(),
        investigatorAffiliation: z.string().nullable(),
      })
      .nullable(),
  }),
  officials: z.array(officialSchema),
  sites: z.array(siteSchema),
  countries: z.array(z.string()),
  centralContacts: z.array(contactSchema),
  references: z.array(
    z.object({
      citation: z.string(),
      pmid: z.string().nullable(),
      type: referenceTypeSchema.nullable(),
    }),
  ),
  links: z.array(z.object({ label: z.string().nullable(), url: z.string() })),
  /** Other ClinicalTrials.gov studies the record points to (see-also links to a study page). */
  relatedTrials: z.array(
    z.object({ nctId: nctIdSchema, label: z.string().nullable(), url: z.string() }),
  ),
  /** Things the normalizer noticed but kept (unlocated sites, duplicate contacts, ...). */
  warnings: z.array(z.string()),
  /** Invalid values of the record, left out of everything above. */
  recordProblems: z.array(recordProblemSchema),
  /** Modules the record does not have at all (each section then says so). */
  missingModules: z.array(recordModuleSchema),
});
export type Trial = z.infer<typeof trialSchema>;

export const catalogEntrySchema = z.object({
  nctId: nctIdSchema,
  briefTitle: z.string().nullable(),
  overallStatus: overallStatusSchema.nullable(),
  siteCount: z.number().int().min(0),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogSchema = z.object({
  schemaVersion: z.literal(TRIAL_SCHEMA_VERSION),
  trials: z.array(catalogEntrySchema),
});
export type Catalog = z.infer<typeof catalogSchema>;
