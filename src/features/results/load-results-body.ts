/**
 * The results chunk (every results part, the charts, d3-scale): loaded when the reader gets to
 * the Results section, never with the page.
 */
export const loadResultsBody = () => import('./results-body');
