import type { MeasureParam } from './measure-vocabulary';

/**
 * A results measure's parameter in words, as ClinicalTrials.gov writes it ("Least Squares
 * Mean"), and with its dispersion ("Mean (Standard Deviation)"). Outcome measures give their
 * dispersion as display text already; this only joins the two.
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

/**
 * "Mean (Standard Deviation)", "Number"; "Statistic not given (Standard Error)" when the record
 * gives a dispersion but no parameter; null with neither. For baseline and outcome measures.
 */
export function measureWords(
  paramType: MeasureParam | null,
  dispersionType: string | null,
): string | null {
  const param = paramType === null ? null : MEASURE_PARAM_LABELS[paramType];
  const dispersion = dispersionType?.trim() ? dispersionType.trim() : null;
  if (param === null) return dispersion === null ? null : `Statistic not given (${dispersion})`;
  return dispersion === null ? param : `${param} (${dispersion})`;
}
