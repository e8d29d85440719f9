import { baselineCountPercent } from '@/trial/results/baseline-count-percent';
import { dispersionKind, type DispersionKind } from '@/trial/results/baseline-measure-labels';
import type { Baseline, BaselineGroup } from '@/trial/results/baseline-schema';
import { parsePublishedNumber } from '@/trial/results/published-number';
import type { Measurement } from '@/trial/results/results-fields-schema';

/** What a cell shows beside its value: one rule for the cell and for the table note that explains it. */
export interface CellParts {
  /** "(spread)": published, or called for by the measure's dispersion beside a number. */
  spread: boolean;
  /** "[lower to upper]": the same for the limits. */
  limits: boolean;
  /** "(51.9%)": the explorer's percent, only when no dispersion is shown (never two parentheses). */
  percent: boolean;
}

export function cellParts(
  measurement: Measurement,
  kind: DispersionKind,
  percent: string | null,
): CellParts {
  const isNumber = parsePublishedNumber(measurement.value).value !== null;
  const spread = measurement.spread !== null || (kind === 'spread' && isNumber);
  const limits =
    measurement.lowerLimit !== null ||
    measurement.upperLimit !== null ||
    (kind === 'limits' && isNumber);
  return { spread, limits, percent: percent !== null && !spread && !limits };
}

/** Which of the parts any cell of the table shows: the note explains only those. */
export function tableParts(baseline: Baseline, columns: readonly BaselineGroup[]): CellParts {
  const found: CellParts = { spread: false, limits: false, percent: false };
  for (const measure of baseline.measures) {
    const kind = dispersionKind(measure.dispersionType);
    for (const measureClass of measure.classes)
      for (const category of measureClass.categories)
        for (const group of columns) {
          const measurement = category.measurements.find((cell) => cell.groupId === group.id);
          if (measurement === undefined) continue;
          const percent = baselineCountPercent(
            baseline,
            measure,
            measureClass,
            group.id,
            measurement.value,
          );
          const parts = cellParts(measurement, kind, percent);
          found.spread ||= parts.spread;
          found.limits ||= parts.limits;
          found.percent ||= parts.percent;
        }
  }
  return found;
}
