import { useCallback, useRef, useState } from 'react';
import { addLocalTrials, type LocalTrial } from '@/lib/local-trials';
import { readRecordInWorker, type PendingReading } from '@/lib/read-record-in-worker';
import type { RecordSource } from '@/lib/read-record-source';
import { trialHref } from '@/lib/trial-href';
import { navigateTo } from '@/lib/use-url-state';
import type { RecordReading } from '@/trial/read-record';

/** What became of one file (or paste): its reading, and the trials it opened. */
export interface FileOutcome {
  name: string;
  reading: RecordReading;
  opened: LocalTrial[];
}

export type OpenerState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string; bytes: number | null }
  | { phase: 'done'; outcomes: FileOutcome[] };

export interface NamedSource {
  name: string;
  source: RecordSource;
}

/** Opened trials from the studies a reading found (those that could be read). */
function openedTrials(name: string, reading: RecordReading): LocalTrial[] {
  if (!reading.ok) return [];
  return reading.studies.flatMap((study) =>
    study.ok
      ? [
          {
            trial: study.trial,
            results: study.results,
            fileName: name,
            pathInFile: study.pathInFile,
          },
        ]
      : [],
  );
}

/** Whether the outcomes say more than "one trial opened" (then the report stays on screen). */
export function worthReporting(outcomes: readonly FileOutcome[]): boolean {
  const opened = outcomes.flatMap((outcome) => outcome.opened);
  const failed = outcomes.some(
    (outcome) => !outcome.reading.ok || outcome.reading.studies.some((study) => !study.ok),
  );
  return failed || opened.length !== 1;
}

/**
 * Reads files one after another, each in a Web Worker; keeps the trials that could be read in
 * this tab's memory and moves to the first. `onDone` tells whether there is a report to show.
 */
export function useRecordOpener(onDone: (report: boolean) => void) {
  const [state, setState] = useState<OpenerState>({ phase: 'idle' });
  const pending = useRef<PendingReading | null>(null);

  const open = useCallback(
    async (sources: readonly NamedSource[]) => {
      pending.current?.cancel();
      const outcomes: FileOutcome[] = [];
      for (const { name, source } of sources) {
        setState({ phase: 'reading', name, bytes: 'file' in source ? source.file.size : null });
        const reading = readRecordInWorker(source);
        pending.current = reading;
        const result = await reading.result;
        if (pending.current !== reading) return; // cancelled, or superseded by a newer open
        const opened = openedTrials(name, result);
        addLocalTrials(opened);
        outcomes.push({ name, reading: result, opened });
      }
      pending.current = null;
      setState({ phase: 'done', outcomes });
      // The dialog closes (or shows its report) first, and the trial is drawn in a task of its own:
      // for a big record each is a long stretch of main-thread work, and in one task they made one
      // long task (a modal closing over a freshly drawn page also recalculates the page's style).
      onDone(worthReporting(outcomes));
      const first = outcomes.flatMap((outcome) => outcome.opened)[0];
      if (!first) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
      navigateTo(trialHref(first.trial.nctId, 'file'));
    },
    [onDone],
  );

  const cancel = useCallback(() => {
    pending.current?.cancel();
    pending.current = null;
    setState({ phase: 'idle' });
  }, []);

  return { state, open, cancel };
}
