import { useSyncExternalStore } from 'react';
import type { Results } from '@/trial/results/results-schema';
import type { Trial } from '@/trial/trial-schema';

/**
 * Trials the reader opened from their own files, held in this tab's memory only: never stored,
 * never sent anywhere, gone on reload. A trial opened again (same NCT id) replaces the earlier one.
 */
export interface LocalTrial {
  trial: Trial;
  /** Its results, read with it (null when the record has none). */
  results: Results | null;
  /** The file it came from, as the reader's system named it. */
  fileName: string;
  /** Where in that file ("studies[2]"; "" when the file is the study). */
  pathInFile: string;
}

let trials: readonly LocalTrial[] = [];
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function addLocalTrials(added: readonly LocalTrial[]): void {
  if (added.length === 0) return;
  const ids = new Set(added.map((entry) => entry.trial.nctId));
  trials = [...trials.filter((entry) => !ids.has(entry.trial.nctId)), ...added];
  for (const listener of listeners) listener();
}

export function localTrials(): readonly LocalTrial[] {
  return trials;
}

export function useLocalTrials(): readonly LocalTrial[] {
  return useSyncExternalStore(subscribe, localTrials, localTrials);
}

export function useLocalTrial(nctId: string | null): LocalTrial | null {
  const all = useLocalTrials();
  return nctId === null ? null : (all.find((entry) => entry.trial.nctId === nctId) ?? null);
}

/** For tests: forget every opened trial. */
export function clearLocalTrials(): void {
  trials = [];
  for (const listener of listeners) listener();
}
