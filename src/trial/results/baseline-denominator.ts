import type { Baseline, BaselineMeasure } from './baseline-schema';
import type { Denom, MeasureClass } from './results-fields-schema';

/**
 * The number analyzed that applies to one cell of the baseline table: the class's denoms
 * override the measure's, which override the module's overall ones (API v2 categories carry
 * no denoms of their own, so a category's cell takes its class's). At each level the denom in
 * the measure's `denomUnitsSelected` units is used; when the measure selects none, the one in
 * "Participants", else the level's only denom. A level that gives no count for the group
 * passes to the next. The count is the published text, never computed.
 */
export interface AppliedDenominator {
  count: string;
  units: string | null;
  /** Where it came from: the page can say "number analyzed in this row" for "class". */
  level: 'class' | 'measure' | 'overall';
}

const DEFAULT_UNITS = 'participants';

function sameUnits(units: string | null, wanted: string): boolean {
  return units !== null && units.trim().toLowerCase() === wanted.trim().toLowerCase();
}

function pickDenom(denoms: readonly Denom[], selected: string | null): Denom | undefined {
  if (selected !== null) return denoms.find((denom) => sameUnits(denom.units, selected));
  return (
    denoms.find((denom) => sameUnits(denom.units, DEFAULT_UNITS)) ??
    (denoms.length === 1 ? denoms[0] : undefined)
  );
}

export function baselineDenominator(
  baseline: Pick<Baseline, 'denoms'>,
  measure: Pick<BaselineMeasure, 'denoms' | 'denomUnitsSelected'>,
  measureClass: Pick<MeasureClass, 'denoms'>,
  groupId: string,
): AppliedDenominator | null {
  const levels = [
    { level: 'class', denoms: measureClass.denoms },
    { level: 'measure', denoms: measure.denoms },
    { level: 'overall', denoms: baseline.denoms },
  ] as const;
  for (const { level, denoms } of levels) {
    const denom = pickDenom(denoms, measure.denomUnitsSelected);
    const count = denom?.counts.find((candidate) => candidate.groupId === groupId)?.value;
    if (denom !== undefined && count !== undefined && count !== null)
      return { count, units: denom.units, level };
  }
  return null;
}
