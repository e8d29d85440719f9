import type { ReactNode } from 'react';
import { useUrlState } from '@/lib/use-url-state';
import './select-site-button.css';

/**
 * Selects a site (shared through the URL): the map highlights its marker and opens its popup.
 * `aria-pressed` tells which one is selected; pressing the selected one again keeps it selected.
 */
export function SelectSiteButton({ siteId, children, description }: { siteId: string; children: ReactNode; description?: string }) {
  const [url, setUrl] = useUrlState();
  return (
    <button
      type="button"
      className="select-site-button"
      aria-pressed={url.site === siteId}
      title={description ?? 'Show on the map'}
      onClick={() => setUrl({ site: siteId })}
    >
      {children}
    </button>
  );
}
