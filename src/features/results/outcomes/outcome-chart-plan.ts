import { measureWords } from '@/trial/results/measure-param-words';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import {
  chartMarks,
  type ChartBlock,
  type ChartMark,
  type ChartOmission,
} from './outcome-chart-marks';

/**
 * Whether and how an outcome measure is charted. Counts and percentages are bars from 0; other
 * values are dots with their dispersion as whiskers. A chart needs at least 2 values that are
 * numbers, and shows at most MAX_CHART_VALUES (more rows would not read at a glance on a
 * phone; the table holds them). The summary is one sentence of published values.
 */
export const MAX_CHART_VALUES = 24;

export type OutcomeChartPlan =
  | { kind: 'none' }
  | { kind: 'not-charted'; reason: string; leftOut: ChartOmission[] }
  | {
      kind: 'chart';
      shape: 'bars' | 'dots';
      title: string;
      summary: string;
      axisLabel: string;
      blocks: ChartBlock[];
      /** "Whiskers: ± standard error." or why no whiskers are drawn; null without a dispersion. */
      whiskerNote: string | null;
      leftOut: ChartOmission[];
      noWhisker: ChartOmission[];
    };

const COUNT_UNIT = /percent|%|proportion|\bparticipants?\b|\bsubjects?\b|\bpatients?\b/i;

/** A count of participants or units, or a number of them or a percentage: drawn as bars from 0. */
export function isCountOrPercent(outcome: Pick<OutcomeMeasure, 'paramType' | 'unitOfMeasure'>) {
  const { paramType, unitOfMeasure } = outcome;
  if (paramType === 'COUNT_OF_PARTICIPANTS' || paramType === 'COUNT_OF_UNITS') return true;
  return paramType === 'NUMBER' && unitOfMeasure !== null && COUNT_UNIT.test(unitOfMeasure);
}

function markText(block: ChartBlock, mark: ChartMark, blocks: number): string {
  const where = blocks > 1 && block.title !== null ? `${block.title}, ` : '';
  return `${where}${mark.groupTitle}: ${mark.valueText}`;
}

function summaryOf(blocks: ChartBlock[], markCount: number, notDrawn: number): string {
  const all = blocks.flatMap((block) => block.marks.map((mark) => ({ block, mark })));
  const texts = (list: typeof all) =>
    list.map(({ block, mark }) => markText(block, mark, blocks.length));
  let sentence: string;
  if (all.length <= 6) sentence = texts(all).join('; ');
  else {
    const byValue = [...all].sort((a, b) => b.mark.value - a.mark.value);
    const [highest] = texts(byValue.slice(0, 1));
    const [lowest] = texts(byValue.slice(-1));
    sentence = `Highest ${highest ?? ''}; lowest ${lowest ?? ''}; ${markCount} values drawn`;
  }
  if (notDrawn > 0)
    sentence += `; ${notDrawn} ${notDrawn === 1 ? 'value is' : 'values are'} in the table only`;
  return `${sentence}.`;
}

export function outcomeChartPlan(outcome: OutcomeMeasure): OutcomeChartPlan {
  const { reportingStatus, classes, groups } = outcome;
  if (reportingStatus === 'NOT_POSTED' || classes.length === 0 || groups.length === 0)
    return { kind: 'none' };
  const marks = chartMarks(outcome);
  if (marks.cellCount > MAX_CHART_VALUES)
    return {
      kind: 'not-charted',
      reason: `${marks.cellCount} values are more than a chart shows legibly (${MAX_CHART_VALUES} at most); the table has them all`,
      leftOut: [],
    };
  if (marks.markCount < 2)
    return {
      kind: 'not-charted',
      reason:
        marks.markCount === 0
          ? 'no value is a number that can be drawn; the table has them all'
          : 'only one value is a number that can be drawn; the table has them all',
      leftOut: marks.leftOut,
    };
  const { dispersion } = marks;
  const shape = isCountOrPercent(outcome) ? 'bars' : 'dots';
  const words = measureWords(outcome.paramType, outcome.dispersionType);
  let whiskerNote: string | null = null;
  if (dispersion?.whiskers) whiskerNote = `Whiskers: ${dispersion.whiskers}.`;
  else if (dispersion) whiskerNote = `No whiskers: the ${dispersion.text} is in the table only.`;
  return {
    kind: 'chart',
    shape,
    title: `${outcome.title ?? 'Untitled outcome measure'}: ${words ?? 'values'} by group`,
    summary: summaryOf(marks.blocks, marks.markCount, marks.leftOut.length),
    axisLabel: outcome.unitOfMeasure ?? words ?? 'Value',
    blocks: marks.blocks,
    whiskerNote,
    leftOut: marks.leftOut,
    noWhisker: marks.noWhisker,
  };
}
