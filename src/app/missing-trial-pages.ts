/**
 * The pages for a trial that is not here (an unknown id, a file no longer open): rare, so their
 * code is a chunk of its own, fetched when one is shown (app.tsx).
 */
export { LocalTrialGone } from './local-trial-gone';
export { TrialNotFound } from './trial-not-found';
