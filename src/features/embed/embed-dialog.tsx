import { lazy, Suspense, useRef, useState } from 'react';
import './embed-dialog.css';

/** The dialog's contents load when it first opens: the page's first view does not need them. */
const EmbedDialogBody = lazy(() =>
  import('./embed-dialog-body').then((module) => ({ default: module.EmbedDialogBody })),
);

/**
 * "Embed this trial": a native modal dialog (focus moves in, Escape closes, focus returns)
 * to choose a view and size, see a live preview and copy the iframe snippet.
 */
export function EmbedDialog({ trialId }: { trialId: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  return (
    <div className="embed-action">
      <button
        ref={buttonRef}
        type="button"
        className="button embed-action__button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        Embed this trial
      </button>
      <dialog
        ref={dialogRef}
        className="embed-dialog"
        aria-labelledby="embed-dialog-title"
        onClose={() => {
          setOpen(false);
          buttonRef.current?.focus();
        }}
      >
        <div className="embed-dialog__head">
          <h2 id="embed-dialog-title">Embed this trial</h2>
          <button
            type="button"
            className="embed-dialog__close"
            onClick={() => dialogRef.current?.close()}
          >
            Close
          </button>
        </div>
        {open && (
          <Suspense fallback={<p className="embed-dialog__body">Loading the embed options…</p>}>
            <EmbedDialogBody trialId={trialId} />
          </Suspense>
        )}
      </dialog>
    </div>
  );
}
