import type { SiteLocator } from '../src/trial/site-locator';
import type { Trial } from '../src/trial/trial-schema';
import { createGazetteerLocator } from './gazetteer';
import { goodTrials, loadStudies } from './load-studies';
import { consoleOutput, plural, type Output } from './output';
import { listStudyFiles } from './read-study-files';

/** "NCT02552212  arms 2  officials 1  sites 105  on map 105  warnings 0" */
export function checkLine(trial: Trial): string {
  const onMap = trial.sites.filter((site) => site.location !== null).length;
  return [
    trial.nctId,
    `arms ${trial.arms.length}`,
    `officials ${trial.officials.length}`,
    `sites ${trial.sites.length}`,
    `on map ${onMap}`,
    `warnings ${trial.warnings.length}`,
  ].join('  ');
}

/**
 * `npm run data -- --check <files or folders...>`: validates and normalizes without
 * writing; one line per record (its warnings indented beneath), problems of bad files,
 * and a summary. Resolves to the exit code: 1 if any file failed.
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
    if (!outcome.ok) {
      outcome.problems.forEach((problem) => output.err(problem));
      continue;
    }
    output.out(checkLine(outcome.trial));
    outcome.trial.warnings.forEach((warning) => output.out(`    ${warning}`));
  }
  const okCount = goodTrials(outcomes).length;
  const badCount = outcomes.length - okCount + listed.problems.length;
  const fileCount = outcomes.length + listed.problems.length;
  output.out(`checked ${plural(fileCount, 'file')}: ${okCount} ok, ${badCount} bad`);
  return badCount > 0 ? 1 : 0;
}
