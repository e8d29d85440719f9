import type { Random } from './prng';
import { fixed, normal, splitCount } from './synthetic-numbers';

/**
 * The values of one measure across its groups, as published text: for baseline measures (with
 * their Total group computed from the others, as a real record's Total is) and outcome measures.
 */
export interface Cell {
  value: string;
  spread?: string;
  lowerLimit?: string;
  upperLimit?: string;
  comment?: string;
}

/** How a continuous measure's spread is given. */
export type Spread = 'SD' | 'SE' | 'CI95' | 'IQR' | 'RANGE' | 'GEO_CV' | 'NONE';

export interface Continuous {
  mean: number;
  sd: number;
  digits: number;
  /** Values cannot go below this (a range or interval is cut there). */
  floor?: number;
}

/** One group's value with its spread, from its own mean and SD and the number analyzed. */
export function continuousCell(
  mean: number,
  sd: number,
  n: number,
  spread: Spread,
  { digits, floor = -Infinity }: Continuous,
): Cell {
  const at = (value: number) => fixed(Math.max(floor, value), digits);
  const half = (sd * 1.96) / Math.sqrt(Math.max(n, 1));
  switch (spread) {
    case 'SD':
      return { value: at(mean), spread: fixed(sd, digits) };
    case 'SE':
      return { value: at(mean), spread: fixed(sd / Math.sqrt(Math.max(n, 1)), digits + 1) };
    case 'CI95':
      return { value: at(mean), lowerLimit: at(mean - half), upperLimit: at(mean + half) };
    case 'IQR':
      return {
        value: at(mean),
        lowerLimit: at(mean - 0.67 * sd),
        upperLimit: at(mean + 0.67 * sd),
      };
    case 'RANGE':
      return { value: at(mean), lowerLimit: at(mean - 2.4 * sd), upperLimit: at(mean + 2.6 * sd) };
    case 'GEO_CV':
      return { value: at(mean), spread: fixed((100 * sd) / mean, 1) };
    case 'NONE':
      return { value: at(mean) };
  }
}

/** Each group's value of a continuous measure, and the Total's (pooled) when `withTotal`. */
export function continuousCells(
  sizes: readonly number[],
  spec: Continuous,
  spread: Spread,
  random: Random,
  withTotal: boolean,
): Cell[] {
  const means = sizes.map(() => spec.mean + normal(random) * spec.sd * 0.08);
  const sds = sizes.map(() => spec.sd * (0.85 + 0.3 * random.next()));
  const cells = sizes.map((n, index) =>
    continuousCell(means[index] ?? spec.mean, sds[index] ?? spec.sd, n, spread, spec),
  );
  if (!withTotal) return cells;
  const total = sizes.reduce((sum, n) => sum + n, 0);
  const pooled = sizes.reduce((sum, n, index) => sum + n * (means[index] ?? 0), 0) / total;
  return [...cells, continuousCell(pooled, spec.sd, total, spread, spec)];
}

/** Counts per category for each group (jittered shares), and the Total's sums when `withTotal`. */
export function categoryCounts(
  sizes: readonly number[],
  shares: readonly number[],
  random: Random,
  withTotal: boolean,
): number[][] {
  const perGroup = sizes.map((n) =>
    splitCount(
      n,
      shares.map((share) => share * (0.8 + 0.4 * random.next())),
    ),
  );
  const byCategory = shares.map((_, category) => perGroup.map((counts) => counts[category] ?? 0));
  if (!withTotal) return byCategory;
  return byCategory.map((counts) => [...counts, counts.reduce((sum, count) => sum + count, 0)]);
}
