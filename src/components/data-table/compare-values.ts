/**
 * Comparison used by every table column: numbers numerically, text with a
 * locale-aware, case- and accent-insensitive collator ("the first" = "The First",
 * "site 10" after "site 9"). Missing values are handled by the table
 * (`sortUndefined: 'last'`), so they never reach here.
 */
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Sort key for a value from an ordered vocabulary: its rank, unknown values after known ones. */
export function rankIn<T>(order: readonly T[], value: T | null): number | undefined {
  if (value === null) return undefined;
  const rank = order.indexOf(value);
  return rank === -1 ? order.length : rank;
}
