import { z } from 'zod';

/**
 * The kind of restriction on results disclosure in an agreement with the sponsor (API v2 enum
 * AgreementRestrictionType): LTE60 (embargo of 60 days or less), GT60 (more than 60 days), OTHER.
 * Source: https://clinicaltrials.gov/data-api/about-api/study-data-structure#enum-AgreementRestrictionType
 */
export const AGREEMENT_RESTRICTION_TYPES = ['LTE60', 'GT60', 'OTHER'] as const;
export const agreementRestrictionTypeSchema = z.enum(AGREEMENT_RESTRICTION_TYPES);
export type AgreementRestrictionType = z.infer<typeof agreementRestrictionTypeSchema>;
