/**
 * What an outcome measure's dispersion (display text: "Standard Deviation", "95% Confidence
 * Interval", "Inter-Quartile Range", "Full Range", "Geometric Coefficient of Variation") means
 * for a chart: which field of a measurement holds it (SD and SE in `spread`, intervals and
 * ranges in `lowerLimit`/`upperLimit`), the short form a label uses ("SD", "95% CI"), and what
 * whiskers drawn from it are. A dispersion that cannot be drawn as whiskers (a coefficient of
 * variation, a text we do not know) has `drawnFrom: null` and stays in the table.
 */
export interface OutcomeDispersion {
  /** The published text, trimmed. */
  text: string;
  drawnFrom: 'spread' | 'limits' | null;
  /** Before the numbers in a label: "SD" -> "2.1 (SD 1.2)"; "95% CI" -> "50.5 (95% CI 48.0 to 53.0)". */
  short: string;
  /** What whiskers drawn from it show: "± standard deviation", "95% confidence interval". */
  whiskers: string | null;
}

const CONFIDENCE = /^(?:(\d+(?:\.\d+)?)\s*%\s*)?confidence\s+interval/i;

export function outcomeDispersion(text: string | null): OutcomeDispersion | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return null;
  const lower = trimmed.toLowerCase();
  const of = (
    drawnFrom: OutcomeDispersion['drawnFrom'],
    short: string,
    whiskers: string | null,
  ): OutcomeDispersion => ({ text: trimmed, drawnFrom, short, whiskers });
  if (/^standard\s+deviation$/.test(lower)) return of('spread', 'SD', '± standard deviation');
  if (/^standard\s+error(\s+of\s+(the\s+)?mean)?$/.test(lower))
    return of('spread', 'SE', '± standard error');
  const confidence = CONFIDENCE.exec(trimmed);
  if (confidence) {
    const percent = confidence[1];
    return percent === undefined
      ? of('limits', 'CI', 'confidence interval')
      : of('limits', `${percent}% CI`, `${percent}% confidence interval`);
  }
  if (/^inter-?\s*quartile\s+range$/.test(lower))
    return of('limits', 'IQR', 'inter-quartile range');
  if (/^(full\s+)?range$/.test(lower)) return of('limits', 'range', 'full range');
  return of(null, trimmed, null);
}
