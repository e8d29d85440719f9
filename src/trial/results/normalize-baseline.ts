import { indexed, present } from '../ctgov-fields';
import type { CtgovBaseline, CtgovBaselineMeasure } from './ctgov-baseline-schema';
import type { CtgovResultGroup } from './ctgov-results-fields';
import type { Baseline, BaselineGroup, BaselineMeasure } from './baseline-schema';
import {
  normalizeDenoms,
  normalizeMeasureClasses,
  normalizeResultGroup,
} from './normalize-results-fields';
import { publishedText } from './published-text';

/**
 * The record has no flag for the Total column: ClinicalTrials.gov adds it as the last group
 * when there are two or more, titled "Total" (seen also as "Total Title", NCT02552212) and
 * often described "Total of all reporting groups". The rule: the last of two or more groups
 * whose title is "Total" or "Total Title", or whose description is "Total of all reporting
 * groups" (case and surrounding spaces ignored). A last arm titled "Total knee replacement" is
 * not a total; a single group never is.
 */
const TOTAL_TITLE = /^total(?: title)?$/i;
const TOTAL_DESCRIPTION = /^total of all reporting groups\.?$/i;

export function isTotalGroup(group: CtgovResultGroup, index: number, groupCount: number): boolean {
  if (groupCount < 2 || index !== groupCount - 1) return false;
  return (
    TOTAL_TITLE.test(group.title?.trim() ?? '') ||
    TOTAL_DESCRIPTION.test(group.description?.trim() ?? '')
  );
}

function normalizeMeasure(measure: CtgovBaselineMeasure, index: number): BaselineMeasure {
  return {
    id: `measure-${index + 1}`,
    title: publishedText(measure.title),
    description: publishedText(measure.description),
    populationDescription: publishedText(measure.populationDescription),
    paramType: measure.paramType ?? null,
    dispersionType: measure.dispersionType ?? null,
    unitOfMeasure: publishedText(measure.unitOfMeasure),
    calculatePct: measure.calculatePct ?? null,
    denomUnitsSelected: publishedText(measure.denomUnitsSelected),
    denoms: normalizeDenoms(measure.denoms),
    classes: normalizeMeasureClasses(measure.classes),
  };
}

/** The record's baseline characteristics as published, measures in record order. */
export function normalizeBaseline(module: CtgovBaseline): Baseline {
  const groups = present(module.groups);
  return {
    populationDescription: publishedText(module.populationDescription),
    typeUnitsAnalyzed: publishedText(module.typeUnitsAnalyzed),
    groups: groups.map((group, index): BaselineGroup => ({
      ...normalizeResultGroup(group),
      isTotal: isTotalGroup(group, index, groups.length),
    })),
    denoms: normalizeDenoms(module.denoms),
    measures: indexed(module.measures).map(({ item, index }) => normalizeMeasure(item, index)),
  };
}
