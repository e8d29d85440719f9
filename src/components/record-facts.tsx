import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { indexProblems, type ProblemLookup } from '@/trial/problem-index';
import type { RecordModule, RecordProblem, Trial } from '@/trial/trial-schema';

/**
 * What the page knows about the record behind the trial it shows: which values were invalid
 * (and left out) and which modules it lacks, so a missing value can say which of the three it is:
 * not published, invalid, or in a module the record does not have.
 */
interface RecordFacts {
  /** The trial's NCT id: names the files the page writes (CSV downloads). */
  recordId: string;
  problemsAt: ProblemLookup;
  missingModules: ReadonlySet<RecordModule>;
}

const NO_PROBLEMS: readonly RecordProblem[] = [];
const RecordFactsContext = createContext<RecordFacts>({
  recordId: 'trial',
  problemsAt: () => NO_PROBLEMS,
  missingModules: new Set(),
});

export function RecordFactsProvider({
  trial,
  children,
}: {
  trial: Pick<Trial, 'nctId' | 'recordProblems' | 'missingModules'>;
  children: ReactNode;
}) {
  const { nctId, recordProblems, missingModules } = trial;
  const facts = useMemo(
    () => ({
      recordId: nctId,
      problemsAt: indexProblems(recordProblems),
      missingModules: new Set(missingModules),
    }),
    [nctId, recordProblems, missingModules],
  );
  return <RecordFactsContext value={facts}>{children}</RecordFactsContext>;
}

/** The record's problems at and under `path` (none when no path is given). */
export function useProblemsAt(path: string | undefined): readonly RecordProblem[] {
  const { problemsAt } = useContext(RecordFactsContext);
  return path === undefined ? NO_PROBLEMS : problemsAt(path);
}

export function useModuleMissing(module: RecordModule | undefined): boolean {
  const { missingModules } = useContext(RecordFactsContext);
  return module !== undefined && missingModules.has(module);
}

export function useRecordId(): string {
  return useContext(RecordFactsContext).recordId;
}
