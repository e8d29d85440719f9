import { z } from 'zod';
import {
  ctgovArmsInterventionsModuleSchema,
  ctgovDesignModuleSchema,
  ctgovEligibilityModuleSchema,
} from './ctgov-design-schema';
import { longText, recordList, shortText, shortTexts } from './ctgov-fields';
import { ctgovContactsLocationsModuleSchema } from './ctgov-locations-schema';
import { nctIdSchema, partialDateSchema } from './trial-schema';
import {
  agencyClassSchema,
  dateTypeSchema,
  overallStatusSchema,
  referenceTypeSchema,
  responsiblePartyTypeSchema,
  secondaryIdTypeSchema,
} from './vocabulary-schemas';

/**
 * The subset of a ClinicalTrials.gov API v2 study record (GET /api/v2/studies/{nctId})
 * that the explorer reads. Unknown keys are accepted (and dropped); a wrong enum
 * code, a wrong type or an out-of-range number is an error with a path.
 * Everything a record can do without is optional, so the salvaging parse (salvage-parse.ts)
 * can drop an invalid value and keep the rest: only protocolSection, its identificationModule
 * and the NCT id are required, since without them there is no study to name.
 */

const text = shortText;
const strings = shortTexts;

const dateStructSchema = z.object({ date: partialDateSchema, type: dateTypeSchema.optional() });
const organizationSchema = z.object({ name: text.optional(), class: agencyClassSchema.optional() });

const identificationModuleSchema = z.object({
  nctId: nctIdSchema,
  orgStudyIdInfo: z.object({ id: text, link: text.optional() }).optional(),
  secondaryIdInfos: recordList(
    z.object({
      id: text,
      type: secondaryIdTypeSchema.optional(),
      domain: text.optional(),
      link: text.optional(),
    }),
  ).optional(),
  organization: z
    .object({ fullName: text.optional(), class: agencyClassSchema.optional() })
    .optional(),
  briefTitle: text.optional(),
  officialTitle: text.optional(),
  acronym: text.optional(),
});

const statusModuleSchema = z.object({
  statusVerifiedDate: partialDateSchema.optional(),
  overallStatus: overallStatusSchema.optional(),
  lastKnownStatus: overallStatusSchema.optional(),
  whyStopped: text.optional(),
  startDateStruct: dateStructSchema.optional(),
  primaryCompletionDateStruct: dateStructSchema.optional(),
  completionDateStruct: dateStructSchema.optional(),
  studyFirstPostDateStruct: dateStructSchema.optional(),
  lastUpdatePostDateStruct: dateStructSchema.optional(),
  /** Results submitted (they may still be in ClinicalTrials.gov's quality-control review). */
  resultsFirstSubmitDate: partialDateSchema.optional(),
  resultsFirstPostDateStruct: dateStructSchema.optional(),
  /** A certification or extension request to delay results ("disposition"), when submitted. */
  dispFirstSubmitDate: partialDateSchema.optional(),
});

const sponsorCollaboratorsModuleSchema = z.object({
  responsibleParty: z
    .object({
      type: responsiblePartyTypeSchema.optional(),
      investigatorFullName: text.optional(),
      investigatorTitle: text.optional(),
      investigatorAffiliation: text.optional(),
    })
    .optional(),
  leadSponsor: organizationSchema.optional(),
  collaborators: recordList(organizationSchema).optional(),
});

const referencesModuleSchema = z.object({
  references: recordList(
    z.object({
      pmid: text.optional(),
      type: referenceTypeSchema.optional(),
      citation: longText.optional(),
    }),
  ).optional(),
  seeAlsoLinks: recordList(z.object({ label: text.optional(), url: text })).optional(),
});

export const ctgovStudySchema = z.object({
  protocolSection: z.object({
    identificationModule: identificationModuleSchema,
    statusModule: statusModuleSchema.optional(),
    sponsorCollaboratorsModule: sponsorCollaboratorsModuleSchema.optional(),
    descriptionModule: z
      .object({ briefSummary: longText.optional(), detailedDescription: longText.optional() })
      .optional(),
    conditionsModule: z.object({ conditions: strings, keywords: strings }).optional(),
    designModule: ctgovDesignModuleSchema.optional(),
    armsInterventionsModule: ctgovArmsInterventionsModuleSchema.optional(),
    eligibilityModule: ctgovEligibilityModuleSchema.optional(),
    contactsLocationsModule: ctgovContactsLocationsModuleSchema.optional(),
    referencesModule: referencesModuleSchema.optional(),
  }),
  hasResults: z.boolean().optional(),
  /** Only its presence is read (to tell whether results are posted when `hasResults` is missing). */
  resultsSection: z.unknown().optional(),
});

export type CtgovStudy = z.infer<typeof ctgovStudySchema>;
export type CtgovProtocol = CtgovStudy['protocolSection'];
