import { useState } from 'react';
import { OnDemand } from '@/components/on-demand';
import './embed-dialog.css';

/** The dialog and its contents load on the first ask (or on hover or focus of the button). */
const loadDialog = () => import('./embed-dialog-modal').then((module) => module.EmbedDialogModal);
const preload = () => void loadDialog().catch(() => undefined);

/**
 * "Embed this trial": the shared modal dialog, to choose a view and size, see a live preview and
 * copy the iframe snippet. The page's first view holds only the button.
 */
export function EmbedDialog({ trialId }: { trialId: string }) {
  const [request, setRequest] = useState(0);

  return (
    <div className="embed-action">
      <button
        type="button"
        className="button embed-action__button needs-js"
        aria-haspopup="dialog"
        onClick={() => setRequest((last) => last + 1)}
        onPointerEnter={preload}
        onFocus={preload}
      >
        Embed this trial
      </button>
      {request > 0 && (
        <OnDemand what="The embed dialog" load={loadDialog} props={{ trialId, request }} />
      )}
    </div>
  );
}
