import { z } from 'zod';
import { agreementRestrictionTypeSchema } from './more-info-vocabulary';

/** Our model of a record's "more information" about its results (what the page gets). */

export const certainAgreementSchema = z.object({
  /** Are the principal investigators employees of the sponsor? */
  piSponsorEmployee: z.boolean().nullable(),
  /** Does an agreement restrict the investigators' right to discuss or publish the results? */
  restrictiveAgreement: z.boolean().nullable(),
  restrictionType: agreementRestrictionTypeSchema.nullable(),
  otherDetails: z.string().nullable(),
});
export type CertainAgreement = z.infer<typeof certainAgreementSchema>;

/**
 * The results point of contact. Email and phone are the published text: links are built from
 * them only by src/lib/safe-links.ts, which refuses what is not a plain address or number.
 */
export const resultsContactSchema = z.object({
  title: z.string().nullable(),
  organization: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  phoneExt: z.string().nullable(),
});
export type ResultsContact = z.infer<typeof resultsContactSchema>;

export const moreInfoSchema = z.object({
  limitationsAndCaveats: z.string().nullable(),
  /** Null when the record has no agreement block at all. */
  certainAgreement: certainAgreementSchema.nullable(),
  pointOfContact: resultsContactSchema.nullable(),
});
export type MoreInfo = z.infer<typeof moreInfoSchema>;
