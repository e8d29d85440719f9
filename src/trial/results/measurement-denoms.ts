import type { Denom } from './results-fields-schema';

/** One number analyzed of a measurement cell, with the level of the table that states it. */
export interface CellDenom {
  units: string | null;
  /** The count as published ("158"). */
  value: string;
  level: 'class' | 'measure';
}

function countOf(denom: Denom, groupId: string): string | null {
  return denom.counts.find((count) => count.groupId === groupId)?.value ?? null;
}

/**
 * The numbers analyzed that apply to one measurement cell (one group in one class row): for
 * each units, the class's count where the class states one, else the measure's. API v2 gives
 * denoms for the measure and for each class only (a category has none), so that is the whole
 * rule. Units in measure order, then any the class alone names; a group no level counts has none.
 */
export function cellDenoms(
  measureDenoms: readonly Denom[],
  classDenoms: readonly Denom[],
  groupId: string,
): CellDenom[] {
  const units = [...new Set([...measureDenoms, ...classDenoms].map((denom) => denom.units))];
  return units.flatMap((unit): CellDenom[] => {
    for (const [level, denoms] of [
      ['class', classDenoms],
      ['measure', measureDenoms],
    ] as const) {
      for (const denom of denoms) {
        if (denom.units !== unit) continue;
        const value = countOf(denom, groupId);
        if (value !== null) return [{ units: unit, value, level }];
      }
    }
    return [];
  });
}
