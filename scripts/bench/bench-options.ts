export interface BenchOptions {
  /** Runs per trial (each figure is the median over them). */
  runs: number;
  /** Runs for `huge`, fewer so the whole bench stays within minutes. */
  hugeRuns: number;
  /** Skip `npm run build` and measure the dist/ already there. */
  build: boolean;
  /** Labels of the trials to measure (NCT01573923, NCT02552212, large, results, huge, open). */
  trials: string[] | null;
}

function count(args: readonly string[], flag: string, fallback: number): number {
  const at = args.indexOf(flag);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(
      `${flag} needs a whole number of runs, at least 1 (got "${args[at + 1] ?? ''}")`,
    );
  return value;
}

/** `--runs N`, `--huge-runs N`, `--no-build`, `--trials NCT01573923,large`. */
export function parseBenchOptions(args: readonly string[], known: readonly string[]): BenchOptions {
  const at = args.indexOf('--trials');
  let trials: string[] | null = null;
  if (at !== -1) {
    trials = (args[at + 1] ?? '').split(',').filter((label) => label !== '');
    const unknown = trials.filter((label) => !known.includes(label));
    if (trials.length === 0 || unknown.length > 0)
      throw new Error(`--trials takes a list of ${known.join(', ')} (got "${args[at + 1] ?? ''}")`);
  }
  return {
    runs: count(args, '--runs', 5),
    hugeRuns: count(args, '--huge-runs', 3),
    build: !args.includes('--no-build'),
    trials,
  };
}
