import { useSyncExternalStore } from 'react';

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const linkedId = () => {
  const { hash } = window.location;
  return hash.startsWith('#results') ? decodeURIComponent(hash.slice(1)) : null;
};

/**
 * The id the address points to inside the results ("results", "results-adverse-events"), or
 * null: opened so, or a link followed. Null while a prerendered page hydrates, then the answer.
 */
export function useResultsLink(): string | null {
  return useSyncExternalStore(subscribeToHash, linkedId, () => null);
}
