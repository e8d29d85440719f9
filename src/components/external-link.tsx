import type { ReactNode } from 'react';
import { VisuallyHidden } from './visually-hidden';

/** A link that opens in a new tab, safely (rel="noopener noreferrer"), and says so to screen readers. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children} <VisuallyHidden>(opens in a new tab)</VisuallyHidden>
    </a>
  );
}
