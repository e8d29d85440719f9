/** The title a trial is shown under: its brief title, or its NCT id when the record gives none. */
export function trialTitle(trial: { nctId: string; briefTitle: string | null }): string {
  return trial.briefTitle ?? `${trial.nctId} (no title in the record)`;
}

/** A trial page's document title: "<title> (<NCT id>) · Trial Explorer" (the prerender's and the browser's). */
export function trialPageTitle(trial: { nctId: string; briefTitle: string | null }): string {
  return `${trialTitle(trial)} (${trial.nctId}) · Trial Explorer`;
}
