import { median } from './stats';

export type Unit = 'ms' | 'MB' | 'x' | 'count';

/** One measured figure: the median of its samples, or null with the reason it could not be taken. */
export interface Figure {
  name: string;
  value: number | null;
  unit: Unit;
  /** Every run's value, in run order (kept in the results file). */
  samples: number[];
  reason?: string;
}

export function figureOf(name: string, unit: Unit, samples: readonly number[]): Figure {
  return { name, value: median(samples), unit, samples: [...samples] };
}

export function missingFigure(name: string, unit: Unit, reason: string): Figure {
  return { name, value: null, unit, samples: [], reason };
}

/** explorer / static, from two figures; n/a when either is, with the first missing one's reason. */
export function ratioFigure(name: string, explorer: Figure, plain: Figure): Figure {
  if (explorer.value === null || plain.value === null || plain.value === 0) {
    const missing = [explorer, plain].find((figure) => figure.value === null);
    const why = missing?.reason === undefined ? '' : `; ${missing.name}: ${missing.reason}`;
    return missingFigure(name, 'x', `needs both ${explorer.name} and ${plain.name}${why}`);
  }
  return { name, value: explorer.value / plain.value, unit: 'x', samples: [] };
}

const DECIMALS: Record<Unit, number> = { ms: 0, MB: 1, x: 2, count: 0 };

export function formatValue(value: number, unit: Unit): string {
  const decimals = unit === 'count' && !Number.isInteger(value) ? 1 : DECIMALS[unit];
  return value.toFixed(decimals);
}

/** `painted.large.explorer 812 ms`, or `filter.large.sites n/a (no "Filter sites" input in this build)`. */
export function formatFigure(figure: Figure): string {
  if (figure.value === null) return `${figure.name} n/a (${figure.reason ?? 'not measured'})`;
  return `${figure.name} ${formatValue(figure.value, figure.unit)} ${figure.unit}`;
}
