import { plural } from '../../src/trial/count-text';

/** The named sizes of synthetic trial (SYNTHETIC_TRIALS=large,huge; npm run synthetic -- large). */

/** How many results a size posts (resultsSection and documentSection); see synthetic-results.ts. */
export interface SyntheticResultsSpec {
  /** Outcome measures, of every type; a few of them NOT_POSTED. */
  outcomes: number;
  /** Statistical analyses over all outcome measures. */
  analyses: number;
  /** Baseline measures. */
  baselineMeasures: number;
  /** Serious adverse-event terms. */
  seriousTerms: number;
  /** Other (not serious) adverse-event terms. */
  otherTerms: number;
}

export interface SyntheticSpec {
  /** The size's name ("large"). */
  name: string;
  nctId: string;
  sites: number;
  officials: number;
  arms: number;
  /** The default seed: the same seed always gives the same record. */
  seed: number;
  /** Posted results, if the size has them (the others are recruiting, without results). */
  results?: SyntheticResultsSpec;
}

export const SYNTHETIC_SIZES = {
  large: { name: 'large', nctId: 'NCT99999001', sites: 2000, officials: 300, arms: 12, seed: 1001 },
  huge: { name: 'huge', nctId: 'NCT99999002', sites: 10000, officials: 300, arms: 12, seed: 1002 },
  /** A completed trial with results at scale; few sites, so the sites benchmarks stay the others'. */
  results: {
    name: 'results',
    nctId: 'NCT99999003',
    sites: 60,
    officials: 20,
    arms: 12,
    seed: 1003,
    results: {
      outcomes: 100,
      analyses: 60,
      baselineMeasures: 20,
      seriousTerms: 400,
      otherTerms: 600,
    },
  },
} as const satisfies Record<string, SyntheticSpec>;

export type SyntheticSizeName = keyof typeof SYNTHETIC_SIZES;

export const SYNTHETIC_SIZE_NAMES: readonly SyntheticSizeName[] = ['large', 'huge', 'results'];

export function isSyntheticSizeName(name: string): name is SyntheticSizeName {
  return SYNTHETIC_SIZE_NAMES.some((known) => known === name);
}

/**
 * "Synthetic trial (large: 2,000 sites) — generated test data, not a real study"; a size with
 * results names them: "(results: 60 sites, 100 outcome measures, 1,000 adverse-event terms)".
 */
export function syntheticTitle(spec: SyntheticSpec): string {
  const { results } = spec;
  const posted = results
    ? `, ${plural(results.outcomes, 'outcome measure')}, ${plural(results.seriousTerms + results.otherTerms, 'adverse-event term')}`
    : '';
  return `Synthetic trial (${spec.name}: ${plural(spec.sites, 'site')}${posted}) — generated test data, not a real study`;
}

/**
 * Size names from a comma list ("large,huge", spaces and repeats allowed; empty means none),
 * or one error line naming the valid sizes.
 */
export function parseSyntheticSizeList(
  text: string | undefined,
): { ok: true; sizes: SyntheticSizeName[] } | { ok: false; error: string } {
  const names = (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const sizes: SyntheticSizeName[] = [];
  for (const name of names) {
    if (!isSyntheticSizeName(name)) return { ok: false, error: unknownSizeError(name) };
    if (!sizes.includes(name)) sizes.push(name);
  }
  return { ok: true, sizes };
}

export function unknownSizeError(name: string): string {
  return `unknown synthetic trial size "${name}"; valid sizes: ${SYNTHETIC_SIZE_NAMES.join(', ')}`;
}
