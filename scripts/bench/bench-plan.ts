import { compareValues } from '../../src/components/data-table/compare-values';
import { resultsStatus } from '../../src/trial/results/results-status';
import type { Trial } from '../../src/trial/trial-schema';

/**
 * The trials the bench measures: the real ones (NCT02552212 with posted results), and the
 * synthetic ones `SYNTHETIC_TRIALS=large,huge,results` adds. `embeds`: also loaded as embeds
 * (view=map and view=all) in a cross-origin frame.
 */
export const BENCH_TRIALS = [
  { label: 'NCT01573923', nctId: 'NCT01573923', embeds: true },
  { label: 'NCT02552212', nctId: 'NCT02552212', embeds: false },
  { label: 'large', nctId: 'NCT99999001', embeds: true },
  { label: 'results', nctId: 'NCT99999003', embeds: false },
  { label: 'huge', nctId: 'NCT99999002', embeds: true },
] as const;

/**
 * The sort that makes a page interactive (load-probe.ts): a column the sort figures do not use
 * (they sort by Facility), so theirs still changes the sort.
 */
export const INTERACTIVE_SORT = { table: 'Sites', column: 'City' } as const;

/** The synthetic sizes the bench build adds (scripts/synthetic/synthetic-sizes.ts). */
export const BENCH_SYNTHETIC_TRIALS = 'large,huge,results';

export type TableName = 'Study groups' | 'Investigators' | 'Sites';

export interface SortCase {
  table: TableName;
  /** Figure name part: sort.<trial>.<key>.<columnId>. */
  key: 'groups' | 'investigators' | 'sites';
  columnId: string;
  /** The column header's text. */
  column: string;
  /** The first row's text in that column once sorted ascending. */
  expected: string;
  /**
   * The cell need only start with `expected`: a facility cell goes on with whom to call there
   * (SiteContacts under the name).
   */
  prefix?: boolean;
}

export interface BenchPlan {
  /** The tables the trial has rows for. */
  tables: TableName[];
  /** Whether any site has a point, so markers must be painted. */
  markers: boolean;
  sorts: SortCase[];
  /** Facilities naming exactly one site that is on the map: selectable and findable on the map. */
  selectable: string[];
  /** A query for the sites filter: one such facility, from the middle of the list. */
  filterQuery: string | null;
  /** A city to type into the place box: a placed site's, from the middle of the list. */
  placeQuery: string | null;
  /** Whether the Results section shows the trial's results: the bench then opens it. */
  results: boolean;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The smallest present value as the explorer sorts (numbers numerically, collator text; missing last). */
export function firstAscending(values: readonly (string | null)[]): string | null {
  const present = values.filter((value): value is string => value !== null);
  if (present.length === 0) return null;
  return normalize(present.reduce((min, value) => (compareValues(value, min) < 0 ? value : min)));
}

function sortCase(
  table: TableName,
  key: SortCase['key'],
  columnId: string,
  column: string,
  values: readonly (string | null)[],
  prefix = false,
): SortCase[] {
  const expected = firstAscending(values);
  return expected === null ? [] : [{ table, key, columnId, column, expected, prefix }];
}

export function planFor(trial: Trial): BenchPlan {
  const tables: TableName[] = [];
  if (trial.arms.length > 0) tables.push('Study groups');
  if (trial.officials.length > 0) tables.push('Investigators');
  if (trial.sites.length > 0) tables.push('Sites');
  const facilityCount = new Map<string, number>();
  for (const site of trial.sites) {
    if (site.facility !== null)
      facilityCount.set(site.facility, (facilityCount.get(site.facility) ?? 0) + 1);
  }
  const selectable = trial.sites.flatMap((site) =>
    site.location !== null && site.facility !== null && facilityCount.get(site.facility) === 1
      ? [normalize(site.facility)]
      : [],
  );
  const placedCities = trial.sites.flatMap((site) =>
    site.location !== null && site.city !== null ? [site.city] : [],
  );
  return {
    tables,
    markers: trial.sites.some((site) => site.location !== null),
    sorts: [
      ...sortCase(
        'Study groups',
        'groups',
        'group',
        'Group',
        trial.arms.map((a) => a.label),
      ),
      ...sortCase(
        'Investigators',
        'investigators',
        'name',
        'Name',
        trial.officials.map((o) => o.person.name),
      ),
      ...sortCase(
        'Sites',
        'sites',
        'facility',
        'Facility',
        trial.sites.map((s) => s.facility),
        true,
      ),
    ],
    selectable,
    filterQuery: selectable[Math.floor(selectable.length / 2)] ?? null,
    placeQuery: placedCities[Math.floor(placedCities.length / 2)] ?? null,
    results: resultsStatus(trial).kind === 'shown',
  };
}
