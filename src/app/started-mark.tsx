import { useEffect } from 'react';

/**
 * Marks the document once React has committed its first render: `data-app="hydrated"` (it took over
 * prerendered markup) or `"rendered"` (it drew the page itself). The end-to-end suite and the bench
 * wait for it; nothing else reads it.
 */
export function StartedMark({ how }: { how: 'hydrated' | 'rendered' }) {
  useEffect(() => {
    document.documentElement.dataset.app = how;
  }, [how]);
  return null;
}
