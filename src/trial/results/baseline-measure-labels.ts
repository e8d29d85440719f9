import type { MeasureDispersionType, MeasureParam } from './measure-vocabulary';

/**
 * Words for a baseline measure's codes, in ClinicalTrials.gov's own wording ("Mean (Standard
 * Deviation)"). Records over the enums, so a code added to measure-vocabulary.ts without a label
 * fails to compile. MEASURE_PARAM_LABELS fits the outcome measures too (same codes).
 */
export const MEASURE_PARAM_LABELS: Record<MeasureParam, string> = {
  GEOMETRIC_MEAN: 'Geometric Mean',
  GEOMETRIC_LEAST_SQUARES_MEAN: 'Geometric Least Squares Mean',
  LEAST_SQUARES_MEAN: 'Least Squares Mean',
  LOG_MEAN: 'Log Mean',
  MEAN: 'Mean',
  MEDIAN: 'Median',
  NUMBER: 'Number',
  COUNT_OF_PARTICIPANTS: 'Count of Participants',
  COUNT_OF_UNITS: 'Count of Units',
};

/** null: no dispersion ("NA" is the record's way of saying the measure has none). */
export const BASELINE_DISPERSION_LABELS: Record<MeasureDispersionType, string | null> = {
  NA: null,
  STANDARD_DEVIATION: 'Standard Deviation',
  STANDARD_ERROR: 'Standard Error',
  INTER_QUARTILE_RANGE: 'Inter-Quartile Range',
  FULL_RANGE: 'Full Range',
  CONFIDENCE_80: '80% Confidence Interval',
  CONFIDENCE_90: '90% Confidence Interval',
  CONFIDENCE_95: '95% Confidence Interval',
  CONFIDENCE_975: '97.5% Confidence Interval',
  CONFIDENCE_99: '99% Confidence Interval',
  CONFIDENCE_OTHER: 'Confidence Interval (other level)',
  GEOMETRIC_COEFFICIENT: 'Geometric Coefficient of Variation',
};

/**
 * Where a cell's dispersion is published: one number in `spread` (SD, SE, geometric coefficient
 * of variation), two in `lowerLimit`/`upperLimit` (ranges and intervals), or none.
 */
export type DispersionKind = 'spread' | 'limits' | 'none';

export function dispersionKind(type: MeasureDispersionType | null): DispersionKind {
  switch (type) {
    case 'STANDARD_DEVIATION':
    case 'STANDARD_ERROR':
    case 'GEOMETRIC_COEFFICIENT':
      return 'spread';
    case 'INTER_QUARTILE_RANGE':
    case 'FULL_RANGE':
    case 'CONFIDENCE_80':
    case 'CONFIDENCE_90':
    case 'CONFIDENCE_95':
    case 'CONFIDENCE_975':
    case 'CONFIDENCE_99':
    case 'CONFIDENCE_OTHER':
      return 'limits';
    case 'NA':
    case null:
      return 'none';
  }
}

/**
 * "Mean (Standard Deviation)", "Count of Participants", "Median (Full Range)"; with no parameter
 * "Statistic not given (Standard Deviation)"; null when the record gives neither.
 */
export function measureStatisticLabel(
  param: MeasureParam | null,
  dispersion: MeasureDispersionType | null,
): string | null {
  const dispersionLabel = dispersion === null ? null : BASELINE_DISPERSION_LABELS[dispersion];
  if (param === null)
    return dispersionLabel === null ? null : `Statistic not given (${dispersionLabel})`;
  const paramLabel = MEASURE_PARAM_LABELS[param];
  return dispersionLabel === null ? paramLabel : `${paramLabel} (${dispersionLabel})`;
}
