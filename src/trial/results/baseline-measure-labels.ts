import { measureWords } from './measure-param-words';
import type { MeasureDispersionType, MeasureParam } from './measure-vocabulary';

/**
 * Words for a baseline measure's dispersion code, in ClinicalTrials.gov's own wording. A record
 * over the enum, so a code added to measure-vocabulary.ts without a label fails to compile. (The
 * parameter's words are measure-param-words.ts', shared with the outcome measures.)
 */
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

/** "Mean (Standard Deviation)", "Count of Participants", "Median (Full Range)" (see measureWords). */
export function measureStatisticLabel(
  param: MeasureParam | null,
  dispersion: MeasureDispersionType | null,
): string | null {
  return measureWords(param, dispersion === null ? null : BASELINE_DISPERSION_LABELS[dispersion]);
}
