import { TRIAL_SECTION_HEADINGS } from '../../e2e/selectors';

/**
 * The sections "painted" waits for, on the explorer and on its static copy alike: every heading of
 * the trial page (the selector contract's list).
 */
export const PAGE_SECTIONS = TRIAL_SECTION_HEADINGS;

export type PageSection = (typeof PAGE_SECTIONS)[number];
