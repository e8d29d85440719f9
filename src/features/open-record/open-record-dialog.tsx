import { useCallback, useEffect, useRef } from 'react';
import { ModalDialog, type ModalDialogHandle } from '@/components/modal-dialog';
import { OpenRecordBody } from './open-record-body';
import { useRecordOpener } from './use-record-opener';
import './open-record-dialog.css';

/** One ask to open the dialog: from the button (no files) or a drop on the page (its files). */
export interface OpenRequest {
  /** A new id for every ask, so asking again opens the dialog again. */
  id: number;
  files: readonly File[];
}

/**
 * The "Open a record" dialog with its reader, loaded on the first ask (open-record.tsx): opens on
 * each new request and reads the files a drop brought. It stays mounted from then on, so a
 * reading and its report outlive a closed dialog, as before it was lazy.
 */
export function OpenRecordDialog({ request }: { request: OpenRequest }) {
  const dialog = useRef<ModalDialogHandle>(null);
  const onDone = useCallback((report: boolean) => {
    if (report) dialog.current?.open();
    else dialog.current?.close();
  }, []);
  const { state, open, cancel } = useRecordOpener(onDone);
  const handled = useRef(0);
  useEffect(() => {
    // Once per request (StrictMode runs an effect twice; a ref survives that).
    if (handled.current === request.id) return;
    handled.current = request.id;
    dialog.current?.open();
    if (request.files.length > 0)
      void open(request.files.map((file) => ({ name: file.name, source: { file } })));
  }, [request, open]);

  return (
    <ModalDialog ref={dialog} title="Open a ClinicalTrials.gov record">
      <OpenRecordBody state={state} onOpen={(sources) => void open(sources)} onCancel={cancel} />
    </ModalDialog>
  );
}
