import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { withEnvelope, type ExplorerMessageBody } from '@/lib/embed-messages';
import { acceptHostMessage, outboundTarget, type Framing } from '@/lib/embed-origin-rules';
import { createResizeReporter } from '@/lib/resize-reporter';
import { setUrlState, useUrlValue } from '@/lib/use-url-state';
import type { Trial } from '@/trial/trial-schema';

function framing(parentOrigin: string | null): Framing {
  return { parent: window.parent, self: window, parentOrigin };
}

/**
 * The embed's side of the message protocol (README, "Embedding"): tells the host when it is
 * ready, how tall its content is and which site was selected; takes select-site and set-filter
 * from the host and applies them by writing the URL state, exactly as the UI does.
 * Never reads or touches the parent page.
 */
export function useEmbedMessaging(trial: Trial, contentRef: RefObject<HTMLElement | null>): void {
  const selectedSite = useUrlValue((state) => state.site);
  const parentOrigin = useUrlValue((state) => state.parentOrigin);

  const post = useCallback(
    (body: ExplorerMessageBody) => {
      const target = outboundTarget(body.type, framing(parentOrigin));
      if (target !== null) window.parent.postMessage(withEnvelope(body), target);
    },
    [parentOrigin],
  );

  useEffect(() => post({ type: 'ready', trialId: trial.nctId }), [post, trial.nctId]);

  useEffect(() => {
    const content = contentRef.current;
    if (!content) return;
    const reporter = createResizeReporter((height) => post({ type: 'resize', height }));
    const observer = new ResizeObserver(() =>
      reporter.measure(content.getBoundingClientRect().height),
    );
    observer.observe(content);
    return () => {
      observer.disconnect();
      reporter.dispose();
    };
  }, [post, contentRef]);

  const lastSite = useRef(selectedSite);
  useEffect(() => {
    if (selectedSite === lastSite.current) return;
    lastSite.current = selectedSite;
    const site = trial.sites.find((s) => s.id === selectedSite);
    if (site)
      post({ type: 'site-selected', siteId: site.id, facility: site.facility, city: site.city });
  }, [post, selectedSite, trial.sites]);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      const message = acceptHostMessage(event, framing(parentOrigin));
      if (message === null) return;
      if (message.type === 'set-filter') setUrlState({ status: message.status });
      else if (trial.sites.some((site) => site.id === message.siteId))
        setUrlState({ site: message.siteId });
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [parentOrigin, trial.sites]);
}
