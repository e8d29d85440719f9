import { runSyntheticCli } from './synthetic-cli';

/** Entry point of `npm run synthetic` (see synthetic-cli.ts). */
runSyntheticCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`npm run synthetic: failed: ${reason}\n`);
    process.exitCode = 1;
  },
);
