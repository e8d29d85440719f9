import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sizeRefusal } from '../src/trial/read-record';

/** Study files named by the command line: files as given, folders expanded to their *.json (sorted). */
export async function listStudyFiles(
  paths: readonly string[],
): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      problems.push(`${path}: no such file or folder`);
      continue;
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
    files.push(...names.map((name) => join(path, name)));
  }
  return { files, problems };
}

/** The file's text, or a one-line problem naming the file (also for a file above the size limit). */
export async function readStudyFile(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  try {
    const tooLarge = sizeRefusal((await stat(file)).size);
    if (tooLarge !== null) return { ok: false, problem: `${file}: ${tooLarge}` };
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `${file}: could not read the file: ${reason}` };
  }
}
