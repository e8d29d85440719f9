/**
 * Numbers out of published results text, for charts only (tables show the text itself).
 * Never throws, never guesses: a text that is not exactly one number, with at most a comparison
 * before it, is no number, with the reason. Pure, browser-safe.
 */

/** The comparison written before a number ("<0.001"); null when none was written ("12.3"). */
export type NumberRelation = '=' | '<' | '<=' | '>' | '>=';

export type PublishedNumber =
  { value: number; relation: NumberRelation | null } | { value: null; reason: string };

const RELATIONS: Record<string, NumberRelation> = {
  '=': '=',
  '<': '<',
  '<=': '<=',
  '≤': '<=',
  '>': '>',
  '>=': '>=',
  '≥': '>=',
};

/** An optional comparison, then a decimal number with an optional exponent ("-0.5", "1e-3", ".5"). */
const NUMBER_TEXT = /^(<=|>=|[=<>≤≥])?\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/;

/** How the registry writes "not available" (compared lower-cased). */
const NOT_AVAILABLE = new Set(['na', 'n/a']);

/** "12.3" -> 12.3; "<0.001" -> 0.001 with relation "<"; "NA", "", "12.3 (5.1)" -> no number, why. */
export function parsePublishedNumber(text: string | null | undefined): PublishedNumber {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { value: null, reason: 'no value given' };
  if (NOT_AVAILABLE.has(trimmed.toLowerCase()))
    return { value: null, reason: `not available ("${trimmed}")` };
  const match = NUMBER_TEXT.exec(trimmed);
  if (!match) return { value: null, reason: `not a number ("${trimmed}")` };
  const [, relation, digits] = match;
  const value = Number(digits);
  if (!Number.isFinite(value)) return { value: null, reason: `out of range ("${trimmed}")` };
  return { value, relation: relation === undefined ? null : (RELATIONS[relation] ?? null) };
}

const RATIO = /\bratios?\b|\brelative risk\b/i;
const DIFFERENCE = /\bdifferences?\b/i;
const LOG = /\blog\b|\blogarithm/i;

/**
 * Whether an analysis estimate (its free-text paramType) is a ratio: true for a ratio ("Odds
 * Ratio (OR)", "Hazard Ratio (HR)", "Risk Ratio (RR)": log scale, no effect at 1), false for an
 * additive estimate ("Difference", "Mean Difference (Net)", "Risk Difference (RD)", and a ratio
 * already on the log scale, "Odds Ratio, Log": no effect at 0), null when the text does not say
 * ("Slope", "Other", "Cox Proportional Hazard", or both words at once).
 */
export function isRatioParam(paramType: string): boolean | null {
  const ratio = RATIO.test(paramType);
  const difference = DIFFERENCE.test(paramType);
  if (ratio === difference) return null;
  return ratio ? !LOG.test(paramType) : false;
}
