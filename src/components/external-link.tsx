import type { ReactNode } from 'react';
import { VisuallyHidden } from './visually-hidden';

const WEB_URL = /^https?:\/\//i;

/**
 * A link that opens in a new tab, safely (rel="noopener noreferrer"), and says so to screen
 * readers. Only http(s) addresses become links: a record's "javascript:" or malformed URL is
 * shown as plain text, never made clickable.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!WEB_URL.test(href.trim())) return <span>{children}</span>;
  return (
    <a href={href.trim()} target="_blank" rel="noopener noreferrer">
      {children} <VisuallyHidden>(opens in a new tab)</VisuallyHidden>
    </a>
  );
}
