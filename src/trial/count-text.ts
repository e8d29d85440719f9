/**
 * Counts as a reader sees them, the same in every view, script and locale: digits grouped in
 * threes with commas ("2,000"), and the noun in the singular for exactly one.
 */

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "2,000": a whole count with its thousands grouped, whatever the reader's locale. */
export function formatCount(count: number): string {
  return GROUPED.format(count);
}

/** The noun for a count: `one` for exactly 1, else `many` (default: `one` + "s"). */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/** "1 site", "2,000 sites", "3 studies" (`plural(3, 'study', 'studies')`). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${pluralWord(count, one, many)}`;
}
