import { lazy, Suspense, useRef, useState } from 'react';
import { ModalDialog, type ModalDialogHandle } from '@/components/modal-dialog';
import './embed-dialog.css';

/** The dialog's contents load when it first opens: the page's first view does not need them. */
const EmbedDialogBody = lazy(() =>
  import('./embed-dialog-body').then((module) => ({ default: module.EmbedDialogBody })),
);

/**
 * "Embed this trial": the shared modal dialog, to choose a view and size, see a live preview and
 * copy the iframe snippet. Its contents are there only while it is open (the preview is a frame).
 */
export function EmbedDialog({ trialId }: { trialId: string }) {
  const dialog = useRef<ModalDialogHandle>(null);
  const [open, setOpen] = useState(false);

  return (
    <div className="embed-action">
      <button
        type="button"
        className="button embed-action__button needs-js"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.open();
        }}
      >
        Embed this trial
      </button>
      <ModalDialog ref={dialog} title="Embed this trial" wide onClose={() => setOpen(false)}>
        {open && (
          <Suspense fallback={<p>Loading the embed options…</p>}>
            <EmbedDialogBody trialId={trialId} />
          </Suspense>
        )}
      </ModalDialog>
    </div>
  );
}
