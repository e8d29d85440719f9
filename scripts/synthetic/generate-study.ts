import type { z } from 'zod';
import type { ctgovStudySchema } from '../../src/trial/ctgov-schema';
import { createRandom, seedFrom } from './prng';
import { generateArms } from './synthetic-arms';
import { generateEligibilityText } from './synthetic-eligibility';
import { generateOfficials, SPONSOR_AFFILIATION } from './synthetic-officials';
import type { SyntheticPlace } from './synthetic-places';
import { generateLocations } from './synthetic-sites';
import { syntheticTitle, type SyntheticSpec } from './synthetic-sizes';
import { plural } from '../../src/trial/count-text';

/** A ClinicalTrials.gov API v2 study record, exactly the JSON shape the CT.gov schema parses. */
export type SyntheticStudy = z.input<typeof ctgovStudySchema>;

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
      statusModule: {
        statusVerifiedDate: '2025-01',
        overallStatus: 'RECRUITING',
        startDateStruct: { date: '2024-03-15', type: 'ACTUAL' },
        primaryCompletionDateStruct: { date: '2027-12', type: 'ESTIMATED' },
        completionDateStruct: { date: '2029-06', type: 'ESTIMATED' },
        studyFirstPostDateStruct: { date: '2024-02-01', type: 'ACTUAL' },
        lastUpdatePostDateStruct: { date: '2025-01-20', type: 'ACTUAL' },
      },
      sponsorCollaboratorsModule: {
        responsibleParty: { type: 'SPONSOR' },
        leadSponsor: { name: SPONSOR_AFFILIATION, class: 'OTHER' },
        collaborators: [{ name: 'Synthetic Pharma Ltd (generated test data)', class: 'INDUSTRY' }],
      },
      descriptionModule: {
        briefSummary: `This is not a real study. It is generated test data: ${plural(spec.sites, 'site')} in ${plural(places.size, 'country', 'countries')}, ${plural(spec.officials, 'official')} and ${plural(spec.arms, 'study group')}, made by a seeded generator to test the explorer with large records.`,
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
        enrollmentInfo: { count: spec.sites * 6, type: 'ESTIMATED' },
      },
      armsInterventionsModule: generateArms(spec.arms),
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
    hasResults: false,
  };
}

/** The file text of a record as `npm run synthetic` writes it: pretty JSON, one final newline. */
export function syntheticRecordText(study: SyntheticStudy): string {
  return `${JSON.stringify(study, null, 2)}\n`;
}
