/** The title a trial is shown under: its brief title, or its NCT id when the record gives none. */
export function trialTitle(trial: { nctId: string; briefTitle: string | null }): string {
  return trial.briefTitle ?? `${trial.nctId} (no title in the record)`;
}
