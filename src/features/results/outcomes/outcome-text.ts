import type { OutcomeDispersion } from '@/trial/results/outcome-dispersion';
import type { Measurement, ResultGroup } from '@/trial/results/results-fields-schema';

/**
 * The words an outcome measure's table, chart and summary share. Every number is its published
 * text; nothing here computes one.
 */

/** A group's title, or plainly that it has none (ids are local to the outcome: "OG000"). */
export function groupLabel(group: ResultGroup): string {
  return group.title ?? `Untitled group (${group.id})`;
}

/**
 * A table cell as published: the value, the spread in parentheses, the limits in brackets:
 * "-0.38 (0.21)", "50.5 [48.0, 53.0]", "NA [NA, NA]". Null when the measurement has none of them.
 */
export function cellText(measurement: Measurement): string | null {
  const { value, spread, lowerLimit, upperLimit } = measurement;
  if (value === null && spread === null && lowerLimit === null && upperLimit === null) return null;
  let text = value ?? 'No value given';
  if (spread !== null) text += ` (${spread})`;
  if (lowerLimit !== null || upperLimit !== null)
    text += ` [${lowerLimit ?? 'not given'}, ${upperLimit ?? 'not given'}]`;
  return text;
}

/**
 * A value with its dispersion named, for chart labels and summaries: "-0.38 (SE 0.21)",
 * "50.5 (95% CI 48.0 to 53.0)", "11.4". Only what the record gives for this dispersion.
 */
export function labelledValue(
  measurement: Measurement,
  dispersion: OutcomeDispersion | null,
): string {
  const value = measurement.value ?? 'no value';
  const { spread, lowerLimit, upperLimit } = measurement;
  if (dispersion === null) return value;
  if (dispersion.drawnFrom === 'spread' || (dispersion.drawnFrom === null && spread !== null))
    return spread === null ? value : `${value} (${dispersion.short} ${spread})`;
  if (lowerLimit === null && upperLimit === null) return value;
  return `${value} (${dispersion.short} ${lowerLimit ?? 'not given'} to ${upperLimit ?? 'not given'})`;
}

/** A row of the table by its class and category titles ("Week 12, Responders"); null if untitled. */
export function rowTitle(classTitle: string | null, categoryTitle: string | null): string | null {
  const parts = [classTitle, categoryTitle].filter((part) => part !== null && part.trim() !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

/** "1 statistical analysis", "12 statistical analyses". */
export function analysesCount(count: number): string {
  return `${count} statistical ${count === 1 ? 'analysis' : 'analyses'}`;
}
