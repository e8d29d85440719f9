import { drawableEstimate, type EstimateScale } from '@/trial/results/analysis-estimate';
import { isolateText as iso } from '@/trial/isolate-text';
import type { OutcomeAnalysis } from '@/trial/results/outcome-measures-schema';
import { analysisPhrase, ciPercent } from './analysis-text';

/**
 * The rows of forest plots: analyses with a drawable estimate and interval, one plot (panel) per
 * scale kind, ratios (log axis, no effect at 1) and differences (linear, no effect at 0) never on
 * one axis; the others left out, each with its reason.
 */
export interface ForestItem {
  /** Unique on the page. */
  key: string;
  /** What the row is: the groups compared (and the outcome, in the overview). */
  label: string;
  analysis: OutcomeAnalysis;
}

export interface ForestRow {
  key: string;
  label: string;
  estimate: number;
  lower: number;
  upper: number;
  /** Published text: "15.231 (7.336 to 31.623)". */
  valueText: string;
  /** The analysis in words, for the summary. */
  phrase: string;
}

export interface ForestPanel {
  scale: EstimateScale;
  rows: ForestRow[];
  /** "Odds Ratio (OR), log scale"; "Ratio, log scale" when the plot holds several types. */
  axisLabel: string;
  /** "95%" when every interval in the plot has that level, else null. */
  ciPercent: string | null;
}

export interface LeftOutItem {
  key: string;
  label: string;
  reason: string;
}

function only<T>(values: readonly T[]): T | null {
  const [first] = values;
  return first !== undefined && values.every((value) => value === first) ? first : null;
}

interface DrawnItem {
  item: ForestItem;
  scale: EstimateScale;
  estimate: number;
  lower: number;
  upper: number;
}

function panelOf(scale: EstimateScale, drawn: readonly DrawnItem[]): ForestPanel {
  const paramType = only(drawn.map(({ item }) => item.analysis.paramType));
  const percent = only(drawn.map(({ item }) => ciPercent(item.analysis.ciPctValue)));
  const scaleWords = scale === 'ratio' ? ', log scale' : '';
  const axisLabel = `${paramType === null ? (scale === 'ratio' ? 'Ratio' : 'Difference') : iso(paramType)}${scaleWords}`;
  const rows = drawn.map(({ item, estimate, lower, upper }): ForestRow => {
    const { analysis } = item;
    const label =
      paramType === null ? `${item.label} — ${iso(analysis.paramType ?? '')}` : item.label;
    const level =
      percent === null ? `${ciPercent(analysis.ciPctValue) ?? 'level not given'} CI ` : '';
    const range = `${iso(analysis.ciLowerLimit ?? '')} to ${iso(analysis.ciUpperLimit ?? '')}`;
    return {
      key: item.key,
      label,
      estimate,
      lower,
      upper,
      valueText: `${iso(analysis.paramValue ?? '')} (${level}${range})`,
      phrase: analysisPhrase(item.label, analysis),
    };
  });
  return { scale, rows, axisLabel, ciPercent: percent };
}

export function forestPanels(items: readonly ForestItem[]): {
  panels: ForestPanel[];
  leftOut: LeftOutItem[];
} {
  const drawn: DrawnItem[] = [];
  const leftOut: LeftOutItem[] = [];
  for (const item of items) {
    const result = drawableEstimate(item.analysis);
    if (result.drawable) drawn.push({ item, ...result });
    else leftOut.push({ key: item.key, label: item.label, reason: result.reason });
  }
  const scales = [...new Set(drawn.map((entry) => entry.scale))];
  const panels = scales.map((scale) =>
    panelOf(
      scale,
      drawn.filter((entry) => entry.scale === scale),
    ),
  );
  return { panels, leftOut };
}

/** How many rows a summary names before it says how many more there are. */
const NAMED_IN_SUMMARY = 4;

/** One sentence of the plot's published numbers. */
export function panelSummary(panel: ForestPanel): string {
  const { rows } = panel;
  const named = rows.slice(0, NAMED_IN_SUMMARY).map((row) => row.phrase);
  const more = rows.length - named.length;
  const tail = more > 0 ? `; and ${more} more, listed below` : '';
  const lead = rows.length > 1 ? `${rows.length} analyses: ` : '';
  return `${lead}${named.join('; ')}${tail}.`;
}

/** "Estimates and 95% confidence intervals" (without a level when the plot's levels differ). */
export function intervalsTitle(panel: ForestPanel): string {
  const level = panel.ciPercent === null ? '' : `${panel.ciPercent} `;
  return `Estimates and ${level}confidence intervals`;
}

/** Said after a plot's title when one outcome (or the overview) has plots of both kinds. */
export function scaleSuffix(panel: ForestPanel, panelCount: number): string {
  if (panelCount < 2) return '';
  return panel.scale === 'ratio' ? ' (ratios)' : ' (differences)';
}
