import { trialTitle } from '@/trial/labels';
import type { CatalogEntry } from '@/trial/trial-schema';
import { trialHref } from './trial-href';

/** With more than one trial built, a list to move between them (plain links: they work without script state). */
export function TrialSwitcher({ trials, current }: { trials: CatalogEntry[]; current: string }) {
  if (trials.length < 2) return null;
  return (
    <nav aria-label="Trials" className="trial-switcher">
      <ul className="inline-list">
        {trials.map((entry) => (
          <li key={entry.nctId}>
            <a
              href={trialHref(entry.nctId)}
              aria-current={entry.nctId === current ? 'page' : undefined}
              title={trialTitle(entry)}
            >
              {entry.nctId}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
