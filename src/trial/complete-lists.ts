import type { Trial } from './trial-schema';

/**
 * Above this many sites or investigators, the trial page shows a list in part until JavaScript
 * takes over (a windowed table prerenders its first rows; facility contacts open by country), so
 * the trial also gets a page listing them all, plain: `<trial page>lists/`. The same number as
 * LONG_TABLE_ROWS and LIST_ALL_SITES_UP_TO (a test keeps them equal).
 */
export const COMPLETE_LISTS_ABOVE = 50;

/** Which of a trial's lists the trial page cuts short without JavaScript. */
export function cutLists(trial: Pick<Trial, 'sites' | 'officials'>): {
  sites: boolean;
  officials: boolean;
} {
  return {
    sites: trial.sites.length > COMPLETE_LISTS_ABOVE,
    officials: trial.officials.length > COMPLETE_LISTS_ABOVE,
  };
}

export function hasCompleteListsPage(trial: Pick<Trial, 'sites' | 'officials'>): boolean {
  const cut = cutLists(trial);
  return cut.sites || cut.officials;
}
