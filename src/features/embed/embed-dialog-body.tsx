import { useState } from 'react';
import type { EmbedView } from '@/lib/embed-views';
import { EmbedCode } from './embed-code';
import { EmbedOptionsForm, type EmbedSize } from './embed-options-form';
import { embedTitle } from '@/lib/embed-views';
import { embedSnippet, embedUrl, VIEWS_WITH_PLACE_BOX } from './embed-snippet';

/** The embed dialog's contents: view and size, the snippet to copy, and a live preview. */
export function EmbedDialogBody({ trialId }: { trialId: string }) {
  const [view, setView] = useState<EmbedView>('map');
  const [size, setSize] = useState<EmbedSize>({ width: 600, height: 400 });
  const [location, setLocation] = useState(false);
  const where = { origin: window.location.origin, base: import.meta.env.BASE_URL, trialId, view };
  const allowLocation = location && VIEWS_WITH_PLACE_BOX.includes(view);
  const snippet = embedSnippet({ ...where, ...size, allowLocation });
  return (
    <div className="embed-dialog__body">
      <EmbedOptionsForm
        view={view}
        onViewChange={setView}
        size={size}
        onSizeChange={setSize}
        location={VIEWS_WITH_PLACE_BOX.includes(view) ? location : null}
        onLocationChange={setLocation}
      />
      <EmbedCode snippet={snippet} />
      <figure className="embed-dialog__preview">
        <figcaption>Preview</figcaption>
        <iframe
          src={embedUrl(where)}
          title={`Preview: ${embedTitle(trialId, view)}`}
          {...(allowLocation ? { allow: 'geolocation' } : {})}
          style={{
            width: size.width === '100%' ? '100%' : `${size.width}px`,
            height: `${size.height}px`,
          }}
        />
      </figure>
    </div>
  );
}
