import { format } from 'd3-format';
import { scaleLinear, scaleLog } from 'd3-scale';

/**
 * The scales the results charts draw with: linear for values, differences and percentages, log
 * for ratios (odds, hazard, risk ratios), from d3-scale. A domain always includes the reference
 * value it is given (0 for a difference, 1 for a ratio) so the line of no effect is drawn.
 */
export interface NumberScale {
  kind: 'linear' | 'log';
  /** The pixels the axis spans, left to right. */
  range: readonly [number, number];
  /** Value -> x in pixels. */
  at: (value: number) => number;
  ticks: readonly number[];
  /** A tick's label: short, without trailing zeros ("0.5", "1", "10", "1,200"). */
  tickLabel: (value: number) => string;
}

const plain = format(',~g');

function extent(values: readonly number[], include: number | undefined): [number, number] | null {
  const all = include === undefined ? values : [...values, include];
  const finite = all.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return null;
  return [Math.min(...finite), Math.max(...finite)];
}

/** A linear scale over the values (and `include`), rounded to nice ticks; null with no finite value. */
export function linearScale(
  values: readonly number[],
  range: readonly [number, number],
  include?: number,
): NumberScale | null {
  const domain = extent(values, include);
  if (domain === null) return null;
  const [low, high] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const scale = scaleLinear().domain([low, high]).range(range).nice(5);
  return {
    kind: 'linear',
    range,
    at: (value) => scale(value),
    ticks: scale.ticks(5),
    tickLabel: plain,
  };
}

/**
 * A log scale for ratios (every value above 0; `include` is usually 1), or null when a value is
 * not positive (a ratio cannot be drawn on a log axis then, and is left to the table).
 */
export function logScale(
  values: readonly number[],
  range: readonly [number, number],
  include?: number,
): NumberScale | null {
  if (values.some((value) => !(value > 0))) return null;
  const domain = extent(values, include);
  if (domain === null) return null;
  const [low, high] = domain[0] === domain[1] ? [domain[0] / 2, domain[1] * 2] : domain;
  const scale = scaleLog()
    .domain([low / 1.15, high * 1.15])
    .range(range);
  return {
    kind: 'log',
    range,
    at: (value) => scale(value),
    ticks: ratioTicks(low / 1.15, high * 1.15),
    tickLabel: plain,
  };
}

/** Ticks a reader knows on a ratio axis: 1, 2 and 5 times a power of ten (only the powers when many). */
function ratioTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(low)); power <= Math.ceil(Math.log10(high)); power++) {
    for (const step of [1, 2, 5]) {
      const tick = Number((step * 10 ** power).toPrecision(1));
      if (tick >= low && tick <= high) ticks.push(tick);
    }
  }
  return ticks.length > 7 ? ticks.filter((tick) => Number.isInteger(Math.log10(tick))) : ticks;
}
