/**
 * Whether one more run is expected to end within the trial's time budget, judging by the mean
 * time of the runs so far. The first run always happens; the bench never waits on a slow build
 * for ever.
 */
export function anotherRunFits(elapsedMs: number, runsDone: number, budgetMs: number): boolean {
  if (runsDone === 0) return true;
  return elapsedMs + elapsedMs / runsDone <= budgetMs;
}
