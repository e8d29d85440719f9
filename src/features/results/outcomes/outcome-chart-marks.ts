import { outcomeDispersion, type OutcomeDispersion } from '@/trial/results/outcome-dispersion';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import { parsePublishedNumber } from '@/trial/results/published-number';
import type { Measurement } from '@/trial/results/results-fields-schema';
import { groupLabel, labelledValue, rowTitle } from './outcome-text';

/**
 * The marks an outcome measure's chart could draw: one per group per table row, its value a
 * number read from the published text (parsePublishedNumber), its whisker ends from the spread
 * (value ± SD/SE) or the published limits. What cannot be drawn is listed with the reason.
 */
export interface ChartMark {
  key: string;
  /** The group's position in the outcome's groups (its marker shape and colour). */
  groupIndex: number;
  groupTitle: string;
  /** The value with its dispersion named, as published: "-0.38 (SE 0.21)". */
  valueText: string;
  value: number;
  low: number | null;
  high: number | null;
}

/** A table row's marks; `title` null when the table has a single, untitled row. */
export interface ChartBlock {
  title: string | null;
  marks: ChartMark[];
}

/** A value left out of the chart, or drawn without its whisker, and exactly why. */
export interface ChartOmission {
  what: string;
  why: string;
}

export interface ChartMarks {
  blocks: ChartBlock[];
  cellCount: number;
  markCount: number;
  leftOut: ChartOmission[];
  noWhisker: ChartOmission[];
  dispersion: OutcomeDispersion | null;
}

type Read = { ok: true; value: number } | { ok: false; why: string };

function readNumber(text: string | null): Read {
  const parsed = parsePublishedNumber(text);
  if (parsed.value === null) return { ok: false, why: parsed.reason };
  if (parsed.relation !== null && parsed.relation !== '=')
    return { ok: false, why: `only a bound is published ("${text ?? ''}")` };
  return { ok: true, value: parsed.value };
}

function whiskerOf(
  measurement: Measurement,
  value: number,
  dispersion: OutcomeDispersion,
): { low: number; high: number } | string {
  if (dispersion.drawnFrom === 'spread') {
    const spread = readNumber(measurement.spread);
    if (!spread.ok) return `${dispersion.text.toLowerCase()} ${spread.why}`;
    if (spread.value < 0)
      return `${dispersion.text.toLowerCase()} is negative ("${measurement.spread ?? ''}")`;
    return { low: value - spread.value, high: value + spread.value };
  }
  const lower = readNumber(measurement.lowerLimit);
  const upper = readNumber(measurement.upperLimit);
  if (!lower.ok) return `lower limit ${lower.why}`;
  if (!upper.ok) return `upper limit ${upper.why}`;
  return { low: lower.value, high: upper.value };
}

export function chartMarks(outcome: OutcomeMeasure): ChartMarks {
  const dispersion = outcomeDispersion(outcome.dispersionType);
  const rows = outcome.classes.flatMap((measureClass) =>
    measureClass.categories.map((category) => ({
      title: rowTitle(measureClass.title, category.title),
      measurements: new Map(category.measurements.map((m) => [m.groupId, m])),
    })),
  );
  const leftOut: ChartOmission[] = [];
  const noWhisker: ChartOmission[] = [];
  const blocks = rows.map((row, rowIndex): ChartBlock => {
    const title = rows.length === 1 ? row.title : (row.title ?? `Row ${rowIndex + 1}`);
    const marks = outcome.groups.flatMap((group, groupIndex): ChartMark[] => {
      const groupTitle = groupLabel(group);
      const what = title === null ? groupTitle : `${groupTitle}, ${title}`;
      const measurement = row.measurements.get(group.id);
      const read = readNumber(measurement?.value ?? null);
      if (measurement === undefined || !read.ok) {
        const why = read.ok ? 'no value given' : read.why;
        const comment = measurement?.comment;
        leftOut.push({ what, why: comment ? `${why}: ${comment}` : why });
        return [];
      }
      let low: number | null = null;
      let high: number | null = null;
      if (dispersion?.drawnFrom) {
        const whisker = whiskerOf(measurement, read.value, dispersion);
        if (typeof whisker === 'string') noWhisker.push({ what, why: whisker });
        else ({ low, high } = whisker);
      }
      const valueText = labelledValue(measurement, dispersion);
      return [
        {
          key: `${rowIndex}-${group.id}`,
          groupIndex,
          groupTitle,
          valueText,
          value: read.value,
          low,
          high,
        },
      ];
    });
    return { title, marks };
  });
  return {
    blocks: blocks.filter((block) => block.marks.length > 0),
    cellCount: rows.length * outcome.groups.length,
    markCount: blocks.reduce((sum, block) => sum + block.marks.length, 0),
    leftOut,
    noWhisker,
    dispersion,
  };
}
