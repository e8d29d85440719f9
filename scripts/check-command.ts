import type { SiteLocator } from '../src/trial/site-locator';
import type { Results } from '../src/trial/results/results-schema';
import type { Trial } from '../src/trial/trial-schema';
import { createGazetteerLocator } from './gazetteer';
import { loadStudies } from './load-studies';
import { plural } from '../src/trial/count-text';
import { consoleOutput, type Output } from './output';
import { listStudyFiles } from './read-study-files';

/** "outcomes 31  analyses 12  adverse-event terms 45", or "results none". */
function resultsCounts(results: Results | null): string[] {
  if (results === null) return ['results none'];
  const outcomes = results.outcomeMeasures?.outcomeMeasures ?? [];
  const events = results.adverseEvents;
  return [
    `outcomes ${outcomes.length}`,
    `analyses ${outcomes.reduce((sum, outcome) => sum + outcome.analyses.length, 0)}`,
    `adverse-event terms ${(events?.seriousEvents.length ?? 0) + (events?.otherEvents.length ?? 0)}`,
  ];
}

/**
 * "NCT02552212  arms 2  officials 1  sites 105  on map 105  outcomes 31  analyses 12
 * adverse-event terms 45  warnings 0  invalid 0"
 */
export function checkLine(trial: Trial, results: Results | null): string {
  const onMap = trial.sites.filter((site) => site.location !== null).length;
  return [
    trial.nctId,
    `arms ${trial.arms.length}`,
    `officials ${trial.officials.length}`,
    `sites ${trial.sites.length}`,
    `on map ${onMap}`,
    ...resultsCounts(results),
    `warnings ${trial.warnings.length}`,
    `invalid ${trial.recordProblems.length}`,
  ].join('  ');
}

/**
 * `npm run data -- --check <files or folders...>`: validates and normalizes without
 * writing; one line per readable study (its warnings indented beneath), every problem (stderr),
 * and a summary. Resolves to the exit code: 1 if any study had a problem.
 */
export async function runCheck(
  paths: readonly string[],
  options: { output?: Output; locate?: SiteLocator } = {},
): Promise<number> {
  const output = options.output ?? consoleOutput;
  const listed = await listStudyFiles(paths);
  listed.problems.forEach((problem) => output.err(problem));
  const outcomes = await loadStudies(listed.files, options.locate ?? createGazetteerLocator());
  for (const outcome of outcomes) {
    outcome.problems.forEach((problem) => output.err(problem));
    if (!outcome.ok) continue;
    output.out(checkLine(outcome.trial, outcome.results));
    outcome.trial.warnings.forEach((warning) => output.out(`    ${warning}`));
  }
  const okCount = outcomes.filter((outcome) => outcome.problems.length === 0).length;
  const badCount = outcomes.length - okCount + listed.problems.length;
  const studyCount = outcomes.length + listed.problems.length;
  output.out(`checked ${plural(studyCount, 'record')}: ${okCount} ok, ${badCount} with problems`);
  return badCount > 0 ? 1 : 0;
}
