import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteLocator } from '../src/trial/site-locator';
import { TRIAL_SCHEMA_VERSION } from '../src/trial/trial-format';
import { catalogSchema, type Catalog, type Trial } from '../src/trial/trial-schema';
import { createGazetteerLocator } from './gazetteer';
import { goodStudies, loadStudies, problemLines, type InMemoryStudy } from './load-studies';
import { resultsFileSchema } from '../src/trial/results/results-file-schema';
import { plural } from '../src/trial/count-text';
import { consoleOutput, type Output } from './output';
import { listStudyFiles } from './read-study-files';
import { writeMapPictures } from './write-map-pictures';
import { writeMapPlaces } from './write-map-places';

export interface BuildDataOptions {
  /** Folder of CT.gov study records (data/studies). */
  studiesDir: string;
  /** Output folder (public/data): trials/<nctId>.json, results/<nctId>.json, maps/<nctId>.svg and catalog.json. */
  outDir: string;
  output?: Output;
  locate?: SiteLocator;
  /** Records built in memory (synthetic trials), loaded after the files exactly like them. */
  extraStudies?: readonly InMemoryStudy[];
}

function catalogOf(trials: readonly Trial[]): Catalog {
  const entries = trials
    .map((trial) => ({
      nctId: trial.nctId,
      briefTitle: trial.briefTitle,
      overallStatus: trial.status.overall,
      siteCount: trial.sites.length,
    }))
    .sort((a, b) => a.nctId.localeCompare(b.nctId));
  return catalogSchema.parse({ schemaVersion: TRIAL_SCHEMA_VERSION, trials: entries });
}

async function emptyJsonFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const stale = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  await Promise.all(stale.map((name) => rm(join(folder, name))));
}

/** Indented for a reader, except the results: half the bytes to fetch and parse without it. */
async function writeJson(file: string, value: unknown, indent = 2): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, indent)}\n`);
}

/**
 * `npm run data`: every study file -> public/data/trials/<nctId>.json, its results (when it has
 * any) -> public/data/results/<nctId>.json, its map picture -> public/data/maps/<nctId>.svg, and
 * catalog.json.
 * Every problem of every record is printed. Readable trials are written, also those with invalid
 * values left out (the page marks those values as invalid). Resolves to the exit code: 1 if any
 * record had a problem, so a committed record stays clean.
 */
export async function buildData(options: BuildDataOptions): Promise<number> {
  const output = options.output ?? consoleOutput;
  const listed = await listStudyFiles([options.studiesDir]);
  const outcomes = await loadStudies(
    listed.files,
    options.locate ?? createGazetteerLocator(),
    options.extraStudies,
  );
  const studies = goodStudies(outcomes);
  const trials = studies.map((study) => study.trial);
  const problems = [...listed.problems, ...problemLines(outcomes)];
  problems.forEach((problem) => output.err(problem));

  const trialsDir = join(options.outDir, 'trials');
  const resultsDir = join(options.outDir, 'results');
  await Promise.all([emptyJsonFolder(trialsDir), emptyJsonFolder(resultsDir)]);
  for (const { trial, results } of studies) {
    await writeJson(join(trialsDir, `${trial.nctId}.json`), trial);
    if (results === null) continue;
    const file = { schemaVersion: TRIAL_SCHEMA_VERSION, nctId: trial.nctId, results };
    await writeJson(join(resultsDir, `${trial.nctId}.json`), resultsFileSchema.parse(file), 0);
  }
  await writeJson(join(options.outDir, 'catalog.json'), catalogOf(trials));
  await writeMapPictures(options.outDir, trials, await writeMapPlaces(options.outDir, trials));

  const badCount =
    outcomes.filter((outcome) => outcome.problems.length > 0).length + listed.problems.length;
  output.out(
    `wrote ${plural(trials.length, 'trial')} to ${options.outDir} (${plural(badCount, 'record')} with problems)`,
  );
  return badCount > 0 ? 1 : 0;
}
