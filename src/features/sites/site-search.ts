import { foldText } from '@/trial/text-fold';
import type { Site } from '@/trial/trial-schema';
import type { OverallStatus } from '@/trial/vocabulary';

/** One site's searchable fields (facility, city, state, country), folded; a line each, so a match never spans two. */
export function siteSearchKey(site: Site): string {
  return foldText(
    [site.facility, site.city, site.state, site.country].filter((v) => v !== null).join('\n'),
  );
}

const keyCache = new WeakMap<readonly Site[], readonly string[]>();

/**
 * The search keys of a trial's sites, computed once per sites array (not per keystroke or render),
 * and shared by every caller: the table and the map filter the same array.
 */
export function siteSearchKeys(sites: readonly Site[]): readonly string[] {
  const cached = keyCache.get(sites);
  if (cached) return cached;
  const keys = sites.map(siteSearchKey);
  keyCache.set(sites, keys);
  return keys;
}

export interface SiteFilter {
  /** null: every status. */
  status: OverallStatus | null;
  /** Raw text as typed; blank: no text filter. */
  text: string;
}

/**
 * The sites passing both filters, in record order, in one linear pass: the status must match and
 * the folded, trimmed text must occur in one of the site's fields (case- and accent-insensitive).
 */
export function filterSites(sites: readonly Site[], filter: SiteFilter): Site[] {
  const query = foldText(filter.text.trim());
  if (filter.status === null && query === '') return [...sites];
  const keys = siteSearchKeys(sites);
  return sites.filter(
    (site, index) =>
      (filter.status === null || site.status === filter.status) &&
      (query === '' || (keys[index]?.includes(query) ?? false)),
  );
}
