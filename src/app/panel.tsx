import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { PANEL } from './panel-names';

export type PanelName = keyof typeof PANEL;

/**
 * One panel of a trial (on the page or in an embed) behind its own error boundary: if it crashes
 * it says which panel could not be shown and why ("The sites table could not be shown: …") with
 * "Try again", and the others keep working. Another trial clears the error. No element of its own.
 */
export function Panel({
  name,
  trialId,
  children,
}: {
  name: PanelName;
  trialId: string;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary what={PANEL[name]} resetKey={trialId}>
      {children}
    </ErrorBoundary>
  );
}
