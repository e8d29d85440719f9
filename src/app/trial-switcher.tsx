import { TrialLink } from '@/components/trial-link';
import { trialTitle } from '@/trial/trial-title';
import type { LocalTrial } from '@/lib/local-trials';
import type { CatalogEntry } from '@/trial/trial-schema';
import { formatCount } from '@/trial/count-text';

/** The page being shown: a bundled trial, or one opened from a file (`source: 'file'`). */
export interface CurrentTrial {
  nctId: string;
  source: 'file' | null;
}

/** More than this many trials fold into a disclosure instead of a line of links. */
const INLINE_MAX = 8;

/**
 * With more than one trial at hand, links to move between them: the bundled ones, then those
 * opened from files in this tab (marked "file"). The links move without reloading the page, so
 * the opened files stay in memory.
 */
export function TrialSwitcher({
  trials,
  local = [],
  current,
}: {
  trials: CatalogEntry[];
  local?: readonly LocalTrial[];
  current: CurrentTrial | null;
}) {
  if (trials.length + local.length < 2) return null;
  const links = [
    ...trials.map((entry) => (
      <li key={`bundled-${entry.nctId}`}>
        <TrialLink
          nctId={entry.nctId}
          current={current?.source === null && current.nctId === entry.nctId}
          title={trialTitle(entry)}
        >
          {entry.nctId}
        </TrialLink>
      </li>
    )),
    ...local.map(({ trial, fileName }) => (
      <li key={`file-${trial.nctId}`}>
        <TrialLink
          nctId={trial.nctId}
          source="file"
          current={current?.source === 'file' && current.nctId === trial.nctId}
          title={`${trialTitle(trial)} (opened from ${fileName})`}
        >
          {trial.nctId} <span className="trial-switcher__file">(file)</span>
        </TrialLink>
      </li>
    )),
  ];
  const list = <ul className="inline-list">{links}</ul>;
  return (
    <nav aria-label="Trials" className="trial-switcher">
      {links.length > INLINE_MAX ? (
        <details className="trial-switcher__more">
          <summary>Trials ({formatCount(links.length)})</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </nav>
  );
}
