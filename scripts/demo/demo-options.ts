export interface DemoOptions {
  headed: boolean;
  /** How many times to record the tour; with more than one, every run must give the same screenshots. */
  repeat: number;
}

/** `--headed`, `--repeat N`. */
export function parseOptions(args: readonly string[]): DemoOptions {
  const at = args.indexOf('--repeat');
  const repeat = at === -1 ? 1 : Number(args[at + 1]);
  if (!Number.isInteger(repeat) || repeat < 1)
    throw new Error(
      `--repeat needs a whole number of runs, at least 1 (got "${args[at + 1] ?? ''}")`,
    );
  return { headed: args.includes('--headed'), repeat };
}
