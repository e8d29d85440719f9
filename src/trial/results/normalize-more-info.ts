import type { CtgovMoreInfo } from './ctgov-more-info-schema';
import type { MoreInfo } from './more-info-schema';
import { publishedText } from './published-text';

/** The more-information module (parsed by the salvaging parse) as our model. Pure. */
export function normalizeMoreInfo(raw: CtgovMoreInfo): MoreInfo {
  const agreement = raw.certainAgreement;
  const contact = raw.pointOfContact;
  return {
    limitationsAndCaveats: publishedText(raw.limitationsAndCaveats?.description),
    certainAgreement: agreement
      ? {
          piSponsorEmployee: agreement.piSponsorEmployee ?? null,
          restrictiveAgreement: agreement.restrictiveAgreement ?? null,
          restrictionType: agreement.restrictionType ?? null,
          otherDetails: publishedText(agreement.otherDetails),
        }
      : null,
    pointOfContact: contact
      ? {
          title: publishedText(contact.title),
          organization: publishedText(contact.organization),
          // Addresses and numbers as published: no unescaping, safe-links judges them.
          email: contact.email ?? null,
          phone: contact.phone ?? null,
          phoneExt: contact.phoneExt ?? null,
        }
      : null,
  };
}
