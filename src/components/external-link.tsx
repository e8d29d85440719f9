import type { ReactNode } from 'react';
import type { SafeHref } from '@/lib/safe-links';
import { VisuallyHidden } from './visually-hidden';
import './external-link.css';

/**
 * A link that opens in a new tab, safely (rel="noopener noreferrer"), and says so to screen
 * readers. Its target comes from src/lib/safe-links.ts, the one place link targets are checked:
 * a refused one (null) shows the text plainly, never as a link. `showHost` adds the host name
 * (record-supplied links, so the reader sees where one goes). The text sits in <bdi>: a
 * right-to-left override in record text cannot reorder the words around it.
 */
export function ExternalLink({
  link,
  children,
  showHost = false,
}: {
  link: SafeHref | null;
  children: ReactNode;
  showHost?: boolean;
}) {
  if (link === null) return <bdi className="external-link is-refused">{children}</bdi>;
  return (
    <a className="external-link" href={link.href} target="_blank" rel="noopener noreferrer">
      <bdi>{children}</bdi>
      {showHost && link.host !== '' ? (
        <>
          {' '}
          <span className="external-link__host">({link.host})</span>
        </>
      ) : null}{' '}
      <VisuallyHidden>(opens in a new tab)</VisuallyHidden>
    </a>
  );
}
