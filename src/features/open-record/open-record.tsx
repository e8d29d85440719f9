import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { ModalDialog, type ModalDialogHandle } from '@/components/modal-dialog';
import { usePageDrop } from './use-page-drop';
import { useRecordOpener } from './use-record-opener';
import './open-record.css';

/** The dialog's contents load when it first opens: the page's first view does not need them. */
const OpenRecordBody = lazy(() =>
  import('./open-record-body').then((module) => ({ default: module.OpenRecordBody })),
);

/**
 * "Open a record": a reader's own ClinicalTrials.gov file (picked, dropped on the page, or
 * pasted) is read in a Web Worker by the same code as the build, kept in this tab's memory, and
 * shown like a bundled trial. The shared modal dialog holds the ways in, the progress and, when
 * there is more to say than "opened", the report.
 */
export function OpenRecord() {
  const dialog = useRef<ModalDialogHandle>(null);
  const [opened, setOpened] = useState(false);
  const showDialog = useCallback(() => {
    setOpened(true);
    dialog.current?.open();
  }, []);
  const onDone = useCallback(
    (report: boolean) => {
      if (report) showDialog();
      else dialog.current?.close();
    },
    [showDialog],
  );
  const { state, open, cancel } = useRecordOpener(onDone);
  const dragging = usePageDrop((files) => {
    showDialog();
    void open(files.map((file) => ({ name: file.name, source: { file } })));
  });

  return (
    <>
      <button
        type="button"
        className="button open-record__button needs-js"
        aria-haspopup="dialog"
        onClick={showDialog}
      >
        Open a record
      </button>
      <ModalDialog ref={dialog} title="Open a ClinicalTrials.gov record">
        {opened && (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <OpenRecordBody
              state={state}
              onOpen={(sources) => void open(sources)}
              onCancel={cancel}
            />
          </Suspense>
        )}
      </ModalDialog>
      {dragging && (
        <div className="page-drop-overlay" aria-hidden="true">
          Drop to open the record. It stays in this tab; nothing is uploaded.
        </div>
      )}
    </>
  );
}
