import { indexed, present } from '../ctgov-fields';
import type {
  CtgovOutcomeAnalysis,
  CtgovOutcomeMeasure,
  CtgovOutcomeMeasuresModule,
} from './ctgov-outcome-measures-schema';
import {
  normalizeDenoms,
  normalizeMeasureClasses,
  normalizeResultGroup,
} from './normalize-results-fields';
import type { OutcomeAnalysis, OutcomeMeasure, OutcomeMeasures } from './outcome-measures-schema';
import { publishedText as text } from './published-text';

function normalizeAnalysis(raw: CtgovOutcomeAnalysis, id: string): OutcomeAnalysis {
  return {
    id,
    groupIds: present(raw.groupIds),
    groupDescription: text(raw.groupDescription),
    testedNonInferiority: raw.testedNonInferiority ?? null,
    nonInferiorityType: raw.nonInferiorityType ?? null,
    nonInferiorityComment: text(raw.nonInferiorityComment),
    pValue: text(raw.pValue),
    pValueComment: text(raw.pValueComment),
    statisticalMethod: text(raw.statisticalMethod),
    statisticalComment: text(raw.statisticalComment),
    paramType: text(raw.paramType),
    paramValue: text(raw.paramValue),
    dispersionType: raw.dispersionType ?? null,
    dispersionValue: text(raw.dispersionValue),
    ciPctValue: text(raw.ciPctValue),
    ciNumSides: raw.ciNumSides ?? null,
    ciLowerLimit: text(raw.ciLowerLimit),
    ciUpperLimit: text(raw.ciUpperLimit),
    ciLowerLimitComment: text(raw.ciLowerLimitComment),
    ciUpperLimitComment: text(raw.ciUpperLimitComment),
    estimateComment: text(raw.estimateComment),
    otherAnalysisDescription: text(raw.otherAnalysisDescription),
  };
}

/** One outcome measure; `id` is "outcome-N" from its record position. */
export function normalizeOutcomeMeasure(raw: CtgovOutcomeMeasure, id: string): OutcomeMeasure {
  return {
    id,
    type: raw.type ?? null,
    title: text(raw.title),
    description: text(raw.description),
    populationDescription: text(raw.populationDescription),
    reportingStatus: raw.reportingStatus ?? null,
    anticipatedPostingDate: raw.anticipatedPostingDate ?? null,
    paramType: raw.paramType ?? null,
    dispersionType: text(raw.dispersionType),
    unitOfMeasure: text(raw.unitOfMeasure),
    calculatePct: raw.calculatePct ?? null,
    timeFrame: text(raw.timeFrame),
    typeUnitsAnalyzed: text(raw.typeUnitsAnalyzed),
    denomUnitsSelected: text(raw.denomUnitsSelected),
    groups: present(raw.groups).map(normalizeResultGroup),
    denoms: normalizeDenoms(raw.denoms),
    classes: normalizeMeasureClasses(raw.classes),
    analyses: indexed(raw.analyses).map(({ item, index }) =>
      normalizeAnalysis(item, `${id}-analysis-${index + 1}`),
    ),
  };
}

/**
 * The outcome measures in record order ("outcome-4" is outcomeMeasures[3], also when an invalid
 * one before it was left out), each with its groups, numbers analyzed, table and analyses.
 */
export function normalizeOutcomeMeasures(
  module: CtgovOutcomeMeasuresModule | undefined,
): OutcomeMeasures {
  return {
    outcomeMeasures: indexed(module?.outcomeMeasures).map(({ item, index }) =>
      normalizeOutcomeMeasure(item, `outcome-${index + 1}`),
    ),
  };
}
