import { CI_NUM_SIDES_LABELS } from '@/trial/results/analysis-labels';
import { isolateText as iso } from '@/trial/isolate-text';
import type { OutcomeAnalysis, OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import { recordIndexOf } from '@/trial/results/results-paths';
import type { ResultGroup } from '@/trial/results/results-fields-schema';

/**
 * The words of a statistical analysis, from its published text only (nothing computed): the
 * groups it compares, its estimate, interval and p-value, for headings, chart labels, summaries
 * and the overview table. Record text in them is bidi-isolated (isolate-text.ts).
 */

/** Each compared group's title, from the outcome's own groups (ids are local to the outcome). */
export function comparedGroupNames(
  groupIds: readonly string[],
  groups: readonly ResultGroup[],
): string[] {
  return groupIds.map((id) => {
    const group = groups.find((candidate) => candidate.id === id);
    if (!group) return `${iso(id)} (not a group of this outcome)`;
    return group.title === null ? `${iso(id)} (untitled group)` : iso(group.title);
  });
}

/** "Placebo (FAS) vs CZP 200 mg Q2W (FAS)", in the record's order. */
export function groupsComparedText(
  analysis: Pick<OutcomeAnalysis, 'groupIds'>,
  groups: readonly ResultGroup[],
): string {
  const names = comparedGroupNames(analysis.groupIds, groups);
  return names.length === 0 ? 'Groups compared not given' : names.join(' vs ');
}

/** The outcome's title, or its place in the record when it has none. */
export function outcomeName(outcome: Pick<OutcomeMeasure, 'id' | 'title'>): string {
  if (outcome.title !== null && outcome.title.trim() !== '') return iso(outcome.title);
  const index = recordIndexOf(outcome.id);
  return index === null ? 'Untitled outcome' : `Outcome ${index + 1} (untitled)`;
}

/** "95%" from "95" (or "95%"); null when not given. */
export function ciPercent(ciPctValue: string | null): string | null {
  if (ciPctValue === null || ciPctValue.trim() === '') return null;
  const text = ciPctValue.trim();
  return iso(text.endsWith('%') ? text : `${text}%`);
}

/** "95% CI 7.336 to 31.623, two-sided"; null when the record gives no part of an interval. */
export function confidenceIntervalText(analysis: OutcomeAnalysis): string | null {
  const { ciPctValue, ciLowerLimit, ciUpperLimit, ciNumSides } = analysis;
  if (ciPctValue === null && ciLowerLimit === null && ciUpperLimit === null && ciNumSides === null)
    return null;
  const percent = ciPercent(ciPctValue);
  const level = percent === null ? 'CI (level not given)' : `${percent} CI`;
  const sides = `, ${ciNumSides === null ? 'sides not given' : CI_NUM_SIDES_LABELS[ciNumSides]}`;
  const limit = (text: string | null) => (text === null ? 'not given' : iso(text));
  return `${level} ${limit(ciLowerLimit)} to ${limit(ciUpperLimit)}${sides}`;
}

/** "Odds Ratio (OR) 15.231"; null when the record gives neither the type nor the value. */
export function estimateText(analysis: Pick<OutcomeAnalysis, 'paramType' | 'paramValue'>) {
  const { paramType, paramValue } = analysis;
  if (paramType === null && paramValue === null) return null;
  return `${paramType === null ? 'Estimate (type not given)' : iso(paramType)} ${paramValue === null ? 'not given' : iso(paramValue)}`;
}

/** "p-value <0.001", exactly as published. */
export function pValuePhrase(analysis: Pick<OutcomeAnalysis, 'pValue'>): string {
  return analysis.pValue === null ? 'p-value not given' : `p-value ${iso(analysis.pValue)}`;
}

/**
 * One analysis in a sentence: "Placebo vs CZP: Odds Ratio (OR) 15.231 (95% CI 7.336 to 31.623,
 * two-sided), p-value <0.001".
 */
export function analysisPhrase(label: string, analysis: OutcomeAnalysis): string {
  const estimate = estimateText(analysis) ?? 'estimate not given';
  const interval = confidenceIntervalText(analysis);
  const withInterval = interval === null ? estimate : `${estimate} (${interval})`;
  return `${label}: ${withInterval}, ${pValuePhrase(analysis)}`;
}
