import type { Page } from '@playwright/test';
import { trialSchema, type Trial } from '../src/trial/trial-schema';
import type { OverallStatus } from '../src/trial/vocabulary';

/**
 * Serves a changed copy of the built NCT01573923 trial to the page, to exercise cases the real
 * record does not have (mixed site statuses, sites sharing a point). The copy is parsed by the
 * app's own schema on the way in and out, so it stays a valid prebuilt file.
 */
export async function serveModifiedTrial(
  page: Page,
  change: (trial: Trial) => Trial,
): Promise<void> {
  await renderInBrowser(page);
  await page.route('**/data/trials/NCT01573923.json', async (route) => {
    const response = await route.fetch();
    const body: unknown = await response.json();
    const trial = trialSchema.parse(body);
    await route.fulfill({ response, json: trialSchema.parse(change(trial)) });
  });
}

/**
 * Serves the app's pages as if they had not been prerendered (the markup's `data-prerendered`
 * mark removed): the app then renders them afresh and fetches the catalog and the trial, as it
 * does for an address of an earlier version, a trial reached in the page or one too big to carry.
 * For tests of those loads (their failures, retries, served changes), which a prerendered page
 * carrying its data would never make.
 */
export async function renderInBrowser(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/' || url.pathname.startsWith('/trials/'),
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/ data-prerendered="[^"]*"/, '');
      await route.fulfill({ response, body: html });
    },
  );
}

/** Sites 3, 5 and 6 given other statuses (6: none at all). */
export function withMixedStatuses(trial: Trial): Trial {
  const statuses = new Map<string, OverallStatus | null>([
    ['site-3', 'COMPLETED'],
    ['site-5', 'NOT_YET_RECRUITING'],
    ['site-6', null],
  ]);
  return {
    ...trial,
    sites: trial.sites.map((site) =>
      statuses.has(site.id) ? { ...site, status: statuses.get(site.id) ?? null } : site,
    ),
  };
}

/** Sites 2, 3 and 4 moved onto site 1's point (as city-centre coordinates often are). */
export function withSharedPoint(trial: Trial): Trial {
  const first = trial.sites[0]?.location ?? null;
  return {
    ...trial,
    sites: trial.sites.map((site) =>
      ['site-2', 'site-3', 'site-4'].includes(site.id) ? { ...site, location: first } : site,
    ),
  };
}

type Official = Trial['officials'][number];
type Site = Trial['sites'][number];

function official(
  id: string,
  name: string,
  degrees: string[],
  role: Official['role'],
  affiliation: string | null,
  siteId: string | null,
): Official {
  const asPublished = degrees.length > 0 ? `${name}, ${degrees.join(',')}` : name;
  return {
    id,
    person: { name, degrees, asPublished },
    role,
    affiliation,
    siteLinks: siteId ? [{ siteId, via: 'affiliation' }] : [],
  };
}

/** A site that is on the map ("record" or "gazetteer" point), or not, with the reason why. */
type Placement =
  { lat: number; lon: number; source: 'record' | 'gazetteer' } | { notOnMap: string };

function site(
  base: Site,
  fields: Pick<Site, 'facility' | 'city' | 'state' | 'country' | 'status'>,
  placement: Placement,
): Site {
  return 'notOnMap' in placement
    ? { ...base, ...fields, location: null, notOnMapReason: placement.notOnMap }
    : { ...base, ...fields, location: placement, notOnMapReason: null };
}

/**
 * Study groups, investigators and sites whose every column has distinct values (one of them
 * missing) and whose record order is sorted by no column, chosen to exercise the tables' sort
 * rules: accents and case ignored ("émile" with the Es), numbers in numeric order ("Site 2"
 * before "Site 10"), roles by seniority, group types in ClinicalTrials.gov's order, statuses by
 * their words, on the map before not on it, and missing values last either way.
 */
export function withDistinctSortValues(trial: Trial): Trial {
  /** An arm, with the one intervention of the same id suffix or none. */
  const arm = (
    id: string,
    label: string,
    type: Trial['arms'][number]['type'],
    description: string | null,
    withIntervention: boolean,
  ) => ({
    id,
    label,
    type,
    description,
    interventionIds: withIntervention ? [`intervention-${id}`] : [],
  });
  const intervention = (
    armId: string,
    name: string,
    type: Trial['interventions'][number]['type'],
  ) => ({
    id: `intervention-${armId}`,
    name,
    type,
    description: null,
    otherNames: [],
    armIds: [armId],
  });
  const [s1, s2, s3, s4, s5, s6] = trial.sites;
  if (!s1 || !s2 || !s3 || !s4 || !s5 || !s6)
    throw new Error('expected the six sites of NCT01573923');
  return {
    ...trial,
    arms: [
      arm('arm-1', 'group 2', 'PLACEBO_COMPARATOR', 'Placebo tablet, twice daily', true),
      arm('arm-2', 'Group 10', 'NO_INTERVENTION', null, false),
      arm('arm-3', 'Alpha cohort', 'EXPERIMENTAL', 'Zinc 20 mg, twice daily', true),
      arm('arm-4', 'Control', null, 'best supportive care only', true),
      arm('arm-5', 'Étude pilote', 'ACTIVE_COMPARATOR', 'Zinc 5 mg, twice daily', true),
    ],
    interventions: [
      intervention('arm-1', 'Placebo', 'DRUG'),
      intervention('arm-3', 'Zinc sulfate', 'DIETARY_SUPPLEMENT'),
      intervention('arm-4', 'best supportive care', 'OTHER'),
      intervention('arm-5', 'Étoposide', 'DRUG'),
    ],
    officials: [
      official(
        'official-1',
        'Zoë Adams',
        ['PhD'],
        'PRINCIPAL_INVESTIGATOR',
        'Université Laval',
        'site-6',
      ),
      official('official-2', 'björn Nilsson', [], 'STUDY_CHAIR', 'Hospital 12 of Lyon', 'site-5'),
      official('official-3', 'Anna Åberg', ['MD', 'PhD'], null, 'hospital 3 of Lyon', 'site-1'),
      official('official-4', 'Carlos Díaz', ['MD'], 'SUB_INVESTIGATOR', null, null),
      official(
        'official-5',
        'Émile Martin',
        ['DrPH'],
        'STUDY_DIRECTOR',
        'Karolinska Institutet',
        'site-4',
      ),
    ],
    sites: [
      site(
        s1,
        {
          facility: 'Site 10 Hospital',
          city: 'Zaragoza',
          state: 'Aragón',
          country: 'Spain',
          status: 'RECRUITING',
        },
        { lat: 41.65606, lon: -0.87734, source: 'record' },
      ),
      site(
        s2,
        {
          facility: 'Site 2 Hospital',
          city: 'São Paulo',
          state: null,
          country: 'Brazil',
          status: null,
        },
        { notOnMap: 'city "São Paulo" not found in the gazetteer for Brazil' },
      ),
      site(
        s3,
        {
          facility: 'émile Roux Clinic',
          city: null,
          state: 'Île-de-France',
          country: 'France',
          status: 'COMPLETED',
        },
        { notOnMap: 'record gives no city' },
      ),
      site(
        s4,
        {
          facility: null,
          city: 'potsdam',
          state: 'Brandenburg',
          country: 'Germany',
          status: 'NOT_YET_RECRUITING',
        },
        { lat: 52.39886, lon: 13.06566, source: 'gazetteer' },
      ),
      site(
        s5,
        {
          facility: 'Albert Schweitzer Hospital',
          city: 'Ávila',
          state: 'Castile and León',
          country: null,
          status: 'ACTIVE_NOT_RECRUITING',
        },
        { notOnMap: 'record gives no country' },
      ),
      site(
        s6,
        {
          facility: 'Zoé Tremblay Centre',
          city: 'Montréal',
          state: 'québec',
          country: 'Canada',
          status: 'WITHDRAWN',
        },
        { notOnMap: 'country "Canada" is not known to the gazetteer' },
      ),
    ],
  };
}
