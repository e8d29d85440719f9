import type { SiteLocator } from '../src/trial/site-locator';
import { studyTextToTrial } from '../src/trial/study-to-trial';
import type { Trial } from '../src/trial/trial-schema';
import { readStudyFile } from './read-study-files';

export interface LoadedTrial {
  file: string;
  trial: Trial;
}

export interface BadFile {
  file: string;
  problems: string[];
}

export interface LoadedStudies {
  trials: LoadedTrial[];
  badFiles: BadFile[];
}

/**
 * Reads, parses, normalizes and checks every file; collects every problem of every bad
 * file. A second file with an NCT id already seen is bad.
 */
export async function loadStudies(
  files: readonly string[],
  locate: SiteLocator,
): Promise<LoadedStudies> {
  const trials: LoadedTrial[] = [];
  const badFiles: BadFile[] = [];
  const fileByNctId = new Map<string, string>();
  for (const file of files) {
    const read = await readStudyFile(file);
    if (!read.ok) {
      badFiles.push({ file, problems: [read.problem] });
      continue;
    }
    const result = studyTextToTrial(read.text, file, { locate });
    if (!result.ok) {
      badFiles.push({ file, problems: result.problems });
      continue;
    }
    const { nctId } = result.trial;
    const first = fileByNctId.get(nctId);
    if (first !== undefined) {
      badFiles.push({ file, problems: [`${file}: ${nctId} is already defined by ${first}`] });
      continue;
    }
    fileByNctId.set(nctId, file);
    trials.push({ file, trial: result.trial });
  }
  return { trials, badFiles };
}
