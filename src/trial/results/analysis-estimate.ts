import type { OutcomeAnalysis } from './outcome-measures-schema';
import { isolateText } from '../isolate-text';
import { isRatioParam, parsePublishedNumber } from './published-number';

/**
 * Whether a statistical analysis can be drawn in a forest plot, and on which scale: an estimate
 * and both limits of its confidence interval that are plain numbers as published, and a type of
 * estimate that says whether it is a ratio (log scale, no effect at 1) or a difference (linear,
 * no effect at 0). Otherwise the reason, said plainly, for a "left out of the chart" note.
 * Nothing is computed or guessed: a bound ("<0.1"), a missing limit or an unknown kind is left out.
 */
export type EstimateScale = 'ratio' | 'difference';

export type DrawableEstimate =
  | { drawable: true; scale: EstimateScale; estimate: number; lower: number; upper: number }
  | { drawable: false; reason: string };

type EstimateFields = Pick<
  OutcomeAnalysis,
  'paramType' | 'paramValue' | 'ciLowerLimit' | 'ciUpperLimit'
>;

type Parsed = { value: number } | { reason: string };

function parsePart(text: string | null, name: string): Parsed {
  if (text === null || text.trim() === '') return { reason: `no ${name} is given` };
  const parsed = parsePublishedNumber(text);
  if (parsed.value === null)
    return { reason: `the ${name} "${isolateText(text)}" is not a number` };
  if (parsed.relation !== null && parsed.relation !== '=')
    return { reason: `the ${name} "${isolateText(text)}" is a bound, not a value` };
  return { value: parsed.value };
}

export function drawableEstimate(analysis: EstimateFields): DrawableEstimate {
  const estimate = parsePart(analysis.paramValue, 'estimate');
  if ('reason' in estimate) return { drawable: false, reason: estimate.reason };
  const lower = parsePart(analysis.ciLowerLimit, 'lower limit of the confidence interval');
  if ('reason' in lower) return { drawable: false, reason: lower.reason };
  const upper = parsePart(analysis.ciUpperLimit, 'upper limit of the confidence interval');
  if ('reason' in upper) return { drawable: false, reason: upper.reason };
  const { paramType } = analysis;
  if (paramType === null || paramType.trim() === '')
    return {
      drawable: false,
      reason: 'the type of estimate is not given, so its line of no effect is unknown',
    };
  const ratio = isRatioParam(paramType);
  if (ratio === null)
    return {
      drawable: false,
      reason: `"${isolateText(paramType)}" says neither ratio nor difference, so its line of no effect is unknown`,
    };
  if (ratio && Math.min(estimate.value, lower.value, upper.value) <= 0)
    return {
      drawable: false,
      reason: 'a ratio of zero or below cannot be drawn on a log scale',
    };
  return {
    drawable: true,
    scale: ratio ? 'ratio' : 'difference',
    estimate: estimate.value,
    lower: lower.value,
    upper: upper.value,
  };
}
