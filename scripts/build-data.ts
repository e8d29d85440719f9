import { buildData } from './build-command';
import { runCheck } from './check-command';

/**
 * Entry point of `npm run data`:
 *   npm run data                              data/studies/*.json -> public/data
 *   npm run data -- --check <files|folders>   validate and normalize only, write nothing
 */

const USAGE = 'usage: npm run data [-- --check <files or folders...>]';

async function main(args: readonly string[]): Promise<number> {
  if (args.length === 0) return buildData({ studiesDir: 'data/studies', outDir: 'public/data' });
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
