import { baselineDenominator } from './baseline-denominator';
import type { Baseline, BaselineMeasure } from './baseline-schema';
import type { MeasureClass } from './results-fields-schema';

/**
 * The percent shown beside a count of participants ("82 (51.9%)"), as ClinicalTrials.gov shows
 * it on its own results page: the published count over the published number of participants
 * analyzed that applies to the cell (class, else measure, else overall), one decimal. Computed by
 * the explorer, so only where nothing is in doubt: a count-of-participants measure the record
 * does not mark `calculatePct: false`, whole numbers as published, a denominator in participants
 * above zero and no smaller than the count. Otherwise no percent at all (never a guess).
 */

const WHOLE_NUMBER = /^\d{1,15}$/;
const PARTICIPANTS = 'participants';

/** 100 × count / analyzed, one decimal, with "%"; null unless both are whole, 0 < analyzed ≥ count. */
export function countPercentText(count: string, analyzed: string): string | null {
  const countText = count.trim();
  const analyzedText = analyzed.trim();
  if (!WHOLE_NUMBER.test(countText) || !WHOLE_NUMBER.test(analyzedText)) return null;
  const part = Number(countText);
  const whole = Number(analyzedText);
  if (whole <= 0 || part > whole) return null;
  return `${(Math.round((part * 1000) / whole) / 10).toFixed(1)}%`;
}

export function baselineCountPercent(
  baseline: Pick<Baseline, 'denoms'>,
  measure: Pick<BaselineMeasure, 'paramType' | 'calculatePct' | 'denoms' | 'denomUnitsSelected'>,
  measureClass: Pick<MeasureClass, 'denoms'>,
  groupId: string,
  value: string | null,
): string | null {
  if (value === null || measure.paramType !== 'COUNT_OF_PARTICIPANTS') return null;
  if (measure.calculatePct === false) return null;
  const analyzed = baselineDenominator(baseline, measure, measureClass, groupId);
  if (analyzed?.units?.trim().toLowerCase() !== PARTICIPANTS) return null;
  return countPercentText(value, analyzed.count);
}
