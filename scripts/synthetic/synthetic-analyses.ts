import type { z } from 'zod';
import type { ctgovOutcomeMeasureSchema } from '../../src/trial/results/ctgov-outcome-measures-schema';
import type { Random } from './prng';
import { fixed, normal } from './synthetic-numbers';

type RawOutcome = z.input<typeof ctgovOutcomeMeasureSchema>;
export type RawAnalysis = NonNullable<RawOutcome['analyses']>[number];

/** What an outcome's analyses estimate: a ratio (no effect at 1) or a difference (at 0). */
export interface AnalysisFamily {
  kind: 'ratio' | 'difference';
  paramType: string;
  statisticalMethod: string;
  /** Typical size of a difference (its unit's scale); unused for ratios. */
  scale?: number;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 for erf): enough for synthetic p-values. */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.2548296 + t * (-0.28449674 + t * (1.4214137 + t * (-1.453152 + t * 1.0614054))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** A two-sided p-value as records write it: "<0.001", "=0.034", and now and then "0.21". */
function pValueText(z: number, index: number): string {
  const p = 2 * (1 - normalCdf(Math.abs(z)));
  if (p < 0.001) return '<0.001';
  const text = p < 0.01 ? fixed(p, 4) : fixed(p, 3);
  return index % 7 === 3 ? text : `=${text}`;
}

/**
 * The `index`-th analysis of the record (0-based, over all outcomes), comparing two groups of
 * one outcome (ids local to it). Mostly two-sided 95% intervals; every 8th a one-sided
 * non-inferiority test, every 11th a p-value without an estimate, every 6th difference with a
 * standard error, every 26th analysis (from the 4th), if a ratio, with an upper limit that is "NA" (with its comment).
 */
export function generateAnalysis(
  family: AnalysisFamily,
  groupIds: readonly [string, string],
  titles: readonly [string, string],
  index: number,
  random: Random,
): RawAnalysis {
  const base: RawAnalysis = {
    groupIds: [...groupIds],
    groupDescription: `${titles[0]} compared with ${titles[1]} (generated test data).`,
    nonInferiorityType: index % 5 === 2 ? 'OTHER' : 'SUPERIORITY',
  };
  const effect = normal(random) * 1.6 + (random.chance(0.6) ? 2.2 : 0);
  if (index % 11 === 10)
    return {
      ...base,
      pValue: pValueText(effect, index),
      statisticalMethod: 'Fisher Exact',
      pValueComment: 'Nominal p-value; not adjusted for multiplicity.',
    };
  const nonInferiority = index % 8 === 5;
  const sides = nonInferiority
    ? ({ ciPctValue: '97.5', ciNumSides: 'ONE_SIDED' } as const)
    : ({ ciPctValue: index % 9 === 4 ? '90' : '95', ciNumSides: 'TWO_SIDED' } as const);
  const zCrit = nonInferiority ? 1.96 : sides.ciPctValue === '90' ? 1.645 : 1.96;
  const digits = 3;
  let estimate: Partial<RawAnalysis>;
  if (family.kind === 'ratio') {
    const se = 0.15 + 0.2 * random.next();
    const log = -effect * se * (random.chance(0.5) ? 1 : -1);
    const naUpper = index % 26 === 3 && !nonInferiority;
    estimate = {
      paramValue: fixed(Math.exp(log), digits),
      ciLowerLimit: fixed(Math.exp(log - zCrit * se), digits),
      ciUpperLimit: naUpper ? 'NA' : fixed(Math.exp(log + zCrit * se), digits),
      ...(naUpper
        ? { ciUpperLimitComment: 'The upper limit was not estimable (too few events).' }
        : {}),
    };
  } else {
    const scale = family.scale ?? 1;
    const se = scale * (0.3 + 0.2 * random.next());
    const value = effect * se * (random.chance(0.5) ? 1 : -1);
    estimate = {
      paramValue: fixed(value, digits),
      ciLowerLimit: fixed(value - zCrit * se, digits),
      ciUpperLimit: fixed(value + zCrit * se, digits),
      ...(index % 6 === 1
        ? { dispersionType: 'STANDARD_ERROR_OF_MEAN' as const, dispersionValue: fixed(se, digits) }
        : {}),
    };
  }
  const oneSided = nonInferiority
    ? {
        testedNonInferiority: true,
        nonInferiorityType: 'NON_INFERIORITY' as const,
        nonInferiorityComment:
          'Non-inferiority margin fixed in the protocol (generated test data).',
        ciUpperLimit: undefined,
      }
    : {};
  const analysis: RawAnalysis = {
    ...base,
    pValue: pValueText(effect, index),
    statisticalMethod: family.statisticalMethod,
    paramType: family.paramType,
    ...estimate,
    ...sides,
    ...oneSided,
    ...(index % 4 === 0 ? { estimateComment: 'Adjusted for region and baseline value.' } : {}),
  };
  if (analysis.ciUpperLimit === undefined) delete analysis.ciUpperLimit;
  return analysis;
}
