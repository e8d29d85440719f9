import type { Random } from './prng';

/**
 * Number helpers for synthetic results: draws from the seeded stream, and numbers written as the
 * API writes them (text with a fixed number of decimals). Deterministic: toFixed and the PRNG only.
 */

/** A standard normal draw (Box–Muller over two uniform draws of the stream). */
export function normal(random: Random): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + random.int(max - min + 1);
}

/** "12.30": a number as published text with `digits` decimals; never "-0.0". */
export function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** `total` split into whole parts with the given weights (each part rounded, the rest to the last). */
export function splitCount(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((all, weight) => all + weight, 0);
  const parts = weights.map((weight) => Math.floor((total * weight) / sum));
  const rest = total - parts.reduce((all, part) => all + part, 0);
  parts[parts.length - 1] = (parts.at(-1) ?? 0) + rest;
  return parts;
}

/** "OG003": a results group id of a module's letter pair. */
export function groupId(prefix: 'FG' | 'BG' | 'OG' | 'EG', index: number): string {
  return `${prefix}${String(index).padStart(3, '0')}`;
}
