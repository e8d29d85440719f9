import type { Contact, Official, Site, Trial } from '@/trial/trial-schema';
import { parsePersonName } from '@/trial/person-name';
import { TRIAL_SCHEMA_VERSION } from '@/trial/trial-schema';

/**
 * Test data for NCT01573923, as published (shared/seeds/000_ef3309a9267e01cd.txt) and exactly
 * as the pipeline normalizes data/studies/NCT01573923.json (make-trial.test.ts checks that):
 * values the record does not give are null or empty, never made up. Build variations with
 * overrides: `makeTrial({ hasResults: true })`, `makeSite({ status: null })`.
 */

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return { person: null, role: 'CONTACT', phone: null, phoneExt: null, email: null, ...overrides };
}

export function makeSite(overrides: Partial<Site> = {}): Site {
  return {
    id: 'site-1',
    facility: "The 302 Hospital of Chinese People's Liberation Army",
    city: 'Beijing',
    state: 'Beijing Municipality',
    zip: null,
    country: 'China',
    status: 'RECRUITING',
    contacts: [],
    location: { lat: 39.9075, lon: 116.39723, source: 'gazetteer' },
    notOnMapReason: null,
    ...overrides,
  };
}

export function makeOfficial(overrides: Partial<Official> = {}): Official {
  return {
    id: 'official-1',
    person: parsePersonName('Xuetao Pei, MD,PhD'),
    role: 'STUDY_CHAIR',
    affiliation:
      'Chinese Industry and Innovative Technology Strategic Alliance of Stem Cells and Regenerative Medicine',
    siteLinks: [],
    ...overrides,
  };
}

const contact = (name: string, phone: string | null = null): Contact[] => [
  makeContact({ person: parsePersonName(name), phone }),
];

/**
 * NCT01573923's six sites, in record order, placed by the gazetteer (city centres; the record
 * has no geoPoint). The Beijing site has no contact; Xi’an keeps the record's "Shanxi".
 */
export const SEED_SITES: readonly Site[] = [
  makeSite(),
  makeSite({
    id: 'site-2',
    facility: 'the First Affiliated Hospital of Lanzhou University',
    city: 'Lanzhou',
    state: 'Gansu',
    contacts: contact('Xun Li, MD, PhD'),
    location: { lat: 36.05701, lon: 103.83987, source: 'gazetteer' },
  }),
  makeSite({
    id: 'site-3',
    facility: 'Hainan BOAO Life infinity international anti-aging medical center',
    city: 'Qionghai',
    state: 'Hainan',
    contacts: contact('Jiang Shu'),
    location: { lat: 19.2425, lon: 110.46417, source: 'gazetteer' },
  }),
  makeSite({
    id: 'site-4',
    facility: "The first people's hospital of Lianyungang",
    city: 'Lianyungang',
    state: 'Jiangsu',
    contacts: contact('Hui Shi, MD'),
    location: { lat: 34.59845, lon: 119.21556, source: 'gazetteer' },
  }),
  makeSite({
    id: 'site-5',
    facility: 'Tongji Hospital of Tongji University',
    city: 'Shanghai',
    state: 'Shanghai Municipality',
    contacts: contact('Liming Chen, MD, PhD'),
    location: { lat: 31.22222, lon: 121.45806, source: 'gazetteer' },
  }),
  makeSite({
    id: 'site-6',
    facility: "The 323 Hospital of Chinese People's Liberation Army",
    city: 'Xi’an',
    state: 'Shanxi',
    contacts: contact('Liming Wang, MD', '86-29-84756502'),
    location: { lat: 34.25833, lon: 108.92861, source: 'gazetteer' },
  }),
];

const PI = 'PRINCIPAL_INVESTIGATOR';
const byAffiliation = (siteId: string): Official['siteLinks'] => [{ siteId, via: 'affiliation' }];

/**
 * NCT01573923's nine officials, in record order, with the site links the normalizer makes
 * (by affiliation, or by a facility contact's name when the affiliation is a typo).
 */
export const SEED_OFFICIALS: readonly Official[] = (
  [
    [
      'Xuetao Pei, MD,PhD',
      'STUDY_CHAIR',
      'Chinese Industry and Innovative Technology Strategic Alliance of Stem Cells and Regenerative Medicine',
      [],
    ],
    ['Yongjun Liu, MD,PhD', 'STUDY_DIRECTOR', 'Alliancells Bioscience Corporation Limited', []],
    [
      'Mingyuan Wu, MD,PhD',
      'STUDY_DIRECTOR',
      'Eastern Union Stem Cell & Gene Engineering Co.,Ltd, Alliancells Bioscience Corporation Limited',
      [],
    ],
    [
      'Hanwei Li, MD,PhD',
      PI,
      "The 302 Hospital of Chinese People's Liberation Army",
      byAffiliation('site-1'),
    ],
    [
      'Liming Wang, MD',
      PI,
      "The 323 Hospital of Chinese People's Liberation Army",
      byAffiliation('site-6'),
    ],
    ['Xun Li, MD,PhD', PI, 'LanZhou University', byAffiliation('site-2')],
    [
      'Liming Chen, MD,PhD',
      PI,
      'ongji Hospital of Tongji University',
      [{ siteId: 'site-5', via: 'contact' }],
    ],
    ['Jianwei Lu, MD', PI, 'Tongji Hospital', byAffiliation('site-5')],
    ['Hui Shi, MD', PI, "The First People's Hospital of Lianyungang", byAffiliation('site-4')],
  ] satisfies [string, Official['role'], string, Official['siteLinks']][]
).map(([name, role, affiliation, siteLinks], index) =>
  makeOfficial({
    id: `official-${String(index + 1)}`,
    person: parsePersonName(name),
    role,
    affiliation,
    siteLinks,
  }),
);

const INCLUSION = [
  'written informed consent',
  'aged 30-60 years',
  'clinical diagnosis of compensated or decompensated liver',
  'child-Pugh B/C (7-12 points)',
  'expecting lifetime is over three years',
];
const EXCLUSION = [
  'pregnant woman',
  'patient with severe vascular diseases',
  'patient with any organ failure',
  'patient with any tumors',
  'patient with HIV',
  'patient who has been transplanted',
  'patient treated with immunosuppressors',
  'patient for whom the follow-up is considered impossible',
  'patients with any disease or condition which the investigator or treating physician feels would interfere with the trial or the safety of the subject',
];
const bullets = (lines: readonly string[]) => lines.map((line) => `* ${line}`).join('\n');
const MSC_DOSING = '(4x107/40ml, once per three months, four times in one year)';

/** A valid Trial (it passes `trialSchema.parse`) with NCT01573923's published values. */
export function makeTrial(overrides: Partial<Trial> = {}): Trial {
  return {
    schemaVersion: TRIAL_SCHEMA_VERSION,
    nctId: 'NCT01573923',
    briefTitle: 'Safety and Efficacy Study of Umbilical Mesenchymal Stem Cells for Liver Cirrhosis',
    officialTitle: null,
    acronym: null,
    identifiers: [{ id: 'Alliancells-2012-1', kind: 'ORG_STUDY_ID', domain: null, link: null }],
    status: {
      overall: 'UNKNOWN',
      lastKnown: null,
      whyStopped: null,
      verified: null,
      start: { date: '2014-07-31', type: null },
      primaryCompletion: null,
      completion: { date: '2015-10-31', type: null },
      firstPosted: null,
      lastUpdatePosted: { date: '2015-04-14', type: null },
    },
    hasResults: false,
    studyType: 'INTERVENTIONAL',
    phases: ['PHASE1', 'PHASE2'],
    enrollment: { count: 320, type: null },
    design: {
      allocation: 'NON_RANDOMIZED',
      interventionModel: 'PARALLEL',
      interventionModelDescription: null,
      primaryPurpose: 'TREATMENT',
      masking: 'NONE',
      whoMasked: [],
      observationalModel: null,
      timePerspective: null,
    },
    conditions: ['Liver Cirrhosis'],
    keywords: [],
    briefSummary:
      'Liver cirrhosis and subsequent liver failure are leading causes of morbidity and mortality worldwide. Alcohol abuse and viral hepatitis are the most common causes of cirrhosis. Novel therapies are necessary to prevent or block the process of the disease. In this current prospective cohort, the investigators plan to organize four hospitals to determine the safety and efficacy of intravenous administration of umbilical mesenchymal stem cells in the treatment of patients with liver cirrhosis in next three years.',
    detailedDescription: null,
    arms: [
      {
        id: 'arm-1',
        label: 'Conventional therapy',
        type: 'SHAM_COMPARATOR',
        description: 'only apply for conventional medical therapy without any cell therapy',
        interventionIds: ['intervention-2'],
      },
      {
        id: 'arm-2',
        label: 'mesenchymal stem cells',
        type: 'ACTIVE_COMPARATOR',
        description: `combination of conventional therapy with umbilical mesenchymal stem cells intravenous injection, ${MSC_DOSING}`,
        interventionIds: ['intervention-1'],
      },
    ],
    interventions: [
      {
        id: 'intervention-1',
        name: 'mesenchymal stem cells',
        type: 'BIOLOGICAL',
        description: `Conventional therapy plus UC-MSC intravenous administration ${MSC_DOSING}`,
        otherNames: [],
        armIds: ['arm-2'],
      },
      {
        id: 'intervention-2',
        name: 'Conventional therapy',
        type: 'BIOLOGICAL',
        description: 'Conventional therapy without cell therapy',
        otherNames: [],
        armIds: ['arm-1'],
      },
    ],
    eligibility: {
      inclusion: INCLUSION.map((text) => ({ text, level: 0 })),
      exclusion: EXCLUSION.map((text) => ({ text, level: 0 })),
      other: [],
      criteriaText: `Inclusion Criteria:\n\n${bullets(INCLUSION)}\n\nExclusion Criteria:\n\n${bullets(EXCLUSION)}`,
      minimumAge: '30 Years',
      maximumAge: '60 Years',
      sex: 'ALL',
      genderBased: null,
      healthyVolunteers: false,
      standardAges: [],
      studyPopulation: null,
    },
    sponsor: {
      lead: { name: 'Alliancells Bioscience Corporation Limited', class: 'INDUSTRY' },
      collaborators: [],
      responsibleParty: {
        type: 'SPONSOR',
        investigator: null,
        investigatorTitle: null,
        investigatorAffiliation: null,
      },
    },
    officials: [...SEED_OFFICIALS],
    sites: [...SEED_SITES],
    countries: ['China'],
    centralContacts: [
      makeContact({ person: parsePersonName('Xuetao Pei, MD,PhD'), phone: '86-10-68214650' }),
      makeContact({ person: parsePersonName('Haijie Ji, MD'), phone: '86-10-63188853' }),
    ],
    references: [],
    links: [],
    relatedTrials: [
      {
        nctId: 'NCT03626090',
        label:
          'Mesenchymal Stem Cell Therapy for Liver Cirrhosis (NCT03626090: status unknown, Phase 1/Phase 2)',
        url: 'https://clinicaltrials.gov/study/NCT03626090',
      },
    ],
    warnings: [
      'site-6 (The 323 Hospital of Chinese People\'s Liberation Army, Xi’an): state "Shanxi" does not match the gazetteer, which has Xi’an only in Shaanxi; placed there',
    ],
    recordProblems: [],
    missingModules: [],
    ...overrides,
  };
}
