import type { AgreementRestrictionType } from './more-info-vocabulary';

/**
 * Plain words for the agreement on publication rights (moreInfoModule.certainAgreement), after
 * ClinicalTrials.gov's own definitions of the "certain agreements" data elements. A Record over
 * the enum: a restriction type added to more-info-vocabulary.ts without words here fails to compile.
 */
export const AGREEMENT_RESTRICTION_LABELS: Record<AgreementRestrictionType, string> = {
  LTE60:
    'The sponsor can review results communications before they are made public and can embargo them for 60 days or less; it cannot require changes or extend the embargo.',
  GT60: 'The sponsor can review results communications before they are made public and can embargo them for more than 60 days (up to 180 days); it cannot require changes or extend the embargo.',
  OTHER:
    "Another kind of agreement restricts the principal investigators' right to discuss or publish the results after the trial.",
};

/** Whether the principal investigators are employees of the sponsor, in words. */
export function piSponsorEmployeeLabel(isEmployee: boolean): string {
  return isEmployee
    ? 'Yes: the principal investigators are employees of the sponsor.'
    : 'No: the principal investigators are not employees of the sponsor.';
}

/** Whether an agreement restricts the investigators' right to publish the results, in words. */
export function restrictiveAgreementLabel(restricts: boolean): string {
  return restricts
    ? "Yes: an agreement with the sponsor restricts the principal investigators' right to discuss or publish the results after the trial."
    : "No: no agreement with the sponsor restricts the principal investigators' right to discuss or publish the results.";
}
