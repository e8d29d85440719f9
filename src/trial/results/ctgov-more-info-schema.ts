import { z } from 'zod';
import { longText, shortText } from '../ctgov-fields';
import { agreementRestrictionTypeSchema } from './more-info-vocabulary';

/** ClinicalTrials.gov API v2 resultsSection.moreInfoModule, for the salvaging parse (all optional). */

const text = shortText;

export const ctgovMoreInfoModuleSchema = z.object({
  limitationsAndCaveats: z.object({ description: longText.optional() }).optional(),
  certainAgreement: z
    .object({
      piSponsorEmployee: z.boolean().optional(),
      restrictionType: agreementRestrictionTypeSchema.optional(),
      restrictiveAgreement: z.boolean().optional(),
      otherDetails: longText.optional(),
    })
    .optional(),
  pointOfContact: z
    .object({
      title: text.optional(),
      organization: text.optional(),
      email: text.optional(),
      phone: text.optional(),
      phoneExt: text.optional(),
    })
    .optional(),
});

export type CtgovMoreInfo = z.infer<typeof ctgovMoreInfoModuleSchema>;
