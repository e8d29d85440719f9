import { RESULTS_MODULE_PATHS } from '@/trial/results/results-paths';

/** Where each more-information value sits in the record: its invalid value is shown there. */
const MODULE = RESULTS_MODULE_PATHS.moreInfo;

export const MORE_INFO_PATHS = {
  limitations: `${MODULE}.limitationsAndCaveats`,
  agreement: `${MODULE}.certainAgreement`,
  piSponsorEmployee: `${MODULE}.certainAgreement.piSponsorEmployee`,
  restrictiveAgreement: `${MODULE}.certainAgreement.restrictiveAgreement`,
  restrictionType: `${MODULE}.certainAgreement.restrictionType`,
  otherDetails: `${MODULE}.certainAgreement.otherDetails`,
  contact: `${MODULE}.pointOfContact`,
  contactTitle: `${MODULE}.pointOfContact.title`,
  contactOrganization: `${MODULE}.pointOfContact.organization`,
  contactPhone: `${MODULE}.pointOfContact.phone`,
  contactEmail: `${MODULE}.pointOfContact.email`,
} as const;
