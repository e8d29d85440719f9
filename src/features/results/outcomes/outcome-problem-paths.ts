import { measureWords } from '@/trial/results/measure-param-words';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import type { RecordProblem } from '@/trial/trial-schema';

/**
 * The record paths of an outcome's values that are shown where they belong when invalid (an
 * invalid value is left out, so it is null: the page says "Invalid in the record" in its place).
 * Its other problems (a measurement, a group, a denom...) are listed once above its facts.
 */
export function inPlacePaths(outcome: OutcomeMeasure, path: string): string[] {
  const posted = outcome.reportingStatus !== 'NOT_POSTED';
  const fields: [string, boolean][] = [
    ['description', outcome.description === null],
    ['timeFrame', outcome.timeFrame === null],
    ['populationDescription', posted && outcome.populationDescription === null],
    ['paramType', posted && measureWords(outcome.paramType, outcome.dispersionType) === null],
    ['unitOfMeasure', posted && outcome.unitOfMeasure === null],
    ['anticipatedPostingDate', !posted && outcome.anticipatedPostingDate === null],
    ['groups', posted && outcome.groups.length === 0],
    ['classes', posted && outcome.groups.length > 0 && outcome.classes.length === 0],
  ];
  return fields.filter(([, shown]) => shown).map(([field]) => `${path}.${field}`);
}

/** The problems not shown in a value's place. */
export function problemsElsewhere(
  problems: readonly RecordProblem[],
  shownAt: readonly string[],
): RecordProblem[] {
  return problems.filter(
    (problem) =>
      !shownAt.some(
        (at) =>
          problem.path === at ||
          problem.path.startsWith(`${at}.`) ||
          problem.path.startsWith(`${at}[`),
      ),
  );
}
