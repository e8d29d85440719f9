import type { Site } from '@/trial/trial-schema';

export interface CountryGroup {
  /** null: the record gives these sites no country. */
  country: string | null;
  sites: Site[];
  /** How many of them list at least one contact. */
  withContacts: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The sites by country, in one pass: countries alphabetically, sites without a country last,
 * each group's sites in record order.
 */
export function groupSitesByCountry(sites: readonly Site[]): CountryGroup[] {
  const groups = new Map<string | null, CountryGroup>();
  for (const site of sites) {
    let group = groups.get(site.country);
    if (!group) {
      group = { country: site.country, sites: [], withContacts: 0 };
      groups.set(site.country, group);
    }
    group.sites.push(site);
    if (site.contacts.length > 0) group.withContacts += 1;
  }
  return [...groups.values()].sort((a, b) =>
    a.country === null ? 1 : b.country === null ? -1 : collator.compare(a.country, b.country),
  );
}
