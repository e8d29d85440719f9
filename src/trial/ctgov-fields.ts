import { z } from 'zod';
import { formatCount } from './count-text';

/**
 * Field types shared by the ClinicalTrials.gov API v2 schemas. Text has a length bound well above
 * ClinicalTrials.gov's own entry limits (titles 300-600 characters, descriptions 32,000), so a
 * hostile megabyte string is reported as invalid instead of being laid out on the page.
 */
export const SHORT_TEXT_MAX = 2_000;
export const LONG_TEXT_MAX = 100_000;

export const shortText = z.string().max(SHORT_TEXT_MAX, {
  error: `expected at most ${formatCount(SHORT_TEXT_MAX)} characters`,
});
export const longText = z.string().max(LONG_TEXT_MAX, {
  error: `expected at most ${formatCount(LONG_TEXT_MAX)} characters`,
});

/**
 * A list in a record. An item found invalid is dropped by the salvaging parse as a hole
 * (`undefined`, which JSON cannot contain), so the other items keep their record positions.
 */
export function recordList<T extends z.ZodType>(item: T) {
  return z.array(item.optional());
}

/** The items of a record list, holes left out. */
export function present<T>(items: readonly (T | undefined)[] | undefined): T[] {
  return (items ?? []).filter((item): item is T => item !== undefined);
}

export const shortTexts = recordList(shortText).optional();

/** The items of a record list with their record positions (what ids are made from), holes left out. */
export function indexed<T>(
  items: readonly (T | undefined)[] | undefined,
): { item: T; index: number }[] {
  return (items ?? []).flatMap((item, index) => (item === undefined ? [] : [{ item, index }]));
}
