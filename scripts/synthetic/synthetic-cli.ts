import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { consoleOutput, type Output } from '../output';
import { syntheticRecordText } from './generate-study';
import { syntheticStudy } from './load-synthetic';
import { parseSyntheticArgs } from './synthetic-cli-args';
import { SYNTHETIC_SIZES } from './synthetic-sizes';
import { plural } from '../../src/trial/count-text';

/**
 * `npm run synthetic -- large [huge ...] [--out data/synthetic] [--seed N]`: writes each generated
 * record as pretty JSON (<out>/<nctId>.json; data/synthetic/ is git-ignored) and prints its path
 * and size. Resolves to the exit code: 2 for bad arguments (nothing written).
 */
export async function runSyntheticCli(
  args: readonly string[],
  output: Output = consoleOutput,
): Promise<number> {
  const parsed = parseSyntheticArgs(args);
  if (!parsed.ok) {
    output.err(parsed.error);
    return 2;
  }
  const { sizes, outDir, seed } = parsed.options;
  await mkdir(outDir, { recursive: true });
  for (const size of sizes) {
    const spec = SYNTHETIC_SIZES[size];
    const text = syntheticRecordText(syntheticStudy(size, seed ?? undefined));
    const path = join(outDir, `${spec.nctId}.json`);
    await writeFile(path, text);
    const megabytes = (Buffer.byteLength(text) / 1e6).toFixed(1);
    const results =
      'results' in spec
        ? `, ${plural(spec.results.outcomes, 'outcome measure')}, ${plural(spec.results.seriousTerms + spec.results.otherTerms, 'adverse-event term')}`
        : '';
    output.out(
      `${path}: ${size}, ${plural(spec.sites, 'site')}, ${plural(spec.officials, 'official')}, ${plural(spec.arms, 'arm')}${results}, ${megabytes} MB`,
    );
  }
  return 0;
}
