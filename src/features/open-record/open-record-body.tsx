import { megabytes } from '@/trial/megabytes';
import { OpenRecordForm } from './open-record-form';
import { ReadingReport } from './reading-report';
import type { NamedSource, OpenerState } from './use-record-opener';

/** The dialog's contents (loaded when it first opens): the ways in, the progress, the report. */
export function OpenRecordBody({
  state,
  onOpen,
  onCancel,
}: {
  state: OpenerState;
  onOpen: (sources: NamedSource[]) => void;
  onCancel: () => void;
}) {
  return (
    <>
      <OpenRecordForm onOpen={onOpen} busy={state.phase === 'reading'} />
      <div className="open-record-progress" role="status">
        {state.phase === 'reading' && (
          <>
            Reading {state.name}
            {state.bytes === null ? '' : ` (${megabytes(state.bytes)})`}…{' '}
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          </>
        )}
      </div>
      {state.phase === 'done' && <ReadingReport outcomes={state.outcomes} />}
    </>
  );
}
