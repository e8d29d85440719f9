import { useState } from 'react';
import type { EmbedView } from '@/lib/embed-views';
import { EmbedCode } from './embed-code';
import { EmbedOptionsForm, type EmbedSize } from './embed-options-form';
import { embedTitle } from '@/lib/embed-views';
import { embedSnippet, embedUrl } from './embed-snippet';

/** The embed dialog's contents: view and size, the snippet to copy, and a live preview. */
export function EmbedDialogBody({ trialId }: { trialId: string }) {
  const [view, setView] = useState<EmbedView>('map');
  const [size, setSize] = useState<EmbedSize>({ width: 600, height: 400 });
  const where = { origin: window.location.origin, base: import.meta.env.BASE_URL, trialId, view };
  const snippet = embedSnippet({ ...where, ...size });
  return (
    <div className="embed-dialog__body">
      <EmbedOptionsForm view={view} onViewChange={setView} size={size} onSizeChange={setSize} />
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
  );
}
