/**
 * The one pattern for a ClinicalTrials.gov partial date: "2014", "2014-07" or "2014-07-31"
 * (a month 01–12, a day 01–31). Whether the day exists in its month is the schema's check.
 */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A partial date's numbers; month and day are null where the date stops. */
export interface PartialDateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** The numbers of a partial date, or null when the text does not have the form. */
export function partialDateParts(text: string): PartialDateParts | null {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    month: month === undefined ? null : Number(month),
    day: day === undefined ? null : Number(day),
  };
}
