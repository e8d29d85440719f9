/** The windowed body of long tables (with the virtualizer): loaded on first need, or earlier by preloadFirstView. */
export const loadWindowedRows = () => import('./windowed-rows');
