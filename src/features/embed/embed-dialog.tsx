import { useRef, useState } from 'react';
import type { EmbedView } from '@/lib/embed-views';
import { EmbedCode } from './embed-code';
import { EmbedOptionsForm, type EmbedSize } from './embed-options-form';
import { embedSnippet, embedTitle, embedUrl } from './embed-snippet';
import './embed-dialog.css';

/**
 * "Embed this trial": a native modal dialog (focus moves in, Escape closes, focus returns)
 * to choose a view and size, see a live preview and copy the iframe snippet.
 */
export function EmbedDialog({ trialId }: { trialId: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<EmbedView>('map');
  const [size, setSize] = useState<EmbedSize>({ width: 600, height: 400 });
  const where = { origin: window.location.origin, base: import.meta.env.BASE_URL, trialId, view };
  const snippet = embedSnippet({ ...where, ...size });

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
          <div className="embed-dialog__body">
            <EmbedOptionsForm
              view={view}
              onViewChange={setView}
              size={size}
              onSizeChange={setSize}
            />
            <EmbedCode snippet={snippet} />
            <figure className="embed-dialog__preview">
              <figcaption>Preview</figcaption>
              <iframe
                src={embedUrl(where)}
                title={`Preview: ${embedTitle(trialId, view)}`}
                style={{
                  width: size.width === '100%' ? '100%' : `${size.width}px`,
                  height: `${size.height}px`,
                }}
              />
            </figure>
          </div>
        )}
      </dialog>
    </div>
  );
}
