import { OpenRecord } from '@/features/open-record/open-record';
import { useLocalTrials } from '@/lib/local-trials';
import type { CatalogEntry } from '@/trial/trial-schema';
import { TrialSwitcher, type CurrentTrial } from './trial-switcher';

export function AppBar({
  trials,
  current,
}: {
  trials: CatalogEntry[];
  current: CurrentTrial | null;
}) {
  const local = useLocalTrials();
  return (
    <header className="app-bar">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <span className="app-bar__name">Trial Explorer</span>
      <TrialSwitcher trials={trials} local={local} current={current} />
      <OpenRecord />
    </header>
  );
}
