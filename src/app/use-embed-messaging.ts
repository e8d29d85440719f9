import { useEffect, useRef, type RefObject } from 'react';
import { useUrlValue } from '@/lib/use-url-state';
import type { Trial } from '@/trial/trial-schema';
import type { EmbedConnection } from './embed-connection';

/** The message protocol's code loads with the first embed, not with every page. */
const loadConnection = () => import('./embed-connection');

/**
 * Connects an embed to its host page (embed-connection.ts: ready, resize, site-selected out;
 * select-site and set-filter in) once it is on screen, and reports each change of the selected
 * site to the host.
 */
export function useEmbedMessaging(trial: Trial, contentRef: RefObject<HTMLElement | null>): void {
  const selectedSite = useUrlValue((state) => state.site);
  const parentOrigin = useUrlValue((state) => state.parentOrigin);
  const connection = useRef<EmbedConnection | null>(null);

  useEffect(() => {
    const content = contentRef.current;
    if (!content) return;
    let connected: EmbedConnection | null = null;
    let ended = false;
    loadConnection().then(
      ({ connectEmbed }) => {
        if (ended) return;
        connected = connectEmbed(trial, content, parentOrigin);
        connection.current = connected;
      },
      (error: unknown) => console.warn('The embed could not connect to its host page:', error),
    );
    return () => {
      ended = true;
      connected?.disconnect();
      if (connection.current === connected) connection.current = null;
    };
  }, [trial, contentRef, parentOrigin]);

  const lastSite = useRef(selectedSite);
  useEffect(() => {
    if (selectedSite === lastSite.current) return;
    lastSite.current = selectedSite;
    connection.current?.siteSelected(selectedSite);
  }, [selectedSite]);
}
