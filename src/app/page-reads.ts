import { parseTrialDataText } from '@/lib/parse-in-worker';
import type { Catalog, Trial } from '@/trial/trial-schema';
import type { PrerenderedPage } from './prerendered-page';

/** The parses of a prerendered page's data blocks, started as early as the page's first script runs. */
export interface PageReads {
  /** Null when the block is missing or cannot be read (the fresh render then loads the file itself). */
  catalog: Promise<Catalog | null>;
  /** Null when the page carries no trial (too big: it is fetched). */
  trial: Promise<Trial | null> | null;
}

const ignoreFailure = () => null;

/**
 * Hands the page's data blocks to the data worker at once, so their parse by the schemas runs while
 * the browser paints the markup and the app's code loads.
 */
export function startPageReads(page: PrerenderedPage): PageReads {
  return {
    catalog: page.catalogText
      ? parseTrialDataText(page.catalogText, 'catalog', 'The page’s catalog').catch(ignoreFailure)
      : Promise.resolve(null),
    trial: page.trialText
      ? parseTrialDataText(page.trialText, 'trial', 'The page’s trial').catch(ignoreFailure)
      : null,
  };
}
