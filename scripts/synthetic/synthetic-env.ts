import type { InMemoryStudy } from '../load-studies';
import { syntheticStudy } from './load-synthetic';
import { parseSyntheticSizeList, type SyntheticSizeName } from './synthetic-sizes';

/** The environment variable that adds synthetic trials to `npm run data`: "large" or "large,huge". */
export const SYNTHETIC_TRIALS_VARIABLE = 'SYNTHETIC_TRIALS';

/** `synthetic:large`: how a generated record is named in build messages. */
export function syntheticSource(size: SyntheticSizeName): string {
  return `synthetic:${size}`;
}

/**
 * The synthetic records SYNTHETIC_TRIALS asks for (none when unset or empty), generated with
 * their default seeds, or one error line naming the valid sizes.
 */
export function syntheticStudiesFromEnv(
  value: string | undefined,
): { ok: true; studies: InMemoryStudy[] } | { ok: false; error: string } {
  const parsed = parseSyntheticSizeList(value);
  if (!parsed.ok) return { ok: false, error: `${SYNTHETIC_TRIALS_VARIABLE}: ${parsed.error}` };
  return {
    ok: true,
    studies: parsed.sizes.map((size) => ({
      source: syntheticSource(size),
      value: syntheticStudy(size),
    })),
  };
}
