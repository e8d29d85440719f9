import type { Official, Site, Trial } from '@/trial/trial-schema';

export interface InvestigatorRow {
  official: Official;
  sites: { site: Site; via: 'affiliation' | 'contact' }[];
}

/** Each overall official with the sites they are linked to, resolved once from the site ids. */
export function investigatorRows(trial: Pick<Trial, 'officials' | 'sites'>): InvestigatorRow[] {
  const sitesById = new Map(trial.sites.map((site) => [site.id, site]));
  return trial.officials.map((official) => ({
    official,
    sites: official.siteLinks.flatMap(({ siteId, via }) => {
      const site = sitesById.get(siteId);
      return site ? [{ site, via }] : [];
    }),
  }));
}
