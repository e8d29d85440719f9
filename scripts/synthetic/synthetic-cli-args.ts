import {
  parseSyntheticSizeList,
  SYNTHETIC_SIZE_NAMES,
  type SyntheticSizeName,
} from './synthetic-sizes';

export const SYNTHETIC_USAGE = `usage: npm run synthetic -- <size> [<size> ...] [--out <folder>] [--seed <integer>]  (sizes: ${SYNTHETIC_SIZE_NAMES.join(', ')})`;

export const DEFAULT_SYNTHETIC_OUT = 'data/synthetic';

export interface SyntheticCliOptions {
  sizes: SyntheticSizeName[];
  outDir: string;
  /** null: each size's default seed. */
  seed: number | null;
}

/** `large huge --out data/synthetic --seed 7` -> options, or one error line (with the usage). */
export function parseSyntheticArgs(
  args: readonly string[],
): { ok: true; options: SyntheticCliOptions } | { ok: false; error: string } {
  const names: string[] = [];
  let outDir = DEFAULT_SYNTHETIC_OUT;
  let seed: number | null = null;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--out' || arg === '--seed') {
      const value = args[index + 1];
      if (value === undefined || value.startsWith('--'))
        return { ok: false, error: `${arg} needs a value\n${SYNTHETIC_USAGE}` };
      index += 1;
      if (arg === '--out') outDir = value;
      else if (/^\d+$/.test(value) && Number(value) <= 0xffffffff) seed = Number(value);
      else
        return {
          ok: false,
          error: `--seed: expected a whole number from 0 to 4294967295, got "${value}"`,
        };
    } else if (arg.startsWith('--')) {
      return { ok: false, error: `unknown option ${arg}\n${SYNTHETIC_USAGE}` };
    } else {
      names.push(arg);
    }
  }
  if (names.length === 0) return { ok: false, error: `no size given\n${SYNTHETIC_USAGE}` };
  const parsed = parseSyntheticSizeList(names.join(','));
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return { ok: true, options: { sizes: parsed.sizes, outDir, seed } };
}
