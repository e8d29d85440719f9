import { withEnvelope, type ExplorerMessageBody } from '@/lib/embed-messages';
import { acceptHostMessage, outboundTarget, type Framing } from '@/lib/embed-origin-rules';
import { createResizeReporter } from '@/lib/resize-reporter';
import { setUrlState } from '@/lib/use-url-state';
import type { Trial } from '@/trial/trial-schema';

/** The embed's open line to its host page: tell it a site was selected; end it. */
export interface EmbedConnection {
  siteSelected: (siteId: string | null) => void;
  disconnect: () => void;
}

function framing(parentOrigin: string | null): Framing {
  return { parent: window.parent, self: window, parentOrigin };
}

/**
 * The embed's side of the message protocol (README, "Embedding"), loaded by useEmbedMessaging
 * once an embed is on screen (only embeds need it): tells the host it is ready and how tall its
 * content is, and which site was selected; takes select-site and set-filter from the host and
 * applies them by writing the URL state, exactly as the UI does. Never reads or touches the
 * parent page.
 */
export function connectEmbed(
  trial: Trial,
  content: HTMLElement,
  parentOrigin: string | null,
): EmbedConnection {
  const post = (body: ExplorerMessageBody) => {
    const target = outboundTarget(body.type, framing(parentOrigin));
    if (target !== null) window.parent.postMessage(withEnvelope(body), target);
  };
  post({ type: 'ready', trialId: trial.nctId });

  const reporter = createResizeReporter((height) => post({ type: 'resize', height }));
  const observer = new ResizeObserver(() =>
    reporter.measure(content.getBoundingClientRect().height),
  );
  observer.observe(content);

  function onMessage(event: MessageEvent) {
    const message = acceptHostMessage(event, framing(parentOrigin));
    if (message === null) return;
    if (message.type === 'set-filter') setUrlState({ status: message.status });
    else if (trial.sites.some((site) => site.id === message.siteId))
      setUrlState({ site: message.siteId });
  }
  window.addEventListener('message', onMessage);

  return {
    siteSelected(siteId) {
      const site = trial.sites.find((s) => s.id === siteId);
      if (site)
        post({ type: 'site-selected', siteId: site.id, facility: site.facility, city: site.city });
    },
    disconnect() {
      window.removeEventListener('message', onMessage);
      observer.disconnect();
      reporter.dispose();
    },
  };
}
