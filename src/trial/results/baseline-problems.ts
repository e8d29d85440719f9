import type { RecordProblem } from '../trial-schema';
import { RESULTS_MODULE_PATHS } from './results-paths';

/** baselineCharacteristicsModule.measures[index] of the record. */
export function baselineMeasurePath(index: number): string {
  return `${RESULTS_MODULE_PATHS.baseline}.measures[${index}]`;
}

export interface BaselineProblems {
  /** Problems under measures[index], by the record index of the measure. */
  byMeasure: ReadonlyMap<number, readonly RecordProblem[]>;
  /** Every other problem of the module (its groups, overall denoms, population description ...). */
  module: readonly RecordProblem[];
}

const MEASURE_INDEX = /^\.measures\[(\d+)\]/;

/**
 * The baseline module's problems (invalid values left out), split so each is shown where its value
 * belongs: with its measure (also one the model lacks because it was invalid as a whole), or with
 * the module. Every problem lands in exactly one place.
 */
export function splitBaselineProblems(problems: readonly RecordProblem[]): BaselineProblems {
  const byMeasure = new Map<number, RecordProblem[]>();
  const module: RecordProblem[] = [];
  for (const problem of problems) {
    const rest = problem.path.startsWith(RESULTS_MODULE_PATHS.baseline)
      ? problem.path.slice(RESULTS_MODULE_PATHS.baseline.length)
      : '';
    const match = MEASURE_INDEX.exec(rest);
    if (match === null) {
      module.push(problem);
      continue;
    }
    const index = Number(match[1]);
    const list = byMeasure.get(index);
    if (list) list.push(problem);
    else byMeasure.set(index, [problem]);
  }
  return { byMeasure, module };
}
