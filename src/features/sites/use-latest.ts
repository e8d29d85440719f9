import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest value (a callback from the parent, which is a new function on
 * every render). Leaflet handlers built once read it, so react-leaflet never re-binds them.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
