/**
 * The age range as ClinicalTrials.gov words it, open ends said plainly:
 * "30 Years to 60 Years", "18 Years and older (no maximum age)", "Up to 17 Years (no minimum age)".
 */
export function formatAgeRange(minimum: string | null, maximum: string | null): string {
  if (minimum !== null && maximum !== null) return `${minimum} to ${maximum}`;
  if (minimum !== null) return `${minimum} and older (no maximum age)`;
  if (maximum !== null) return `Up to ${maximum} (no minimum age)`;
  return 'No minimum or maximum age given';
}
