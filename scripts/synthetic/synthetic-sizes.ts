import { formatCount } from '../../src/trial/count-text';

/** The named sizes of synthetic trial (SYNTHETIC_TRIALS=large,huge; npm run synthetic -- large). */

export interface SyntheticSpec {
  /** The size's name ("large"). */
  name: string;
  nctId: string;
  sites: number;
  officials: number;
  arms: number;
  /** The default seed: the same seed always gives the same record. */
  seed: number;
}

export const SYNTHETIC_SIZES = {
  large: { name: 'large', nctId: 'NCT99999001', sites: 2000, officials: 300, arms: 12, seed: 1001 },
  huge: { name: 'huge', nctId: 'NCT99999002', sites: 10000, officials: 300, arms: 12, seed: 1002 },
} as const satisfies Record<string, SyntheticSpec>;

export type SyntheticSizeName = keyof typeof SYNTHETIC_SIZES;

export const SYNTHETIC_SIZE_NAMES: readonly SyntheticSizeName[] = ['large', 'huge'];

export function isSyntheticSizeName(name: string): name is SyntheticSizeName {
  return SYNTHETIC_SIZE_NAMES.some((known) => known === name);
}

/** "Synthetic trial (large: 2,000 sites) — generated test data, not a real study". */
export function syntheticTitle(spec: SyntheticSpec): string {
  const sites = formatCount(spec.sites);
  return `Synthetic trial (${spec.name}: ${sites} sites) — generated test data, not a real study`;
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
