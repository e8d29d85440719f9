import type { z } from 'zod';
import type { ctgovStudySchema } from '../../src/trial/ctgov-schema';
import { createRandom, seedFrom } from './prng';
import { generateArms } from './synthetic-arms';
import { generateEligibilityText } from './synthetic-eligibility';
import { generateOfficials, SPONSOR_AFFILIATION } from './synthetic-officials';
import type { SyntheticPlace } from './synthetic-places';
import {
  generateResults,
  type RawDocumentSection,
  type RawResultsSection,
  type SyntheticResults,
} from './synthetic-results';
import { generateLocations } from './synthetic-sites';
import { syntheticTitle, type SyntheticSpec } from './synthetic-sizes';
import { plural } from '../../src/trial/count-text';

/**
 * A ClinicalTrials.gov API v2 study record, exactly the JSON shape the CT.gov schemas parse: the
 * protocol's, and the results' (resultsSection, documentSection) for a size with results.
 */
export type SyntheticStudy = z.input<typeof ctgovStudySchema> & {
  resultsSection?: RawResultsSection;
  documentSection?: RawDocumentSection;
};

const RECRUITING_STATUS = {
  statusVerifiedDate: '2025-01',
  overallStatus: 'RECRUITING',
  startDateStruct: { date: '2024-03-15', type: 'ACTUAL' },
  primaryCompletionDateStruct: { date: '2027-12', type: 'ESTIMATED' },
  completionDateStruct: { date: '2029-06', type: 'ESTIMATED' },
  studyFirstPostDateStruct: { date: '2024-02-01', type: 'ACTUAL' },
  lastUpdatePostDateStruct: { date: '2025-01-20', type: 'ACTUAL' },
} as const;

/** A size with results is a completed study: every date actual. */
const COMPLETED_STATUS = {
  statusVerifiedDate: '2025-09',
  overallStatus: 'COMPLETED',
  startDateStruct: { date: '2024-03-15', type: 'ACTUAL' },
  primaryCompletionDateStruct: { date: '2025-06-30', type: 'ACTUAL' },
  completionDateStruct: { date: '2025-07-31', type: 'ACTUAL' },
  studyFirstPostDateStruct: { date: '2024-02-01', type: 'ACTUAL' },
  lastUpdatePostDateStruct: { date: '2025-09-15', type: 'ACTUAL' },
} as const;

function resultsSummary(results: SyntheticResults | null, spec: SyntheticSpec): string {
  if (results === null || spec.results === undefined) return '';
  const { outcomes, analyses, seriousTerms, otherTerms } = spec.results;
  return ` Its posted results are generated too: ${plural(outcomes, 'outcome measure')}, ${plural(analyses, 'statistical analysis', 'statistical analyses')} and ${plural(seriousTerms + otherTerms, 'adverse-event term')}.`;
}

/**
 * A synthetic ClinicalTrials.gov API v2 record of the given size. Pure and deterministic: the
 * same spec, places and seed always give a deep-equal record (no Math.random, no clock).
 * Every part draws from its own seeded stream, so e.g. more officials do not move the sites.
 */
export function generateSyntheticStudy(
  spec: SyntheticSpec,
  places: ReadonlyMap<string, readonly SyntheticPlace[]>,
  seed: number = spec.seed,
): SyntheticStudy {
  const stream = (part: string) => createRandom(seedFrom(part, seed));
  const locations = generateLocations(spec.sites, places, stream('sites'));
  const overallOfficials = generateOfficials(spec.officials, locations, stream('officials'));
  const title = syntheticTitle(spec);
  const arms = generateArms(spec.arms);
  const results = spec.results ? generateResults(spec.results, arms, stream) : null;
  return {
    protocolSection: {
      identificationModule: {
        nctId: spec.nctId,
        orgStudyIdInfo: { id: `SYNTH-${spec.name.toUpperCase()}-${String(seed)}` },
        organization: {
          fullName: 'Synthetic Data Consortium (generated test data)',
          class: 'OTHER',
        },
        briefTitle: title,
        officialTitle: `${title}: a seeded, generated record (seed ${String(seed)}) for testing the explorer at scale`,
        acronym: `SYNTH-${spec.name.toUpperCase()}`,
      },
      statusModule: results ? COMPLETED_STATUS : RECRUITING_STATUS,
      sponsorCollaboratorsModule: {
        responsibleParty: { type: 'SPONSOR' },
        leadSponsor: { name: SPONSOR_AFFILIATION, class: 'OTHER' },
        collaborators: [{ name: 'Synthetic Pharma Ltd (generated test data)', class: 'INDUSTRY' }],
      },
      descriptionModule: {
        briefSummary: `This is not a real study. It is generated test data: ${plural(spec.sites, 'site')} in ${plural(places.size, 'country', 'countries')}, ${plural(spec.officials, 'official')} and ${plural(spec.arms, 'study group')}, made by a seeded generator to test the explorer with large records.${resultsSummary(results, spec)}`,
      },
      conditionsModule: {
        conditions: ['Synthetic Condition (test data)', 'Solid Tumour'],
        keywords: ['synthetic', 'generated', 'test data'],
      },
      designModule: {
        studyType: 'INTERVENTIONAL',
        phases: ['PHASE3'],
        designInfo: {
          allocation: 'RANDOMIZED',
          interventionModel: 'PARALLEL',
          primaryPurpose: 'TREATMENT',
          maskingInfo: { masking: 'DOUBLE', whoMasked: ['PARTICIPANT', 'INVESTIGATOR'] },
        },
        enrollmentInfo: results
          ? { count: results.enrolled, type: 'ACTUAL' }
          : { count: spec.sites * 6, type: 'ESTIMATED' },
      },
      armsInterventionsModule: arms,
      eligibilityModule: {
        eligibilityCriteria: generateEligibilityText(stream('eligibility')),
        healthyVolunteers: false,
        sex: 'ALL',
        minimumAge: '18 Years',
        stdAges: ['ADULT', 'OLDER_ADULT'],
      },
      contactsLocationsModule: {
        centralContacts: [
          {
            name: 'Synthetic Trial Desk',
            role: 'CONTACT',
            phone: '+1 555 0100',
            email: 'trials@synthetic.example.org',
          },
          { name: 'Maria Rossi, MD', role: 'CONTACT', email: 'maria.rossi@synthetic.example.org' },
        ],
        overallOfficials,
        locations,
      },
    },
    hasResults: results !== null,
    ...(results
      ? { resultsSection: results.resultsSection, documentSection: results.documentSection }
      : {}),
  };
}

/** The file text of a record as `npm run synthetic` writes it: pretty JSON, one final newline. */
export function syntheticRecordText(study: SyntheticStudy): string {
  return `${JSON.stringify(study, null, 2)}\n`;
}
