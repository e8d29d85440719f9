import type { CtgovStudy } from './ctgov-schema';
import { duplicateContactWarnings, normalizeContact } from './normalize-contacts';
import { normalizeArms } from './normalize-arms';
import { normalizeEligibility } from './normalize-eligibility';
import { normalizeOfficials } from './normalize-people';
import { normalizeReferences } from './normalize-references';
import { normalizeSites, siteCountries } from './normalize-sites';
import {
  normalizeDesign,
  normalizeIdentifiers,
  normalizeSponsor,
  normalizeStatus,
} from './normalize-study-info';
import type { SiteLocator } from './site-locator';
import { TRIAL_SCHEMA_VERSION, type Trial } from './trial-schema';

export interface NormalizeOptions {
  /** Places sites that have no geoPoint (a gazetteer at build time; "not available" in the browser). */
  locate: SiteLocator;
}

function nonBlank(text: string | undefined): string | null {
  return text?.trim() ? text : null;
}

/** A parsed CT.gov API v2 study -> the explorer's Trial. Pure: no I/O; the locator is injected. */
export function normalizeStudy(study: CtgovStudy, options: NormalizeOptions): Trial {
  const protocol = study.protocolSection;
  const identification = protocol.identificationModule;
  const contactsModule = protocol.contactsLocationsModule;
  const { sites, warnings: siteWarnings } = normalizeSites(
    contactsModule?.locations ?? [],
    options.locate,
  );
  const {
    arms,
    interventions,
    warnings: armWarnings,
  } = normalizeArms(protocol.armsInterventionsModule);
  const { warnings: referenceWarnings, ...references } = normalizeReferences(
    protocol.referencesModule,
  );
  const centralContacts = (contactsModule?.centralContacts ?? []).map(normalizeContact);

  return {
    schemaVersion: TRIAL_SCHEMA_VERSION,
    nctId: identification.nctId,
    briefTitle: identification.briefTitle,
    officialTitle: nonBlank(identification.officialTitle),
    acronym: nonBlank(identification.acronym),
    identifiers: normalizeIdentifiers(identification),
    status: normalizeStatus(protocol.statusModule),
    hasResults: study.hasResults ?? study.resultsSection !== undefined,
    ...normalizeDesign(protocol.designModule),
    conditions: protocol.conditionsModule?.conditions ?? [],
    keywords: protocol.conditionsModule?.keywords ?? [],
    briefSummary: nonBlank(protocol.descriptionModule?.briefSummary),
    detailedDescription: nonBlank(protocol.descriptionModule?.detailedDescription),
    arms,
    interventions,
    eligibility: normalizeEligibility(protocol.eligibilityModule),
    sponsor: normalizeSponsor(protocol.sponsorCollaboratorsModule),
    officials: normalizeOfficials(contactsModule?.overallOfficials ?? [], sites),
    sites,
    countries: siteCountries(sites),
    centralContacts,
    ...references,
    warnings: [
      ...siteWarnings,
      ...duplicateContactWarnings(centralContacts, 'central contact'),
      ...armWarnings,
      ...referenceWarnings,
    ],
  };
}
