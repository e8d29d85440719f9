function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export interface PageDropHandlers {
  onDragging: (dragging: boolean) => void;
  onFiles: (files: File[]) => void;
}

/**
 * Listens on the window for files dragged over and dropped anywhere on the page (the browser
 * would otherwise navigate away to the file); returns the function that stops listening.
 */
export function listenForFileDrops({ onDragging, onFiles }: PageDropHandlers): () => void {
  let depth = 0;
  const enter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth += 1;
    onDragging(true);
  };
  const leave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) onDragging(false);
  };
  const over = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const drop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    onDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  };
  window.addEventListener('dragenter', enter);
  window.addEventListener('dragleave', leave);
  window.addEventListener('dragover', over);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragenter', enter);
    window.removeEventListener('dragleave', leave);
    window.removeEventListener('dragover', over);
    window.removeEventListener('drop', drop);
  };
}
