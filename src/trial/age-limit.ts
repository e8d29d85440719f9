/**
 * A ClinicalTrials.gov age limit ("30 Years", "6 Months", "28 Days") read as an amount and a unit,
 * and in years: what a reader's age in whole years is compared with. Pure, browser-safe.
 */
export type AgeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

export interface AgeLimit {
  amount: number;
  unit: AgeUnit;
}

/** One unit in years (a year of 365.25 days). */
export const YEARS_PER_UNIT: Record<AgeUnit, number> = {
  year: 1,
  month: 1 / 12,
  week: 7 / 365.25,
  day: 1 / 365.25,
  hour: 1 / (365.25 * 24),
  minute: 1 / (365.25 * 24 * 60),
};

const AGE_UNITS: readonly AgeUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute'];
const AGE_LIMIT = /^(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?$/i;

/** "30 Years" -> { amount: 30, unit: 'year' }; null for anything else. */
export function readAgeLimit(text: string): AgeLimit | null {
  const match = AGE_LIMIT.exec(text.trim());
  const unit = AGE_UNITS.find((name) => name === match?.[2]?.toLowerCase());
  const amount = Number(match?.[1]);
  return unit === undefined || !Number.isFinite(amount) ? null : { amount, unit };
}

/** The limit in years: 6 months is 0.5. */
export const limitInYears = (limit: AgeLimit): number => limit.amount * YEARS_PER_UNIT[limit.unit];

/** "30 years", "1 month", "6 months": the limit in plain words. */
export function ageLimitText(limit: AgeLimit): string {
  return `${String(limit.amount)} ${limit.unit}${limit.amount === 1 ? '' : 's'}`;
}
