import type { OutcomeAnalysis, OutcomeMeasure } from '@/trial/results/outcome-measures-schema';

/** A statistical analysis for tests: an odds ratio of two groups, every other field absent. */
export function makeAnalysis(overrides: Partial<OutcomeAnalysis> = {}): OutcomeAnalysis {
  return {
    id: 'outcome-1-analysis-1',
    groupIds: ['OG000', 'OG001'],
    groupDescription: null,
    testedNonInferiority: null,
    nonInferiorityType: null,
    nonInferiorityComment: null,
    pValue: '0.032',
    pValueComment: null,
    statisticalMethod: 'Regression, Logistic',
    statisticalComment: null,
    paramType: 'Odds Ratio (OR)',
    paramValue: '2.5',
    dispersionType: null,
    dispersionValue: null,
    ciPctValue: '95',
    ciNumSides: 'TWO_SIDED',
    ciLowerLimit: '1.2',
    ciUpperLimit: '3.4',
    ciLowerLimitComment: null,
    ciUpperLimitComment: null,
    estimateComment: null,
    otherAnalysisDescription: null,
    ...overrides,
  };
}

/** A primary outcome measure of groups "Placebo" (OG000) and "Drug A" (OG001) with these analyses. */
export function makeOutcome(
  analyses: OutcomeAnalysis[],
  overrides: Partial<OutcomeMeasure> = {},
): OutcomeMeasure {
  return {
    id: 'outcome-1',
    type: 'PRIMARY',
    title: 'Response at Week 12',
    description: null,
    populationDescription: null,
    reportingStatus: 'POSTED',
    anticipatedPostingDate: null,
    paramType: 'COUNT_OF_PARTICIPANTS',
    dispersionType: null,
    unitOfMeasure: 'Participants',
    calculatePct: null,
    timeFrame: 'Week 12',
    typeUnitsAnalyzed: null,
    denomUnitsSelected: null,
    groups: [
      { id: 'OG000', title: 'Placebo', description: null },
      { id: 'OG001', title: 'Drug A', description: null },
    ],
    denoms: [],
    classes: [],
    analyses,
    ...overrides,
  };
}

/** The text of each `<dd>` whose `<dt>` is `term`, in document order. */
export function definitionsOf(container: HTMLElement, term: string): string[] {
  return [...container.querySelectorAll('dt')]
    .filter((dt) => dt.textContent === term)
    .map((dt) => dt.nextElementSibling?.textContent ?? '');
}

/** The x of the axis tick labelled `label` in an SVG, and of its line of no effect. */
export function tickX(svg: Element, label: string): string | null {
  const tick = [...svg.querySelectorAll('.chart-axis text')].find((t) => t.textContent === label);
  return tick?.getAttribute('x') ?? null;
}

export function noEffectLine(svg: Element): { x: string | null; value: string | null } {
  const line = svg.querySelector('.chart-reference-line');
  return {
    x: line?.getAttribute('x1') ?? null,
    value: line?.getAttribute('data-no-effect') ?? null,
  };
}
