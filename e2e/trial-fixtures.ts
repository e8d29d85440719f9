import type { Page } from '@playwright/test';
import { trialSchema, type Trial } from '../src/trial/trial-schema';
import type { OverallStatus } from '../src/trial/vocabulary';

/**
 * Serves a changed copy of the built NCT01573923 trial to the page, to exercise cases the real
 * record does not have (mixed site statuses, sites sharing a point). The copy is parsed by the
 * app's own schema on the way in and out, so it stays a valid prebuilt file.
 */
export async function serveModifiedTrial(page: Page, change: (trial: Trial) => Trial): Promise<void> {
  await page.route('**/data/trials/NCT01573923.json', async (route) => {
    const response = await route.fetch();
    const body: unknown = await response.json();
    const trial = trialSchema.parse(body);
    await route.fulfill({ response, json: trialSchema.parse(change(trial)) });
  });
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
    sites: trial.sites.map((site) => (statuses.has(site.id) ? { ...site, status: statuses.get(site.id) ?? null } : site)),
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
