import { present } from '../ctgov-fields';
import type { CtgovDenom, CtgovMeasureClass, CtgovResultGroup } from './ctgov-results-fields';
import { publishedText } from './published-text';
import type { Denom, MeasureClass, ResultGroup } from './results-fields-schema';

export function normalizeResultGroup(group: CtgovResultGroup): ResultGroup {
  return {
    id: group.id,
    title: publishedText(group.title),
    description: publishedText(group.description),
  };
}

export function normalizeDenoms(denoms: readonly (CtgovDenom | undefined)[] | undefined): Denom[] {
  return present(denoms).map((denom) => ({
    units: publishedText(denom.units),
    counts: present(denom.counts).map((count) => ({
      groupId: count.groupId,
      value: publishedText(count.value),
    })),
  }));
}

export function normalizeMeasureClasses(
  classes: readonly (CtgovMeasureClass | undefined)[] | undefined,
): MeasureClass[] {
  return present(classes).map((measureClass) => ({
    title: publishedText(measureClass.title),
    denoms: normalizeDenoms(measureClass.denoms),
    categories: present(measureClass.categories).map((category) => ({
      title: publishedText(category.title),
      measurements: present(category.measurements).map((cell) => ({
        groupId: cell.groupId,
        value: publishedText(cell.value),
        spread: publishedText(cell.spread),
        lowerLimit: publishedText(cell.lowerLimit),
        upperLimit: publishedText(cell.upperLimit),
        comment: publishedText(cell.comment),
      })),
    })),
  }));
}
