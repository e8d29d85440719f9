import { buildData } from './build-command';
import { runCheck } from './check-command';
import { syntheticStudiesFromEnv, SYNTHETIC_TRIALS_VARIABLE } from './synthetic/synthetic-env';
import { writeGazetteer } from './write-gazetteer';

/**
 * Entry point of `npm run data`:
 *   npm run data                              data/studies/*.json -> public/data, and the
 *                                             place box's gazetteer (write-gazetteer.ts)
 *   npm run data -- --check <files|folders>   validate and normalize only, write nothing
 *
 * SYNTHETIC_TRIALS=large (or a comma list, e.g. large,huge) also builds those generated test
 * records (scripts/synthetic/: NCT99999001 with 2,000 sites, NCT99999002 with 10,000) through
 * the same parse -> normalize -> locate path as the files, named "synthetic:<size>" in messages.
 * An unknown size is one error line naming the valid ones, exit 2, and nothing is written.
 * Unset or empty: the output is the files' alone.
 */

const USAGE = 'usage: npm run data [-- --check <files or folders...>]';

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0) {
    const synthetic = syntheticStudiesFromEnv(process.env[SYNTHETIC_TRIALS_VARIABLE]);
    if (!synthetic.ok) {
      process.stderr.write(`npm run data: ${synthetic.error}\n`);
      return 2;
    }
    const code = await buildData({
      studiesDir: 'data/studies',
      outDir: 'public/data',
      extraStudies: synthetic.studies,
    });
    const { files } = await writeGazetteer('public/data/gazetteer');
    process.stdout.write(`wrote the gazetteer (${files} files) to public/data/gazetteer\n`);
    return code;
  }
  if (args[0] === '--check') {
    const paths = args.slice(1);
    return runCheck(paths.length > 0 ? paths : ['data/studies']);
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`npm run data: failed: ${reason}\n`);
    process.exitCode = 1;
  },
);
