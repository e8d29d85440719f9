import { useEffect, useRef, useState } from 'react';

/**
 * Files dropped anywhere on the page are handed to `onFiles`. Returns whether files are being
 * dragged over the page. The listeners' code is a small chunk fetched after hydration (the first
 * view does not need it; until it is there a drop does what the browser does).
 */
export function usePageDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  });
  useEffect(() => {
    let stop: (() => void) | null = null;
    let ended = false;
    import('./page-drop-listener')
      .then(({ listenForFileDrops }) => {
        if (ended) return;
        stop = listenForFileDrops({
          onDragging: setDragging,
          onFiles: (files) => latest.current(files),
        });
      })
      // Offline with the chunk missing: dropping a file is not offered; the button still is.
      .catch(() => undefined);
    return () => {
      ended = true;
      stop?.();
    };
  }, []);
  return dragging;
}
