import { useEffect, useRef, useState } from 'react';
import { ModalDialog, type ModalDialogHandle } from '@/components/modal-dialog';
import { EmbedDialogBody } from './embed-dialog-body';
import './embed-dialog-modal.css';

/**
 * The "Embed this trial" dialog, loaded on the first ask (embed-dialog.tsx): opens on each new
 * `request`; its contents are there only while it is open (the preview is a frame).
 */
export function EmbedDialogModal({ trialId, request }: { trialId: string; request: number }) {
  const dialog = useRef<ModalDialogHandle>(null);
  // The request the dialog was last closed on: it is open for any newer one.
  const [closedOn, setClosedOn] = useState<number | null>(null);
  const open = closedOn !== request;
  useEffect(() => dialog.current?.open(), [request]);

  return (
    <ModalDialog ref={dialog} title="Embed this trial" wide onClose={() => setClosedOn(request)}>
      {open && <EmbedDialogBody trialId={trialId} />}
    </ModalDialog>
  );
}
