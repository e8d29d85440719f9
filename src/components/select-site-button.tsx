import type { ReactNode } from 'react';
import { setUrlState, useUrlValue } from '@/lib/use-url-state';
import './select-site-button.css';

/**
 * Selects a site (shared through the URL): the map highlights its marker and opens its popup.
 * `aria-pressed` tells which one is selected; pressing the selected one again keeps it selected.
 */
export function SelectSiteButton({
  siteId,
  children,
  description,
}: {
  siteId: string;
  children: ReactNode;
  description?: string;
}) {
  const selected = useUrlValue((state) => state.site === siteId);
  return (
    <button
      type="button"
      className="select-site-button"
      aria-pressed={selected}
      title={description ?? 'Show on the map'}
      onClick={() => setUrlState({ site: siteId })}
    >
      {children}
    </button>
  );
}
