import { present } from './ctgov-fields';
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
import type { ResultsModuleName } from './results/results-paths';
import type { SiteLocator } from './site-locator';
import { TRIAL_SCHEMA_VERSION } from './trial-format';
import { RECORD_MODULES, type RecordProblem, type Trial } from './trial-schema';

export interface NormalizeOptions {
  /** Places sites that have no geoPoint (a gazetteer at build time; "not available" in the browser). */
  locate: SiteLocator;
}

const LOCATIONS_PATH = 'protocolSection.contactsLocationsModule.locations';

/** "lat: expected a number from -90 to 90, got 912" for locations[index].geoPoint, if it was invalid. */
function invalidPointOf(problems: readonly RecordProblem[]): (index: number) => string | null {
  return (index) => {
    const prefix = `${LOCATIONS_PATH}[${index}].geoPoint`;
    const found = problems.filter((problem) => problem.path.startsWith(prefix));
    if (found.length === 0) return null;
    return found
      .map((problem) => {
        const field = problem.path.slice(prefix.length).replace(/^\./, '');
        return field ? `${field}: ${problem.message}` : problem.message;
      })
      .join('; ');
  };
}

function nonBlank(text: string | undefined): string | null {
  return text?.trim() ? text : null;
}

/**
 * A parsed CT.gov API v2 study -> the explorer's Trial. Pure: no I/O; the locator is injected.
 * `recordProblems` are the record's invalid values that the salvaging parse left out; the Trial
 * carries them so each is shown where it belongs.
 */
export function normalizeStudy(
  study: CtgovStudy,
  options: NormalizeOptions,
  recordProblems: readonly RecordProblem[] = [],
  { resultsModules = [] }: { resultsModules?: readonly ResultsModuleName[] } = {},
): Trial {
  const protocol = study.protocolSection;
  const identification = protocol.identificationModule;
  const contactsModule = protocol.contactsLocationsModule;
  const { sites, warnings: siteWarnings } = normalizeSites(
    contactsModule?.locations,
    options.locate,
    invalidPointOf(recordProblems),
  );
  const {
    arms,
    interventions,
    warnings: armWarnings,
  } = normalizeArms(protocol.armsInterventionsModule);
  const { warnings: referenceWarnings, ...references } = normalizeReferences(
    protocol.referencesModule,
  );
  const centralContacts = present(contactsModule?.centralContacts).map(normalizeContact);

  return {
    schemaVersion: TRIAL_SCHEMA_VERSION,
    nctId: identification.nctId,
    briefTitle: nonBlank(identification.briefTitle),
    officialTitle: nonBlank(identification.officialTitle),
    acronym: nonBlank(identification.acronym),
    identifiers: normalizeIdentifiers(identification),
    status: normalizeStatus(protocol.statusModule),
    hasResults: study.hasResults ?? study.resultsSection !== undefined,
    resultsModules: [...resultsModules],
    ...normalizeDesign(protocol.designModule),
    conditions: present(protocol.conditionsModule?.conditions),
    keywords: present(protocol.conditionsModule?.keywords),
    briefSummary: nonBlank(protocol.descriptionModule?.briefSummary),
    detailedDescription: nonBlank(protocol.descriptionModule?.detailedDescription),
    arms,
    interventions,
    eligibility: normalizeEligibility(protocol.eligibilityModule),
    sponsor: normalizeSponsor(protocol.sponsorCollaboratorsModule),
    officials: normalizeOfficials(contactsModule?.overallOfficials, sites),
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
    recordProblems: [...recordProblems],
    missingModules: RECORD_MODULES.filter((module) => protocol[module] === undefined),
  };
}
