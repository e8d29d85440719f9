import type { MouseEvent, ReactNode } from 'react';
import { trialHref } from '@/lib/trial-href';
import { navigateTo } from '@/lib/use-url-state';

/**
 * A link to a trial's page that moves there without reloading (so trials opened from files stay
 * in memory); a modified click (new tab, new window) is left to the browser.
 */
export function TrialLink({
  nctId,
  source = null,
  current = false,
  title,
  children,
}: {
  nctId: string;
  source?: 'file' | null;
  current?: boolean;
  title?: string;
  children: ReactNode;
}) {
  const href = trialHref(nctId, source);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigateTo(href);
  };
  return (
    <a href={href} onClick={onClick} aria-current={current ? 'page' : undefined} title={title}>
      {children}
    </a>
  );
}
