import { lazy, Suspense, useState, type ComponentType } from 'react';
import { ErrorBoundary } from './error-boundary';

const lazyOf = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(() => load().then((component) => ({ default: component })));

/**
 * A part of the page that loads its code when it is first rendered (e.g. a dialog, once asked
 * for): render it only from then on, on the client. Nothing shows while its chunk loads; a chunk
 * that fails to load shows the panel error, whose "Try again" asks for it afresh (React.lazy
 * keeps a failed import for good). `load` should be a module-level function, so that a caller
 * can also preload it (on hover or focus).
 */
export function OnDemand<P extends object>({
  what,
  load,
  props,
}: {
  /** Names the part in the error message, e.g. "The embed dialog". */
  what: string;
  load: () => Promise<ComponentType<P>>;
  props: P;
}) {
  const [Part, setPart] = useState(() => lazyOf(load));
  return (
    <ErrorBoundary what={what} onRetry={() => setPart(() => lazyOf(load))}>
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
